/**
 * What a jsetl user writes: the annotations that describe datasets ({@link io.jsetl.dsl.Schema} and
 * the column checks), transformations ({@link io.jsetl.dsl.Deliver}, {@link io.jsetl.dsl.Input}) and
 * pipelines ({@link io.jsetl.dsl.Pipeline}), plus the typed column {@link io.jsetl.dsl.Col}.
 */
package io.jsetl.dsl;
