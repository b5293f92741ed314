package io.jsetl.processor.validation;

import io.jsetl.processor.model.schema.ColumnType;

/**
 * Every message of the processor, in one place, in the form {@code what is wrong. why. what to do.}
 * (the {@code [jsetl/Code]} tag is added by {@link Problem#text()}). Types and ids are spelled out in
 * full so that the user can find them.
 */
public final class Messages {
  private Messages() {}

  // ---- Schemas: SchemaShape, UnsupportedColumnType, InvalidCheck, NameClash (columns) ----
  // Arguments are spelled by the caller: records and types fully qualified, components and
  // columns by name, methods as name().

  /** What Spark columns can hold, listed in every UnsupportedColumnType message. */
  private static final String SUPPORTED_TYPES =
      "boolean, byte, short, int, long, float, double and their boxes, String, BigDecimal, "
          + "LocalDate, Instant, LocalDateTime, byte[], List, Set and Map of these, enums and "
          + "records annotated @Schema";

  /** Why Spark's encoders need public types (SchemaShape). */
  private static final String PUBLIC_ONLY =
      "Spark's generated code, in another package, builds the rows and can use only public "
          + "types, so the encoder would be refused at run time.";

  /** {@code Component `age` of record `t.Citizen`}. */
  private static String component(String record, String component) {
    return "Component `" + component + "` of record `" + record + "`";
  }

  /** {@code @Range on component `age` of record `t.Citizen`}. */
  private static String onComponent(String annotation, String record, String component) {
    return "@" + annotation + " on component `" + component + "` of record `" + record + "`";
  }

  /** {@code @Check method `adults()` of record `t.Citizen`}. */
  private static String checkMethod(String record, String method) {
    return "@Check method `" + method + "` of record `" + record + "`";
  }

  public static String schemaNotARecord(String kind, String type) {
    return "@Schema is on " + kind + " `" + type + "`, which is not a record. jsetl reads a "
        + "schema's columns from record components. Declare `" + type + "` as a record, or remove "
        + "@Schema.";
  }

  public static String schemaGeneric(String record, String generated) {
    return "@Schema record `" + record + "` declares type parameters. A Spark schema needs "
        + "concrete column types, and the generated `" + generated + "` cannot be generic. Remove "
        + "the type parameters (declare one @Schema record per concrete shape).";
  }

  /**
   * A {@code @Schema} record that is not public, or is nested in a class that is not.
   *
   * @param notPublic the record, or the innermost class around it, that is not public
   */
  public static String schemaNotPublic(String record, String notPublic) {
    return "@Schema record " + notPublic(record, notPublic) + ". " + PUBLIC_ONLY + " "
        + makePublic(notPublic);
  }

  /** {@code `T` is not public}, or {@code `T` is nested in `Outer`, which is not public}. */
  private static String notPublic(String type, String notPublic) {
    return "`" + type + "` "
        + (notPublic.equals(type)
            ? "is not public"
            : "is nested in `" + notPublic + "`, which is not public");
  }

  private static String makePublic(String notPublic) {
    return "Make `" + notPublic + "` public, and any class around it that is not.";
  }

  /**
   * A component whose type, or a part of it, jsetl cannot encode.
   *
   * @param part the unsupported type inside {@code type} (equal to it when the whole is at fault)
   * @param path the column holding {@code part}: the component, or {@code address.geo} inside a
   *     nested record
   * @param why the reason, which selects the explanation
   * @param detail the cycle for a recursive record, the type that is not public (the part or a
   *     class around it) for one that is not, else empty
   */
  public static String unsupportedColumnType(
      String record,
      String component,
      String type,
      String part,
      String path,
      ColumnType.Why why,
      String detail) {
    String what =
        part.equals(type) && path.equals(component)
            ? component(record, component) + " has type `" + type + "`, which jsetl cannot "
                + "encode as a column. "
            : component(record, component) + " has type `" + type + "`, whose part `" + part + "`"
                + (path.equals(component) ? "" : " (in column `" + path + "`)")
                + " jsetl cannot encode. ";
    return what
        + switch (why) {
          case CHARACTER -> "Spark has no character type. Use a String instead.";
          case ARRAY -> "The only array Spark stores is byte[] (binary). Use a java.util.List "
              + "of the element type instead.";
          case RAW_COLLECTION -> "A collection's element types are needed to encode it. Write "
              + "the type arguments, e.g. List<String> or Map<String, Long>.";
          case NOT_CONCRETE -> "A column needs one concrete type; wildcards and type variables "
              + "have none. Use the exact type, e.g. List<String>.";
          case NOT_A_SCHEMA -> "A nested record is encoded as a struct only when it is a schema "
              + "itself. Annotate `" + part + "` with @Schema.";
          case RECURSIVE -> "The record contains itself (" + detail + "), and Spark cannot "
              + "encode a type that contains itself. Replace the reference by a key column, e.g. "
              + "the id of the other row.";
          case NOT_PUBLIC -> notPublic(part, detail) + ". " + PUBLIC_ONLY + " "
              + makePublic(detail);
          case NOT_SUPPORTED -> "Spark columns hold only " + SUPPORTED_TYPES + ". Use one of these "
              + "types, e.g. a String holding the value's text form.";
        };
  }

