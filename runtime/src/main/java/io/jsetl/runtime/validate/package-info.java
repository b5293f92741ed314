/**
 * The validation engine: the Spark backend of {@link io.jsetl.dsl.Rule}s and the validation points
 * of a run. Rules become Column expressions fused into the job that reads or writes the data: they
 * are evaluated once per row into a validity flag, the job observes ({@code Dataset.observe}) the
 * row count, the breaking-row count and any statistics, and the flag filters ({@code DROP}) or
 * stops the job ({@code FAIL}). Per-rule counts and samples take one more job, only when a row
 * broke a check; checks that need a shuffle or another dataset (uniqueness, keys) run jobs of their
 * own.
 */
package io.jsetl.runtime.validate;
