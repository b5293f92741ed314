package io.jsetl.runtime.encoding;

import static io.jsetl.runtime.encoding.Encoding.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * A description that does not match its record fails when the encoder is built, naming the record
 * and the component, instead of failing later inside a Spark job. No Spark session needed.
 */
public class DescriptionCheckTest {
  private static final String REGENERATE =
      " Rebuild so the jsetl processor regenerates Pair_, or fix the hand-written"
          + " Encoding.encoder(...) call.";
  private static final String PAIR = "io.jsetl.runtime.encoding.DescriptionCheckTest$Pair";

  public record Pair(String key, List<Integer> values) {}

  public record Counter(int count) {}

  record Hidden(String key) {}

  enum Quiet {
    A
  }

  /** The description the processor would write for {@link Pair}, with this list element type. */
  private static Encoder<Pair> pairEncoder(Encoding.ValueType element) {
    return Encoding.encoder(
        Pair.class,
        field("key", "key", Encoding.STRING, false),
        field("values", "values", Encoding.list(element, false), false));
  }

  @Test
  void aMatchingDescriptionBuildsAnEncoder() {
    pairEncoder(Encoding.BOXED_INT);
  }

  @Test
  void aPrimitiveElementTypeMeansItsBox() {
    pairEncoder(Encoding.INT);
  }

  @Test
  void aPrimitiveColumnIsNeverNullable() {
    StructType schema =
        Encoding.encoder(Counter.class, field("count", "count", Encoding.INT, true)).schema();

    assertFalse(schema.apply("count").nullable());
  }

  @Test
  void aTypeThatIsNotARecordIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Encoding.encoder(String.class));

    assertEquals(
        "java.lang.String is not a record: jsetl encodes Java records only. Declare it as a"
            + " record.",
        e.getMessage());
  }

  @Test
  void aRecordThatIsNotPublicIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Encoding.encoder(Hidden.class, field("key", "key", Encoding.STRING, false)));

    assertEquals(
        "io.jsetl.runtime.encoding.DescriptionCheckTest$Hidden cannot be encoded:"
            + " io.jsetl.runtime.encoding.DescriptionCheckTest$Hidden is not public, and Spark's"
            + " generated code calls its constructor and accessors from another package. Make"
            + " Hidden public.",
        e.getMessage());
  }

  @Test
  void missingComponentsAreListed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Encoding.encoder(Pair.class, field("key", "key", Encoding.STRING, false)));

    assertEquals(
        "the encoder description of "
            + PAIR
            + " lists the components [key], but the record has [key, values]."
            + REGENERATE,
        e.getMessage());
  }

  @Test
  void componentsOutOfOrderAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Encoding.encoder(
                    Pair.class,
                    field("values", "values", Encoding.list(Encoding.BOXED_INT, false), false),
                    field("key", "key", Encoding.STRING, false)));

    assertEquals(
        "component 0 of "
            + PAIR
            + " is 'key', but the encoder description has 'values' there; fields must follow"
            + " the record's component order, since records are built through the canonical"
            + " constructor."
            + REGENERATE,
        e.getMessage());
  }

  @Test
  void aWrongTypeIsShownAsJavaSpellsIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> pairEncoder(Encoding.STRING));

    assertEquals(
        "component 'values' of "
            + PAIR
            + " is declared as java.util.List<java.lang.Integer>, but the encoder description"
            + " says java.util.List<java.lang.String>."
            + REGENERATE,
        e.getMessage());
  }

  @Test
  void columnNamesDifferingOnlyInCaseClash() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Encoding.encoder(
                    Pair.class,
                    field("KEY", "key", Encoding.STRING, false),
                    field("key", "values", Encoding.list(Encoding.BOXED_INT, false), false)));

    assertEquals(
        PAIR
            + " has two columns named 'key' (Spark compares column names ignoring case). Rename"
            + " one of them with @Column.",
        e.getMessage());
  }

  @Test
  void anImpossibleDecimalIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Encoding.decimal(39, 2));

    assertEquals(
        "decimal(39,2) is not a Spark decimal type: the precision must be 1 to 38 and the scale"
            + " 0 to the precision. Fix @Decimal(precision, scale) on the component.",
        e.getMessage());
  }

  @Test
  void anEnumThatIsNotPublicIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Encoding.enumOf(Quiet.class));
  }

  @Test
  void anEmptyColumnNameIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> field("", "key", Encoding.STRING, false));

    assertEquals(
        "component 'key' has an empty column name. Give @Column a non-empty name.",
        e.getMessage());
  }
}
