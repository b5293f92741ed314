package io.jsetl.runtime.testing;

import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;

import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.List;

/** Small pipelines shared by graph and rendering tests. */
public final class TestPipelines {
  private TestPipelines() {}

  /**
   * A diamond over a shared source: {@code raw} feeds A.a and B.b (which also takes an external
   * value), both feed C.c (requested); E.e writes A.a's value to sink {@code out}; nothing
   * consumes D.d, which is pruned.
   */
  public static PipelineSpec diamond() {
    return PipelineSpec.builder("Diamond")
        .nodes(
            List.of(
                node("A.a").delivers("a").source("raw").build(),
                node("B.b").delivers("b").source("raw").input("given").build(),
                node("C.c").delivers("c").input("a").input("b").build(),
                node("D.d").delivers("d").input("a").build(),
                node("E.e").delivers("e").input("a").sink("out").build()))
        .external(key("given"), "value")
        .output(key("c"))
        .build();
  }
}
