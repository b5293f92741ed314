package io.jsetl.runtime.schedule;

import io.jsetl.runtime.testing.TestNodes;
import io.jsetl.runtime.wiring.Invoker;
import io.jsetl.runtime.wiring.NodeSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts factory calls per node: the engine promises each node runs at most once. */
final class Counting {
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  /** The node, with its invoker counted. */
  NodeSpec count(NodeSpec node) {
    Invoker inner = node.invoker();
    Invoker counted =
        in -> {
          calls.computeIfAbsent(node.name(), k -> new AtomicInteger()).incrementAndGet();
          return inner.invoke(in);
        };
    return new NodeSpec(node.name(), node.factoryClass(), node.output(), node.inputs(), node.sink(), counted);
  }

  NodeSpec count(TestNodes.Builder node) {
    return count(node.build());
  }

  int calls(String node) {
    AtomicInteger n = calls.get(node);
    return n == null ? 0 : n.get();
  }

  int total() {
    return calls.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