  public static String unresolvedColumnType(String record, String component, String type) {
    return component(record, component) + " has type `" + type + "`, which cannot be found. jsetl "
        + "needs the type to encode the column, and no annotation processor generated it. Fix the "
        + "type's name or import, or add the library that declares it to the classpath.";
  }

  public static String nullablePrimitive(
      String record, String component, String type, String boxed) {
    return component(record, component) + " has primitive type `" + type + "` and is marked "
        + "@Nullable. A primitive cannot hold null. Use `" + boxed + "` to allow nulls, or remove "
        + "@Nullable.";
  }

  public static String nullableMapKey(String record, String component, String keyType) {
    return component(record, component) + " marks its map key type `" + keyType + "` @Nullable. "
        + "Spark map keys are never null. Remove @Nullable from the key type.";
  }

  public static String nullableBytes(String record, String component) {
    return component(record, component) + " is written `@Nullable byte[]`, which marks the bytes, "
        + "not the array, and a byte cannot be null. Write `byte @Nullable []` for a nullable "
        + "binary column.";
  }

  /**
   * A check (or {@code @Decimal}) on a column it does not apply to.
   *
   * @param annotation the annotation's simple name, e.g. {@code Range}
   * @param appliesTo what the annotation applies to, e.g. {@code Strings}
   */
  public static String checkOnWrongType(
      String annotation, String record, String component, String type, String appliesTo) {
    return onComponent(annotation, record, component) + " does not apply to its type `" + type
        + "`. @" + annotation + " applies to " + appliesTo + ". Remove it, or use a check that "
        + "fits the type.";
  }

  public static String rangeDateBoundsOnNumber(String record, String component, String type) {
    return onComponent("Range", record, component) + " sets from/to, which bound dates and times, "
        + "but the column is `" + type + "`. Numbers are bounded by min and max. Write "
        + "@Range(min = ..., max = ...).";
  }

  public static String rangeNumberBoundsOnDate(
      String record, String component, String type, String example) {
    return onComponent("Range", record, component) + " sets min/max, which bound numbers, but the "
        + "column is `" + type + "`. Dates and times are bounded by from and to, in ISO-8601. "
        + "Write e.g. @Range(from = \"" + example + "\").";
  }

  public static String rangeWithoutBounds(String record, String component) {
    return onComponent("Range", record, component) + " sets no bound. A range without bounds "
        + "checks nothing. Set min/max (numbers) or from/to (dates and times), or remove @Range.";
  }

  public static String rangeNotANumber(String record, String component, String member) {
    return onComponent("Range", record, component) + " has " + member + " NaN. NaN compares false "
        + "with every value, so every row would fail. Give a number, or leave the bound unset to "
        + "keep it open.";
  }

  /** A lower bound above the upper one ({@code @Range}, {@code @Length}). */
  public static String boundsReversed(
      String annotation,
      String record,
      String component,
      String low,
      String lowValue,
      String high,
      String highValue) {
    return onComponent(annotation, record, component) + " has " + low + " " + lowValue + " above "
        + high + " " + highValue + ". No value can satisfy it. Swap the bounds.";
  }

  public static String rangeUnparsableDate(
      String record,
      String component,
      String member,
      String value,
      String type,
      String error,
      String example) {
    return onComponent("Range", record, component) + " has " + member + " \"" + value + "\", which "
        + "is not a `" + type + "` (" + error + "). Bounds of a `" + type + "` column are ISO-8601 "
        + "text. Write it like \"" + example + "\".";
  }

