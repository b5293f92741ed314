package io.jsetl.processor.validation;

import javax.tools.Diagnostic;

/**
 * The codes of jsetl's compile-time diagnostics; every message starts with {@code [jsetl/Code]}.
 * The names are a public contract (DESIGN.md): users grep for them and tests assert them.
 */
public enum Code {
  MissingProducer(Diagnostic.Kind.ERROR),
  AmbiguousProducer(Diagnostic.Kind.ERROR),
  Cycle(Diagnostic.Kind.ERROR),
  TypeMismatch(Diagnostic.Kind.ERROR),
  UnsupportedColumnType(Diagnostic.Kind.ERROR),
  /**
   * {@code @Schema} on something Spark cannot encode as a whole: not a record, a generic record, or
   * a record (or an enum column type) that code in another package cannot name.
   */
  SchemaShape(Diagnostic.Kind.ERROR),
  InvalidCheck(Diagnostic.Kind.ERROR),
  FactoryShape(Diagnostic.Kind.ERROR),
  /** A {@code @Pipeline} that is not an interface, or an output method with parameters. */
  PipelineShape(Diagnostic.Kind.ERROR),
  /** Two things the processor must generate under one name (a column, a builder step). */
  NameClash(Diagnostic.Kind.ERROR),
  /** A bug in jsetl itself: an exception inside the processor, reported instead of thrown. */
  ProcessorError(Diagnostic.Kind.ERROR),
  UnusedOutput(Diagnostic.Kind.WARNING),
  /**
   * A Jakarta Bean Validation constraint (or a part of one) that jsetl does not check, so that it
   * is never silently ignored; the message says what to use instead.
   */
  UncheckedConstraint(Diagnostic.Kind.WARNING),
  /**
   * A {@code @Schema} record changed in a way that breaks data written under its baseline snapshot
   * (a removed column, a narrowed type, ...) without raising its version, or lowered its version.
   */
  BreakingSchemaChange(Diagnostic.Kind.ERROR),
  /** A schema snapshot that cannot be read (the baseline) or written (into the jar). */
  SchemaSnapshot(Diagnostic.Kind.ERROR);

  private final Diagnostic.Kind kind;

  Code(Diagnostic.Kind kind) {
    this.kind = kind;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** {@code [jsetl/Code]}. */
  public String tag() {
    return "[jsetl/" + name() + "]";
  }
}
