/**
 * Helpers shared by the connectors of this module: declaring configuration keys and checking a
 * connector's configuration against them, matching column names as Spark does, reaching the files
 * Spark writes ({@link io.jsetl.connectors.internal.HadoopPath}) and waiting for the tasks of a
 * failed write before cleaning up after it ({@link io.jsetl.connectors.internal.WriteTasks}).
 * Public only so every connector package can use them; not an API for users.
 */
package io.jsetl.connectors.internal;