  /** @param annotation {@code Length}, or Jakarta's {@code Size} */
  public static String lengthNegative(
      String annotation, String record, String component, String member, int value) {
    return onComponent(annotation, record, component) + " has a negative " + member + " " + value
        + ". A length is never negative. Use 0 or more.";
  }

  /** @param annotation {@code Pattern} (jsetl's or Jakarta's), or Jakarta's {@code Email} */
  public static String patternInvalid(
      String annotation, String record, String component, String error) {
    return onComponent(annotation, record, component) + " does not compile as a regular "
        + "expression: " + error + ". Spark matches it with Java's regex syntax (rlike). Fix the "
        + "expression (a backslash is written \\\\ in a Java string).";
  }

  /** A Jakarta {@code @DecimalMin}/{@code @DecimalMax} bound that is not a usable number. */
  public static String decimalBoundInvalid(
      String annotation, String record, String component, String value) {
    return onComponent(annotation, record, component) + " has value \"" + value + "\", which is "
        + "not a decimal number within the range of a double. jsetl compares numbers as doubles, "
        + "as Spark does. Write a number like \"0.01\".";
  }

  /**
   * Two number bounds of one column that no value satisfies together ({@code @Min(10)} and
   * {@code @Max(5)}).
   *
   * @param bound what the annotation at fault allows, from {@link #numberBound}
   * @param otherBound what the earlier annotation allows
   */
  public static String boundsExclude(
      String annotation,
      String record,
      String component,
      String bound,
      String otherAnnotation,
      String otherBound) {
    return onComponent(annotation, record, component) + " (" + bound + ") contradicts @"
        + otherAnnotation + " (" + otherBound + ") on the same component. No value can satisfy "
        + "both. Fix or remove one of the bounds.";
  }

  /** {@code at least 10}, {@code above 0}, {@code at most 5}, {@code below 0}. */
  public static String numberBound(boolean lower, boolean inclusive, String value) {
    String relation =
        lower ? (inclusive ? "at least " : "above ") : (inclusive ? "at most " : "below ");
    return relation + value;
  }

  public static String oneOfEmpty(String record, String component) {
    return onComponent("OneOf", record, component) + " lists no values, so no value could pass. "
        + "List the allowed values, or remove @OneOf.";
  }

  public static String oneOfNotConstants(
      String record, String component, String values, String enumType, String constants) {
    return onComponent("OneOf", record, component) + " lists " + values + ", which is not a "
        + "constant of enum `" + enumType + "`. An enum column stores its constants' names. Use "
        + "only: " + constants + ".";
  }

  /** @param number {@code a whole number} or {@code a number} */
  public static String oneOfNotNumbers(
      String record, String component, String values, String type, String number) {
    return onComponent("OneOf", record, component) + " lists " + values + ", which is not " + number
        + ", but the column is `" + type + "`. A number column is compared with numbers. Write "
        + "each value as " + number + ", e.g. \"10\".";
  }

  // UncheckedConstraint: a Jakarta constraint jsetl does not check, and what to use instead.

  public static String digitsUnchecked(
      String record, String component, int integer, int fraction) {
    return onComponent("Digits", record, component) + " is not checked: jsetl has no check of "
        + "digit counts. Declare the column `BigDecimal` with @Decimal(precision = "
        + (integer + fraction) + ", scale = " + fraction + "), whose Spark type holds no more "
        + "digits, or bound its values with @Range(min, max) or @DecimalMin/@DecimalMax.";
  }

  public static String nullUnchecked(String record, String component, String column) {
    return onComponent("Null", record, component) + " is not checked: jsetl has no check that a "
        + "column is always null (such a column carries no data). Remove the component, or write "
        + "a @Check method returning `functions.col(\"" + column + "\").isNull()`.";
  }

  public static String constraintUnchecked(String annotation, String record, String component) {
    return onComponent(annotation, record, component) + " is not checked: jsetl does not know "
        + "this Jakarta constraint. Write it with jsetl's checks (@Range, @Length, @Pattern, "
        + "@OneOf, ...) or as a @Check method returning a Spark Column.";
  }

  public static String canonEqUnchecked(String annotation, String record, String component) {
    return onComponent(annotation, record, component) + " sets flag CANON_EQ, which is not "
        + "checked: a flag reaches Spark's rlike only inline in the expression, and CANON_EQ has "
        + "no inline form, so the expression is matched without it. Remove the flag, or write "
        + "each equivalent form of the characters into the expression.";
  }

