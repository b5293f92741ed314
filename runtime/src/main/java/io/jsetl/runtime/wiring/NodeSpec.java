package io.jsetl.runtime.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One factory method as generated wiring describes it.
 *
 * @param name stable node name, {@code SimpleClassName.method}
 * @param factoryClass binary name of the class that declares the method
 * @param output the deliverable the method returns
 * @param inputs its deliverable parameters, in parameter order (injected parameters excluded)
 * @param sink connector name the output is written to, or {@code ""}
 * @param invoker calls the method
 * @param validation the method's {@code @Validate}, or {@code null} when its output is not validated
 */
public record NodeSpec(
    String name,
    String factoryClass,
    Key output,
    List<InputSpec> inputs,
    String sink,
    Invoker invoker,
    @Nullable ValidationSpec validation) {
  public NodeSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(factoryClass, "factoryClass");
    Objects.requireNonNull(output, "output");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(invoker, "invoker");
  }

  /** A node whose output is not validated. */
  public NodeSpec(
      String name,
      String factoryClass,
      Key output,
      List<InputSpec> inputs,
      String sink,
      Invoker invoker) {
    this(name, factoryClass, output, inputs, sink, invoker, null);
  }

  /** This node, its output checked with {@code spec} before it is written or read. */
  public NodeSpec validated(ValidationSpec spec) {
    return new NodeSpec(name, factoryClass, output, inputs, sink, invoker, spec);
  }

  /** The quarantine connectors of its validated output and inputs, in that order. */
  public List<String> quarantines() {
    List<String> out = new ArrayList<>();
    if (validation != null && validation.hasQuarantine()) {
      out.add(validation.quarantine());
    }
    for (InputSpec input : inputs) {
      ValidationSpec v = input.validation();
      if (v != null && v.hasQuarantine()) {
        out.add(v.quarantine());
      }
    }
    return out;
  }

  public boolean hasSink() {
    return !sink.isEmpty();
  }
}
