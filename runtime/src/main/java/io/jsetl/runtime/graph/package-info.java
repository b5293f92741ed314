/**
 * The pipeline as a graph, built once from a {@link io.jsetl.runtime.wiring.PipelineSpec}: factory
 * and source vertices, where every input comes from, which vertices a run needs (the rest is
 * pruned, with the reason), and the stages. Immutable and free of Spark, so that plans and
 * diagrams can be printed without a session. Internal: public only for the other runtime
 * packages.
 */
package io.jsetl.runtime.graph;