  public static String elementConstraintUnchecked(
      String annotation, String record, String component) {
    return "@" + annotation + " on the elements of component `" + component + "` of record `"
        + record + "` is not checked: jsetl checks columns, not the elements of a List, Set or "
        + "Map. Check the elements in a @Check method returning a Spark Column (e.g. with "
        + "functions.forall), or remove it.";
  }

  public static String decimalPrecision(String record, String component, int precision) {
    return onComponent("Decimal", record, component) + " has precision " + precision + ". Spark "
        + "decimals have 1 to 38 digits. Use a precision from 1 to 38.";
  }

  public static String decimalScale(String record, String component, int scale, int precision) {
    return onComponent("Decimal", record, component) + " has scale " + scale + " for precision "
        + precision + ". The scale (digits after the point) lies between 0 and the precision. Use "
        + "a scale from 0 to " + precision + ".";
  }

  public static String columnNameEmpty(String record, String component) {
    return onComponent("Column", record, component) + " gives a blank name. A Spark column needs a "
        + "name. Give one, or remove @Column to use `" + component + "`.";
  }

  /** @param sameCase whether the names are equal, not only equal ignoring case */
  public static String columnNameTaken(
      String record,
      String component,
      String column,
      String otherComponent,
      String otherColumn,
      boolean sameCase) {
    return component(record, component) + " has column name `" + column + "`, which component `"
        + otherComponent + "` already uses"
        + (sameCase
            ? ". "
            : " as `" + otherColumn + "` (Spark compares column names ignoring case). ")
        + "The columns of a record need distinct names. Rename one with @Column(\"...\").";
  }

  public static String componentNameReserved(String record, String component, String generated) {
    return component(record, component) + " would become the field `" + generated + "." + component
        + "`, which is already a constant of jsetl (`" + generated + "` declares ENCODER, SCHEMA "
        + "and RULES beside one field per component). Rename the component; @Column(\"" + component
        + "\") keeps the column name.";
  }

  public static String checkMethodNotPublicStatic(String record, String method, String missing) {
    return checkMethod(record, method) + " is not " + missing + ". The generated `RULES` calls it "
        + "without an instance, from another class. Declare it `public static`.";
  }

  public static String checkMethodParameters(String record, String method, int count) {
    return checkMethod(record, method) + " takes " + count
        + (count == 1 ? " parameter" : " parameters") + ". The validation engine calls it with "
        + "none. Remove the parameters (name columns through the generated `_` class instead).";
  }

  public static String checkMethodReturnType(String record, String method, String type) {
    return checkMethod(record, method) + " returns `" + type + "`. A check returns a Spark "
        + "`org.apache.spark.sql.Column` (a predicate every row must satisfy) or an "
        + "`io.jsetl.dsl.DatasetCheck` (a check over the whole dataset). Change the return type.";
  }

  public static String checkMethodUnresolvedReturnType(String record, String method, String type) {
    return checkMethod(record, method) + " returns `" + type + "`, which cannot be found. jsetl "
        + "needs the type to tell a row check from a dataset check. Fix the type's name or import "
        + "(org.apache.spark.sql.Column or io.jsetl.dsl.DatasetCheck).";
  }

  public static String checkMethodThrows(String record, String method, String exceptions) {
    return checkMethod(record, method) + " declares checked exceptions (" + exceptions + "). The "
        + "generated rule calls it as a java.util.function.Supplier, which cannot throw them. "
        + "Catch them inside the method.";
  }

  public static String checkNameTaken(
      String record, String method, String name, String otherMethod) {
    return checkMethod(record, method) + " has rule name `" + name + "`, which @Check method `"
        + otherMethod + "` already uses. Reports tell rules apart by name. Give one of them "
        + "another name with @Check(\"...\").";
  }

  public static String checkOutsideSchema(String method, String kind, String type) {
    return "@Check method `" + method + "` is in " + kind + " `" + type + "`, which is not a "
        + "@Schema record. jsetl reads checks only from the @Schema record they validate. Move the "
        + "method into that record"
        + (kind.equals("record") ? ", or annotate `" + type + "` with @Schema." : ".");
  }

  public static String generatedNameTaken(String record, String generated, String otherRecord) {
    return "Record `" + record + "` needs the generated class `" + generated + "`, which record `"
        + otherRecord + "` needs too. jsetl names the class of a nested record Outer.Inner "
        + "`Outer_Inner_`, so the two collide. Rename one of the records.";
  }

