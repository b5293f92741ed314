/**
 * Runs a pipeline: {@link io.jsetl.runtime.schedule.PipelineEngine} turns the graph's vertices into
 * tasks, and a dependency-driven scheduler over a bounded pool runs them, each under its own Spark
 * job group and FAIR pool, so that one failure can cancel exactly the Spark jobs of the nodes
 * still running. The scheduler core knows nothing of Spark and is tested with plain tasks.
 * Internal: only {@code PipelineEngine} is public, for generated code.
 */
package io.jsetl.runtime.schedule;
