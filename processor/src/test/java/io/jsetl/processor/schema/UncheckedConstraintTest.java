package io.jsetl.processor.schema;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.schema.SchemaSources.jakartaRecord;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyWarning;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/UncheckedConstraint]}: a Jakarta constraint jsetl does not check is a warning that
 * says what to use instead, never silence; the record's code is still generated.
 */
class UncheckedConstraintTest {
  @Test
  void digits() {
    JavaFileObject item =
        jakartaRecord("Item", "@Digits(integer = 5, fraction = 2) BigDecimal price");
    Compilation compilation = compile(item);
    assertOnlyWarning(
        compilation,
        "[jsetl/UncheckedConstraint] @Digits on component `price` of record `t.Item` is not"
            + " checked: jsetl has no check of digit counts. Declare the column `BigDecimal` with"
            + " @Decimal(precision = 7, scale = 2), whose Spark type holds no more digits, or"
            + " bound its values with @Range(min, max) or @DecimalMin/@DecimalMax.",
        item,
        "BigDecimal price");
    assertThat(compilation).generatedSourceFile("t.Item_");
  }

  @Test
  void nullConstraint() {
    JavaFileObject item = jakartaRecord("Item", "@Null @Nullable String legacy");
    assertOnlyWarning(
        compile(item),
        "[jsetl/UncheckedConstraint] @Null on component `legacy` of record `t.Item` is not"
            + " checked: jsetl has no check that a column is always null (such a column carries no"
            + " data). Remove the component, or write a @Check method returning"
            + " `functions.col(\"legacy\").isNull()`.",
        item,
        "String legacy");
  }

  @Test
  void canonEqFlag() {
    JavaFileObject item =
        jakartaRecord(
            "Item", "@Pattern(regexp = \"caf\u00e9\", flags = Pattern.Flag.CANON_EQ) String name");
    assertOnlyWarning(
        compile(item),
        "[jsetl/UncheckedConstraint] @Pattern on component `name` of record `t.Item` sets flag"
            + " CANON_EQ, which is not checked: a flag reaches Spark's rlike only inline in the"
            + " expression, and CANON_EQ has no inline form, so the expression is matched without"
            + " it. Remove the flag, or write each equivalent form of the characters into the"
            + " expression.",
        item,
        "String name");
  }

  @Test
  void constraintOnCollectionElements() {
    JavaFileObject item = jakartaRecord("Item", "@Size(max = 3) List<@NotBlank String> tags");
    assertOnlyWarning(
        compile(item),
        "[jsetl/UncheckedConstraint] @NotBlank on the elements of component `tags` of record"
            + " `t.Item` is not checked: jsetl checks columns, not the elements of a List, Set or"
            + " Map. Check the elements in a @Check method returning a Spark Column (e.g. with"
            + " functions.forall), or remove it.",
        item,
        "List<@NotBlank String> tags");
  }

  @Test
  void constraintThatJsetlDoesNotKnow() {
    // Stands for a constraint a later Jakarta version adds.
    JavaFileObject luhn =
        JavaFileObjects.forSourceLines(
            "jakarta.validation.constraints.Luhn",
            "package jakarta.validation.constraints;",
            "",
            "@java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)",
            "public @interface Luhn {}");
    JavaFileObject card = jakartaRecord("Card", "@Luhn String number");
    assertOnlyWarning(
        compile(luhn, card),
        "[jsetl/UncheckedConstraint] @Luhn on component `number` of record `t.Card` is not"
            + " checked: jsetl does not know this Jakarta constraint. Write it with jsetl's checks"
            + " (@Range, @Length, @Pattern, @OneOf, ...) or as a @Check method returning a Spark"
            + " Column.",
        card,
        "String number");
  }
}
