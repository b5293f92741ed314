/**
 * The optimizer's caching rule: a Dataset that two or more nodes of a run consume (a node's own
 * sink counting as one) is persisted as soon as it is produced and unpersisted once nothing in the
 * run needs it any more, so that Spark computes it once instead of once per consumer.
 *
 * <p>{@link io.jsetl.runtime.optimize.CachePlan} decides the candidates on the graph alone, without
 * Spark, so that {@code explain()} can show them; {@link io.jsetl.runtime.optimize.DatasetCache}
 * carries the plan out while the engine runs, checking each value's cost first: a Dataset that is
 * already cached, streaming, or a local relation is left alone. Internal: public only for the
 * other runtime packages.
 */
package io.jsetl.runtime.optimize;
