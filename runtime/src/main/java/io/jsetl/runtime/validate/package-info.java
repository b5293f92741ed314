/**
 * The validation engine: the Spark backend of {@link io.jsetl.dsl.Rule}s and the validation points
 * of a run. Rules become Column expressions fused into the job that reads or writes the data: they
 * are evaluated once per row into a verdict, which a filter counts as Spark evaluates it ({@link
 * io.jsetl.runtime.validate.CountedVerdict}: accumulators in the generated code, read per query by
 * {@link io.jsetl.runtime.validate.CountedExecutions}); statistics are observed ({@code
 * Dataset.observe}) in the same job. The verdict filters ({@code DROP}), keeps every row ({@code
 * REPORT}) or stops the job ({@code FAIL}). Rules that the Parquet footers of the data's files prove
 * for every row are not evaluated ({@link io.jsetl.runtime.validate.FileStatistics}, {@link
 * io.jsetl.runtime.validate.StatisticsProof}). Per-rule counts and samples take one more job, only
 * when a row broke a check; checks that need a shuffle or another dataset (uniqueness, keys) run
 * jobs of their own.
 */
package io.jsetl.runtime.validate;