  public static String generatedFileRefused(String record, String generated, String reason) {
    return "jsetl cannot create `" + generated + "` for record `" + record + "`: " + reason
        + ". A type of that name is probably declared in your sources already. Rename or remove "
        + "that type; jsetl generates `" + generated + "` itself.";
  }


  // ---- Factories and pipelines: FactoryShape, PipelineShape, MissingProducer, AmbiguousProducer,
  // ---- Cycle, TypeMismatch, NameClash (builder steps), UnusedOutput ----
  // Arguments are names; the messages quote them. Classes by their name without the package
  // (Outer.Inner), nodes as Class.method, deliverables through deliverable(...): their type
  // without packages (as the runtime's plans show it) unless two would read the same.

  /** {@code `Dataset<Citizen>`}, or {@code `Dataset<Citizen>` with id "adults"}. */
  public static String deliverable(String type, String id) {
    return "`" + type + "`" + (id.isEmpty() ? "" : " with id \"" + id + "\"");
  }

  /** {@code parameter `adults` of `CitizenFactories.cityStats`}. */
  public static String parameter(String name, String node) {
    return "parameter `" + name + "` of `" + node + "`";
  }

  /** {@code output `cityStats()` of `CitizenReport`}. */
  public static String output(String method, String pipeline) {
    return "output `" + method + "()` of `" + pipeline + "`";
  }

  // FactoryShape: the class

  public static String factoryNotClass(String type, String kind) {
    return "`" + type + "` declares @Deliver methods but is " + kind + ". Factories are classes "
        + "whose methods the generated wiring calls. Move the @Deliver methods to a public class.";
  }

  public static String factoryNotPublic(String type) {
    return "`" + type + "` declares @Deliver methods but is not public. Generated pipelines, "
        + "possibly in other packages, create it and call its methods. Make `" + type + "` (and "
        + "every class around it) public.";
  }

  public static String factoryInner(String type, String outer) {
    return "`" + type + "` declares @Deliver methods but is an inner (non-static) class. Only an "
        + "instance of `" + outer + "` can create it, and jsetl has none. Make `" + type + "` a "
        + "static nested class.";
  }

  public static String factoryGeneric(String type, String typeParameters) {
    return "`" + type + "` declares @Deliver methods but has type parameters " + typeParameters
        + ". A deliverable is identified by its exact type, which a type parameter leaves open. "
        + "Remove the type parameters, or deliver from a subclass that fixes them.";
  }

  // FactoryShape: the method and its parameters

  public static String deliverNotPublic(String node) {
    return "`" + node + "` is a @Deliver method but is not public. The generated wiring calls it "
        + "directly, from outside its class. Make it public.";
  }

  public static String deliverGeneric(String node, String typeParameters) {
    return "`" + node + "` is a @Deliver method with type parameters " + typeParameters + ". A "
        + "deliverable is identified by its exact type, which a type variable leaves open. Remove "
        + "the type parameters and use concrete types.";
  }

  public static String deliverVoid(String node) {
    return "`" + node + "` is a @Deliver method but returns void. A factory delivers what it "
        + "returns. Return the value it computes, or remove @Deliver.";
  }

  public static String deliverAbstract(String node) {
    return "`" + node + "` is a @Deliver method without a body. The generated wiring calls it "
        + "directly, so it needs one. Implement it here, or put @Deliver on the implementation.";
  }

  public static String deliverOverloaded(String node) {
    return "there is more than one @Deliver method `" + node + "`. A node is named after its "
        + "class and method, and node names must be unique. Rename one of them.";
  }

  public static String injectedWithInput(String parameter, String injectedType) {
    return parameter + " is a `" + injectedType + "`, which jsetl injects, but it is annotated "
        + "@Input. Injected parameters are not deliverables and have no id, source or producer. "
        + "Remove @Input.";
  }

  public static String optionalPrimitive(String parameter, String type, String boxed) {
    return parameter + " is optional but has the primitive type `" + type + "`. When nothing "
        + "provides it, jsetl passes null, which `" + type + "` cannot hold. Declare it as `"
        + boxed + "`.";
  }

  public static String sourceWithProducer(String parameter, String connector, String producer) {
    return parameter + " sets both source = \"" + connector + "\" and producer = " + producer
        + ".class. An input read from a connector is never produced by a factory. Remove source or "
        + "producer.";
  }

  // InvalidCheck: @Validate

  /** {@code the output of `CitizenFactories.adults`}. */
  public static String nodeOutput(String node) {
    return "the output of `" + node + "`";
  }

