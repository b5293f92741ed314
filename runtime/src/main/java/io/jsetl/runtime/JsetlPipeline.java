package io.jsetl.runtime;

/**
 * What every generated {@code JsetlX} offers besides the outputs of its {@code @Pipeline} interface.
 * Requested outputs run what they need on first use; {@link #run()} runs every needed node and writes
 * every sink.
 */
public interface JsetlPipeline {
  /**
   * Runs every node that a requested output or a sink needs (each once, independent nodes in
   * parallel) and writes the sinks.
   *
   * @throws PipelineException naming every failed node with its cause
   */
  RunReport run();

  /** The plan: stages, nodes, sources and sinks, what is cached (and why), what is pruned; printable. */
  String explain();

  /** The graph as a Mermaid flowchart. */
  String mermaid();

  /** The graph in Graphviz DOT. */
  String dot();
}
