/**
 * The validation engine: the Spark backend of {@link io.jsetl.dsl.Rule}s and the validation points
 * of a run. Rules become Column expressions fused into the job that reads or writes the data:
 * per-rule counts, samples and statistics are {@code Dataset.observe} metrics, and a validity
 * expression filters ({@code DROP}) or stops the job ({@code FAIL}). Only checks that need a
 * shuffle or another dataset (uniqueness, keys) run jobs of their own.
 */
package io.jsetl.runtime.validate;