  /** @param where {@link #parameter} or {@link #nodeOutput} */
  public static String validateNotRecords(String where, String type) {
    return "@Validate on " + where + " cannot check `" + type + "`: jsetl validates a "
        + "`Dataset<X>` whose X is a @Schema record, with X's rules. Validate a Dataset of a "
        + "@Schema record (e.g. convert with .as(X_.ENCODER)), or remove @Validate.";
  }

  public static String quarantineWithoutDrop(String where, String onFailure, String quarantine) {
    return "@Validate on " + where + " names quarantine \"" + quarantine + "\" with onFailure = "
        + onFailure + ". Only DROP removes invalid rows, so only DROP can quarantine them. Set "
        + "onFailure = OnFailure.DROP, or remove quarantine.";
  }

  public static String validateOnInjected(String parameter, String injectedType) {
    return "@Validate on " + parameter + " checks nothing: a `" + injectedType + "` is injected "
        + "by jsetl, it is not a dataset. Remove @Validate.";
  }

  /** @param where {@code method `m()` of `A`} or {@code parameter `p` of method `m()` of `A`} */
  public static String validateWithoutDeliver(String where) {
    return "@Validate on " + where + " checks nothing: jsetl validates the output of a @Deliver "
        + "method and the inputs of one. Add @Deliver to the method, or remove @Validate.";
  }

  // TypeMismatch

  public static String sourceType(String parameter, String connector, String type) {
    return parameter + " is read from source \"" + connector + "\" but has type `" + type + "`. "
        + "A connector reads rows into a `Dataset<Row>`, or into a `Dataset<X>` of a @Schema "
        + "record X with X_.ENCODER. Declare the parameter as `Dataset<Row>` or as a Dataset of a "
        + "@Schema record.";
  }

  public static String inputTypeMismatch(
      String parameter, String pipeline, String consumedType, String id, String delivered) {
    return parameter + " consumes id \"" + id + "\" as `" + consumedType + "`, but pipeline `"
        + pipeline + "` delivers \"" + id + "\" as " + delivered + ". A deliverable is identified "
        + "by its type and its id together, so nothing delivers what the parameter asks for. "
        + "Change the parameter's type, or its @Input id.";
  }

  public static String outputTypeMismatch(
      String output, String requestedType, String id, String delivered) {
    return output + " requests id \"" + id + "\" as `" + requestedType + "`, but \"" + id
        + "\" is delivered as " + delivered + ". A deliverable is identified by its type and its "
        + "id together. Change the output's return type, or its @Named id.";
  }

  /** One delivering node in a TypeMismatch: {@code `Dataset<Citizen>` by `A.adults`}. */
  public static String deliveredBy(String type, String node) {
    return "`" + type + "` by `" + node + "`";
  }

  // PipelineShape

  public static String pipelineNotInterface(String type, String kind, String generated) {
    return "`" + type + "` is annotated @Pipeline but is " + kind + ". jsetl generates `"
        + generated + "`, which implements the pipeline's interface. Declare `" + type + "` as an "
        + "interface.";
  }

  public static String pipelineGeneric(String type, String typeParameters) {
    return "@Pipeline `" + type + "` has type parameters " + typeParameters + ". Its outputs must "
        + "have exact types for jsetl to wire them. Remove the type parameters.";
  }

  public static String pipelineNotAccessible(String type, String generated) {
    return "@Pipeline `" + type + "` is private or local. The generated `" + generated + "` in "
        + "its package must implement it. Make it package-private or public, and declare it "
        + "outside any method.";
  }

  public static String outputWithParameters(String output) {
    return output + " has parameters. An output is identified by its return type and @Named id "
        + "only; the pipeline computes it from its factories. Remove the parameters (an input the "
        + "pipeline needs from outside becomes a builder step).";
  }

  public static String outputGeneric(String output) {
    return output + " has type parameters. An output must name an exact type. Remove the type "
        + "parameters.";
  }

  public static String outputVoid(String output) {
    return output + " returns void. An output's return type names the deliverable it requests. "
        + "Return the type a factory delivers.";
  }

  public static String factoryListedTwice(String pipeline, String factory) {
    return "`" + pipeline + "` lists `" + factory + "` twice in @Pipeline(factories). Each of its "
        + "@Deliver methods would then deliver twice. Remove the duplicate.";
  }

  // NameClash

