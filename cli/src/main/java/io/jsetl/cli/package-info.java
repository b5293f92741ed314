/**
 * The {@code jsetl} command line ({@link io.jsetl.cli.Jsetl}): {@code infer} writes a
 * {@code @Schema} record from a data sample, {@code schema diff} compares two schema snapshots.
 */
package io.jsetl.cli;
