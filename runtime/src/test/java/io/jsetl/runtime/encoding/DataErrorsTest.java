package io.jsetl.runtime.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jsetl.runtime.encoding.Citizen.Status;
import io.jsetl.runtime.testkit.TestSpark;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkRuntimeException;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Bad data fails with an error that names the column (and the enum, the decimal type), whether it
 * is found on the driver or in a Spark task, on the way in or on the way out.
 */
class DataErrorsTest {
  private static final String CITIZEN = "io.jsetl.runtime.encoding.Citizen";
  private static final String NULL_ADVICE =
      ". The component is not @Nullable, so Spark stores the column as non-nullable. Give it a"
          + " value, or mark the component @Nullable.";

  private final SparkSession spark = TestSpark.session();

  @Test
  void encodingANullIntoANonNullColumnNamesIt() {
    Citizen nameless = new Citizen(null, 40, "Oslo", null, Status.ACTIVE, BigDecimal.ONE);

    Exception e = encodingFails(nameless, Citizen_.ENCODER);

    assertEquals(
        "null in non-nullable column 'name' of " + CITIZEN + NULL_ADVICE,
        causeOf(e, NullPointerException.class).getMessage());
  }

  @Test
  void aNullProducedInsideASparkTaskNamesTheColumn() {
    Dataset<Citizen> ds = spark.createDataset(Citizen.samples(), Citizen_.ENCODER);
    MapFunction<Citizen, Citizen> forgetCity =
        c -> new Citizen(c.name(), c.age(), null, c.email(), c.status(), c.balance());

    Exception e =
        assertThrows(Exception.class, () -> ds.map(forgetCity, Citizen_.ENCODER).collectAsList());

    assertEquals(
        "null in non-nullable column 'city' of " + CITIZEN + NULL_ADVICE,
        causeOf(e, NullPointerException.class).getMessage());
  }

  @Test
  void aNullInANestedRecordNamesItsPath() {
    AllTypes homeless =
        withComponent(AllTypes.example(), "home", new AllTypes.Address("x", null, 1));

    Exception e = encodingFails(homeless, AllTypes_.ENCODER);

    assertEquals(
        "null in non-nullable column 'home.zip_code' of io.jsetl.runtime.encoding.AllTypes"
            + NULL_ADVICE,
        causeOf(e, NullPointerException.class).getMessage());
  }

  @Test
  void aNullElementInAListOfNonNullElementsNamesTheColumn() {
    AllTypes holey = withComponent(AllTypes.example(), "tags", Arrays.asList("a", null));

    Exception e = encodingFails(holey, AllTypes_.ENCODER);

    assertEquals(
        "null element in column 'tags' of io.jsetl.runtime.encoding.AllTypes, whose elements are"
            + " not nullable. Remove the null, or declare the element type @Nullable"
            + " (List<@Nullable T>).",
        causeOf(e, NullPointerException.class).getMessage());
  }

  @Test
  void aNullMapKeyNamesTheColumn() {
    Map<String, Long> counts = new HashMap<>();
    counts.put(null, 1L);
    AllTypes keyless = withComponent(AllTypes.example(), "counts", counts);

    Exception e = encodingFails(keyless, AllTypes_.ENCODER);

    assertEquals(
        "null key in map column 'counts' of io.jsetl.runtime.encoding.AllTypes: Spark maps"
            + " cannot have null keys. Remove the entry.",
        causeOf(e, NullPointerException.class).getMessage());
  }

  @Test
  void decodingANullFromANonNullObjectColumnNamesIt() {
    Exception e =
        decodingCitizenFails(
            "SELECT 'Eve' AS name, 30 AS age, CAST(NULL AS STRING) AS city,"
                + " 'eve@example.org' AS e_mail, 'ACTIVE' AS status, 1.50 AS balance");

    assertNotNullViolation(e, "city", CITIZEN);
  }

