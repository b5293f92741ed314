/**
 * Schema snapshots and versioning: the persisted shape of each {@code @Schema} record ({@link
 * io.jsetl.processor.snapshot.SchemaSnapshot}, written as JSON by {@link
 * io.jsetl.processor.snapshot.SnapshotJson} into {@code META-INF/jsetl/schemas/} of the jar), the
 * differences between two snapshots and which of them break the schema ({@link
 * io.jsetl.processor.snapshot.SchemaDiff}), and the processor's check of a record against its
 * committed baseline ({@link io.jsetl.processor.snapshot.SchemaSnapshots}, option {@code
 * -Ajsetl.schemas.baseline=<dir>}). {@code SchemaSnapshot}, {@code SnapshotJson} and {@code
 * SchemaDiff} need neither javac nor Spark, so tools such as {@code jsetl schema diff} use them
 * directly.
 */
package io.jsetl.processor.snapshot;
