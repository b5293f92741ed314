/**
 * Renderings of runs and plans: the run report as JSON and as a table, the plan ({@code explain()})
 * and the graph as Mermaid and Graphviz DOT. Output is deterministic (sorted), so that it can be
 * diffed and kept in goldens. Internal: public only for the other runtime packages.
 */
package io.jsetl.runtime.report;
