package io.jsetl.runtime.wiring;

import java.util.List;
import java.util.Objects;

/**
 * One factory method as generated wiring describes it.
 *
 * @param name stable node name, {@code SimpleClassName.method}
 * @param factoryClass binary name of the class that declares the method
 * @param output the deliverable the method returns
 * @param inputs its deliverable parameters, in parameter order (injected parameters excluded)
 * @param sink connector name the output is written to, or {@code ""}
 * @param invoker calls the method
 */
public record NodeSpec(
    String name, String factoryClass, Key output, List<InputSpec> inputs, String sink, Invoker invoker) {
  public NodeSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(factoryClass, "factoryClass");
    Objects.requireNonNull(output, "output");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(invoker, "invoker");
  }

  public boolean hasSink() {
    return !sink.isEmpty();
  }
}
