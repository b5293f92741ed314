package io.jsetl.runtime.graph;

import io.jsetl.runtime.wiring.Key;
import java.util.List;

/** A unit the scheduler runs once: a factory call or a connector read. */
public sealed interface Vertex permits FactoryVertex, SourceVertex {
  /** Unique in its pipeline; also the name in reports, job groups and FAIR pools. */
  String name();

  /** What its value is. */
  Key output();

  /** The vertices whose values it needs, distinct, in input order. */
  List<String> upstream();
}