  @Test
  void decodingANullIntoAPrimitiveNamesTheColumn() {
    Exception e =
        decodingCitizenFails(
            "SELECT 'Eve' AS name, CAST(NULL AS INT) AS age, 'Rome' AS city,"
                + " CAST(NULL AS STRING) AS e_mail, 'ACTIVE' AS status, 1.50 AS balance");

    assertNotNullViolation(e, "age", CITIZEN);
  }

  @Test
  void anUnknownEnumNameNamesTheColumnTheEnumAndTheValue() {
    Exception e =
        decodingCitizenFails(
            "SELECT 'Eve' AS name, 30 AS age, 'Rome' AS city, CAST(NULL AS STRING) AS e_mail,"
                + " 'RETIRED' AS status, 1.50 AS balance");

    assertEquals(
        "column 'status' of "
            + CITIZEN
            + " holds 'RETIRED', which is not a constant of enum "
            + CITIZEN
            + "$Status (constants: ACTIVE, MOVED). Fix the data, or add the constant to the enum.",
        causeOf(e, IllegalArgumentException.class).getMessage());
  }

  @Test
  void aDecimalTooWideForItsColumnNamesTheColumn() {
    Citizen rich =
        new Citizen("Eve", 30, "Rome", null, Status.ACTIVE, new BigDecimal("123456789.00"));

    Exception e = encodingFails(rich, Citizen_.ENCODER);

    assertEquals(
        "column 'balance' of "
            + CITIZEN
            + ": 123456789.00 does not fit decimal(10,2), which holds at most 8 integer digits."
            + " Widen @Decimal(precision, scale) on the component, or fix the data.",
        causeOf(e, ArithmeticException.class).getMessage());
  }

  @Test
  void decimalsAreRoundedHalfUpToTheColumnScale() {
    List<Citizen> input =
        List.of(
            new Citizen("Eve", 30, "Rome", null, Status.ACTIVE, new BigDecimal("1.005")),
            new Citizen("Fay", 31, "Rome", null, Status.ACTIVE, new BigDecimal("1E+3")));

    List<BigDecimal> stored =
        spark.createDataset(input, Citizen_.ENCODER).collectAsList().stream()
            .map(Citizen::balance)
            .toList();

    assertEquals(List.of(new BigDecimal("1.01"), new BigDecimal("1000.00")), stored);
  }

  /** What encoding {@code value} (in a Spark job, where the encoder runs) throws. */
  private <T> Exception encodingFails(T value, Encoder<T> encoder) {
    return assertThrows(
        Exception.class, () -> spark.createDataset(List.of(value), encoder).collectAsList());
  }

  /** What decoding the rows of {@code select} into Citizens throws. */
  private Exception decodingCitizenFails(String select) {
    Dataset<Citizen> ds = spark.sql(select).as(Citizen_.ENCODER);
    return assertThrows(Exception.class, ds::collectAsList);
  }

  private static void assertNotNullViolation(Throwable e, String column, String rootClass) {
    SparkRuntimeException violation = causeOf(e, SparkRuntimeException.class);
    assertEquals("NOT_NULL_ASSERT_VIOLATION", violation.getCondition());
    String message = violation.getMessage();
    assertTrue(message.contains("name: \"" + column + "\""), message);
    assertTrue(message.contains("root class: \"" + rootClass + "\""), message);
  }

  /** The first exception of the given type in the cause chain; Spark wraps encoder errors. */
  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return fail("no " + type.getSimpleName() + " in the causes of " + e, e);
  }

  private static AllTypes withComponent(AllTypes row, String component, Object value) {
    RecordAccess access = RecordAccess.of(AllTypes.class);
    Object[] components = access.components(row);
    List<String> names =
        Arrays.stream(AllTypes.class.getRecordComponents()).map(c -> c.getName()).toList();
    components[names.indexOf(component)] = value;
    return (AllTypes) access.construct(components);
  }
}