  public static String outputNameReserved(String output, String generated) {
    return output + " has the name of a method that the generated `" + generated + "` already has "
        + "(run, explain, mermaid, dot, builder). A class cannot have both. Rename the output "
        + "method.";
  }

  public static String factorySimpleNameClash(String pipeline, String simpleName, String classes) {
    return "`" + pipeline + "` lists two factory classes named `" + simpleName + "`: " + classes
        + ". Node names (" + simpleName + ".method) and builder steps are derived from simple "
        + "names and would clash. Rename one of the classes, or split the pipeline.";
  }

  /**
   * @param claimant what this diagnostic is about, e.g. {@code input `Dataset<Citizen>`
   *     (parameter ...)}
   * @param others what else wants the name
   * @param fix {@link #stepFixForInput} or {@link #stepFixForFactory}
   */
  public static String builderStepClash(
      String step, String generated, String claimant, String others, String fix) {
    return "builder step `" + step + "(...)` of `" + generated + "` would serve both " + claimant
        + " and " + others + ". A step is named after the input's id, or after its type for the "
        + "default id, and steps must have distinct names. " + fix;
  }

  public static String stepClaimantInput(String deliverable, String parameter) {
    return "input " + deliverable + " (" + parameter + ")";
  }

  public static String stepClaimantFactory(String factory) {
    return "the instance of `" + factory + "`";
  }

  public static String stepClaimantStandard(String step) {
    return "the `" + step + "(...)` step of every jsetl builder";
  }

  public static String stepFixForInput(String suggestion) {
    return "Give the parameter its own id, e.g. @Input(id = \"" + suggestion + "\").";
  }

  public static String stepFixForFactory(String factory) {
    return "Rename `" + factory + "`.";
  }

  // MissingProducer

  public static String outputNotDelivered(String output, String deliverable, String factories) {
    return output + " requests " + deliverable + ", but no factory of the pipeline delivers it "
        + "(factories: " + factories + "). A requested output must be computed by a @Deliver "
        + "method. Add a @Deliver method that returns it, or list a factory class that has one in "
        + "@Pipeline(factories).";
  }

  /**
   * {@link #outputNotDelivered}, when factories deliver the same type under other ids: the usual
   * cause is a missing {@code @Named} on the output.
   *
   * @param sameType {@code `Factory.method` delivers "id"} per such deliverable
   * @param firstId the id of the first of them, for the suggested fix
   */
  public static String outputNotDeliveredUnderThatId(
      String output, String deliverable, String sameType, String firstId) {
    return output + " requests " + deliverable + ", but the pipeline delivers that type only under"
        + " other ids: " + sameType + ". An output is matched by type and id. Name the output"
        + " with @Named(\"" + firstId + "\") to request it, or give the @Deliver method the output's"
        + " id.";
  }

  public static String producerNotInPipeline(
      String parameter, String deliverable, String producer, String pipeline) {
    return parameter + " needs " + deliverable + " from producer `" + producer + "`, but `"
        + producer + "` is not a factory of pipeline `" + pipeline + "`. Only listed factories "
        + "run, and the input is not optional. Add " + producer + ".class to "
        + "@Pipeline(factories) of `" + pipeline + "`, change producer, or set optional = true.";
  }

  public static String producerDeliversNothing(
      String parameter, String deliverable, String producer, String pipeline) {
    return parameter + " needs " + deliverable + " from producer `" + producer + "`, but `"
        + producer + "` delivers no " + deliverable + " in pipeline `" + pipeline + "`. The "
        + "producer restriction rules out other factories and builder values, and the input is not "
        + "optional. Add a @Deliver method for it to `" + producer + "`, change producer, or set "
        + "optional = true.";
  }

  public static String factoryWithoutDeliver(String pipeline, String factory) {
    return "`" + pipeline + "` lists `" + factory + "` in @Pipeline(factories), but `" + factory
        + "` has no @Deliver method, so it produces nothing. Remove it from factories, or annotate "
        + "its factory methods with @Deliver.";
  }

  // AmbiguousProducer

  public static String ambiguousInput(
      String parameter, String deliverable, String pipeline, String nodes) {
    return parameter + " needs " + deliverable + ", which pipeline `" + pipeline + "` delivers "
        + "more than once: " + nodes + ". jsetl cannot choose. Set @Input(producer = ...) to the "
        + "class to use, give the deliverables different ids, or remove a factory from the "
        + "pipeline.";
  }

