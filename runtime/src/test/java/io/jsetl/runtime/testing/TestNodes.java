package io.jsetl.runtime.testing;

import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Invoker;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written node specs for tests, shaped like the processor's output: {@code node("A.a")
 * .delivers("a").input("x").build()} is a factory {@code A.a(String x)} returning a String with id
 * {@code a}. By default a node returns its name followed by its inputs, so that tests can see what
 * reached it.
 */
public final class TestNodes {
  public static final String STRING = "java.lang.String";
  public static final String ROWS = "org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>";

  private TestNodes() {}

  /** A String deliverable with this id. */
  public static Key key(String id) {
    return Key.of(STRING, id);
  }

  public static Key rows(String id) {
    return Key.of(ROWS, id);
  }

  /** @param name {@code Class.method}; the factory class is {@code test.Class} */
  public static Builder node(String name) {
    return new Builder(name);
  }

  /** Concatenates the name and the inputs: {@code C.c(A.a(), B.b())}. */
  public static Invoker echo(String name, int inputs) {
    return in -> {
      List<String> args = new ArrayList<>();
      for (int i = 0; i < inputs; i++) {
        Object arg = in.get(i); // typed Object: String.valueOf(T) would pick valueOf(char[])
        args.add(String.valueOf(arg));
      }
      return name + "(" + String.join(", ", args) + ")";
    };
  }

  public static final class Builder {
    private final String name;
    private String factoryClass;
    private Key output;
    private final List<InputSpec> inputs = new ArrayList<>();
    private String sink = "";
    private Invoker invoker;

    private Builder(String name) {
      this.name = name;
      this.factoryClass = "test." + name.substring(0, Math.max(0, name.indexOf('.')));
      this.output = key(name);
    }

    public Builder delivers(String id) {
      return delivers(key(id));
    }

    public Builder delivers(Key key) {
      this.output = key;
      return this;
    }

    /** An input produced by a factory or given to the builder. */
    public Builder input(String id) {
      return input(InputSpec.of(key(id)));
    }

    public Builder input(InputSpec in) {
      inputs.add(in);
      return this;
    }

    /** An untyped read of {@code connector}. */
    public Builder source(String connector) {
      return input(InputSpec.source(rows(connector), connector, null));
    }

    public Builder sink(String connector) {
      this.sink = connector;
      return this;
    }

    public Builder factoryClass(String binaryName) {
      this.factoryClass = binaryName;
      return this;
    }

    public Builder invoker(Invoker call) {
      this.invoker = call;
      return this;
    }

    public NodeSpec build() {
      Invoker call = invoker != null ? invoker : echo(name, inputs.size());
      return new NodeSpec(name, factoryClass, output, inputs, sink, call);
    }
  }
}
