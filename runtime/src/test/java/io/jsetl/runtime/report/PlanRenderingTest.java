package io.jsetl.runtime.report;

import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.config.CacheSettings;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.optimize.CachePlan;
import io.jsetl.runtime.testing.TestPipelines;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan and both diagrams of the diamond, in full: their output is sorted, hence stable. */
class PlanRenderingTest {
  private static final CacheSettings CACHE_AUTO = new CacheSettings(true, "MEMORY_AND_DISK");

  private final PipelineGraph diamond = PipelineGraph.of(TestPipelines.diamond());

  @Test
  void explainShowsStagesInputsSinksCachingAndWhatIsPruned() {
    assertEquals(
        """
        Pipeline Diamond: 4 nodes and 1 source in 3 stages, parallelism 4 (a node starts as soon \
        as its inputs exist)
        Requested outputs:
          String "c" <- C.c
        Stage 0:
          source:raw reads connector raw as Dataset<Row> "raw"
        Stage 1:
          A.a -> String "a"
            input Dataset<Row> "raw" <- source:raw
          B.b -> String "b"
            input Dataset<Row> "raw" <- source:raw
            input String "given" <- external value given to the builder
        Stage 2:
          C.c -> String "c"
            input String "a" <- A.a
            input String "b" <- B.b
          E.e -> String "e"
            input String "a" <- A.a
            sink out
        Caching (jsetl.cache = auto, MEMORY_AND_DISK):
          cached: source:raw — feeds A.a, B.b
          not cached: A.a — feeds C.c, E.e, but String "a" is not a Dataset
        Pruned:
          D.d: its output String "d" is not requested, it has no sink, and no factory consumes it
        """,
        PlanText.render(diamond, CachePlan.of(diamond, CACHE_AUTO), 4, OnFailure.FAIL));
  }

  @Test
  void explainSaysWhenCachingIsOffAndWhenNothingIsShared() {
    String off = PlanText.render(diamond, CachePlan.of(diamond, new CacheSettings(false, "MEMORY_ONLY")), 4, OnFailure.FAIL);
    PipelineGraph chain =
        PipelineGraph.of(
            PipelineSpec.builder("Chain")
                .nodes(List.of(node("A.a").delivers("a").build(), node("B.b").delivers("b").input("a").build()))
                .output(key("b"))
                .build());

    assertTrue(
        off.contains(
            """
            Caching (jsetl.cache = off):
              not cached: source:raw — feeds A.a, B.b, but jsetl.cache = off
              not cached: A.a — feeds C.c, E.e, but String "a" is not a Dataset
            """),
        off);
    assertTrue(
        PlanText.render(chain, CachePlan.of(chain, CACHE_AUTO), 1, OnFailure.FAIL)
            .contains(
                "Caching (jsetl.cache = auto, MEMORY_AND_DISK): (none: no Dataset feeds two or more"
                    + " nodes or sinks)\n"));
  }

  @Test
  void mermaidDrawsSourcesNodesSinksAndRequestedOutputs() {
    assertEquals(
        """
        flowchart LR
          %% jsetl pipeline Diamond
          src_raw[("raw")]
          ext_String_given>"String #quot;given#quot; (external)"]
          n_A_a["A.a"]
          n_B_b["B.b"]
          n_C_c["C.c"]
          n_D_d["D.d"]
          n_E_e["E.e"]
          sink_out[/"out"/]
          out_String_c(["String #quot;c#quot; (requested)"])
          ext_String_given --> n_B_b
          n_A_a -->|"String #quot;a#quot;"| n_C_c
          n_A_a -->|"String #quot;a#quot;"| n_D_d
          n_A_a -->|"String #quot;a#quot;"| n_E_e
          n_B_b -->|"String #quot;b#quot;"| n_C_c
          n_C_c -.-> out_String_c
          n_E_e --> sink_out
          src_raw -->|"Dataset#lt;Row#gt; #quot;raw#quot;"| n_A_a
          src_raw -->|"Dataset#lt;Row#gt; #quot;raw#quot;"| n_B_b
          classDef pruned stroke-dasharray: 4 4,color:#888
          class n_D_d pruned
        """,
        MermaidDiagram.render(diamond));
  }

  @Test
  void dotDrawsTheSameGraph() {
    assertEquals(
        """
        digraph "Diamond" {
          rankdir=LR;
          node [fontname="Helvetica", fontsize=11];
          edge [fontname="Helvetica", fontsize=9];
          src_raw [label="raw", shape=cylinder];
          ext_String_given [label="String \\"given\\" (external)", shape=cds];
          n_A_a [label="A.a", shape=box];
          n_B_b [label="B.b", shape=box];
          n_C_c [label="C.c", shape=box];
          n_D_d [label="D.d", shape=box, style=dashed, fontcolor=gray50];
          n_E_e [label="E.e", shape=box];
          sink_out [label="out", shape=folder];
          out_String_c [label="String \\"c\\" (requested)", shape=oval];
          ext_String_given -> n_B_b;
          n_A_a -> n_C_c [label="String \\"a\\""];
          n_A_a -> n_D_d [label="String \\"a\\""];
          n_A_a -> n_E_e [label="String \\"a\\""];
          n_B_b -> n_C_c [label="String \\"b\\""];
          n_C_c -> out_String_c [style=dotted];
          n_E_e -> sink_out;
          src_raw -> n_A_a [label="Dataset<Row> \\"raw\\""];
          src_raw -> n_B_b [label="Dataset<Row> \\"raw\\""];
        }
        """,
        DotDiagram.render(diamond));
  }
}