  public static String ambiguousOutput(String output, String deliverable, String nodes) {
    return output + " requests " + deliverable + ", which is delivered more than once: " + nodes
        + ". jsetl cannot choose. Give the deliverables different ids and request one with "
        + "@Named, or remove a factory from the pipeline.";
  }

  // Cycle

  public static String cycle(String pipeline, String path) {
    return "pipeline `" + pipeline + "` has a dependency cycle: " + path + " (each node's output "
        + "is an input of the next). No node of a cycle can run first. Break the cycle: change an "
        + "@Input id or type, or read one of the inputs from a source.";
  }

  // UnusedOutput

  public static String unusedOutput(String node, String deliverable, String pipeline) {
    return "`" + node + "` delivers " + deliverable + ", but pipeline `" + pipeline + "` neither "
        + "requests it nor needs it for an output or a sink, and it has no sink, so it never runs "
        + "there. Request it with a method of `" + pipeline + "`, give it a sink, or remove it.";
  }

  // BreakingSchemaChange and SchemaSnapshot: snapshots of @Schema records (-Ajsetl.schemas.baseline)

  /**
   * @param changes the breaking changes, e.g. {@code removed column email; age: bigint -> int
   *     (narrowed)}
   * @param undo how to undo them, e.g. {@code restore column `email`}
   */
  public static String breakingSchemaChange(
      String record, int version, String baseline, int baselineVersion, String changes,
      String undo) {
    return "@Schema record `" + record + "` has breaking changes against its baseline snapshot `"
        + baseline + "` (version " + baselineVersion + ") but keeps version " + version + ": "
        + changes + ". Data written under version " + baselineVersion + ", and code reading it, "
        + "no longer fit the schema. Raise @Schema(version) above " + baselineVersion + ", or "
        + undo + ".";
  }

  public static String schemaVersionLowered(
      String record, int version, String baseline, int baselineVersion) {
    return "@Schema record `" + record + "` has version " + version + ", below version "
        + baselineVersion + " of its baseline snapshot `" + baseline + "`. Versions only go up: "
        + "data and readers tell schema versions apart by their number. Set @Schema(version) to "
        + baselineVersion + " or above.";
  }

  public static String baselineOptionEmpty(String option) {
    return "Option -A" + option + " is given without a directory. jsetl compares each @Schema "
        + "record with its committed snapshot in that directory. Write -A" + option + "=<dir>, "
        + "e.g. ${project.basedir}/src/main/jsetl-schemas, or remove the option.";
  }

  public static String baselineNotADirectory(String option, String directory) {
    return "Option -A" + option + " names `" + directory + "`, which is not a directory, so no "
        + "@Schema record was compared with a baseline snapshot. Fix the path (Maven: "
        + "${project.basedir}/src/main/jsetl-schemas), or create the directory and commit the "
        + "snapshots into it.";
  }

  public static String baselineUnreadable(String record, String file, String error) {
    return "The baseline snapshot `" + file + "` of @Schema record `" + record + "` cannot be "
        + "read (" + error + "), so the record was not checked for breaking changes. Make the "
        + "file readable, or remove it if the record has no released version.";
  }

  public static String baselineInvalid(String record, String file, String error) {
    return "The baseline snapshot `" + file + "` of @Schema record `" + record + "` is not a "
        + "jsetl schema snapshot: " + error + ". It was probably edited by hand or merged badly. "
        + "Restore it from version control, or replace it with the file jsetl writes to "
        + "target/classes/META-INF/jsetl/schemas/" + record + ".json for the released version.";
  }

  public static String baselineOfAnotherRecord(String record, String file, String other) {
    return "The baseline snapshot `" + file + "` is the snapshot of record `" + other + "`, not of "
        + "`" + record + "`. Snapshots are found by file name, <qualified name>.json. Rename the "
        + "file to " + other + ".json, or replace it with the snapshot of `" + record + "`.";
  }

  public static String snapshotNotWritten(String record, String file, String error) {
    return "The schema snapshot `" + file + "` of @Schema record `" + record + "` cannot be "
        + "written (" + error + "). It belongs in the jar, where tools and later builds compare "
        + "schemas. Check that the class output directory is writable.";
  }

  // ProcessorError, on one factory or pipeline

  public static String processorFailedOn(String element, String step, String trace) {
    return "jsetl's processor failed on `" + element + "` in " + step + ". This is a bug in "
        + "jsetl; the other elements were processed. Please report it with this trace:\n" + trace;
  }
}
