package io.jsetl.runtime.schedule;

import com.typesafe.config.Config;
import io.jsetl.runtime.config.Connectors;
import io.jsetl.runtime.optimize.DatasetCache;
import io.jsetl.runtime.validate.Validations;
import io.jsetl.runtime.wiring.Key;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * What every task of one pipeline shares.
 *
 * @param values the value of every vertex that has run, by name; concurrent, because tasks on
 *     different threads write and read it, and a value written before a task ends is visible to
 *     the tasks that start after it
 * @param externals the values given to the builder
 * @param connectors opened before the first task runs
 * @param cache told of every value as it is produced, so that a shared Dataset is persisted
 *     before its first consumer reads it
 * @param validations the validation points of the pipeline
 */
record RunState(
    String pipeline,
    String runId,
    Map<String, Object> values,
    Map<Key, @Nullable Object> externals,
    Supplier<SparkSession> spark,
    Config config,
    Supplier<Connectors> connectors,
    DatasetCache cache,
    Validations validations) {}
