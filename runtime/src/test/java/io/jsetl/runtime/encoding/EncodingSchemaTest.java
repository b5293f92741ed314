package io.jsetl.runtime.encoding;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.ByteType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.FloatType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.ShortType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@code X_.SCHEMA} is the obvious Spark schema, nullability included, at every depth. */
class EncodingSchemaTest {
  private static final boolean NULLABLE = true;
  private static final boolean NOT_NULL = false;

  @Test
  void everySupportedTypeMapsToItsSparkType() {
    StructType address =
        new StructType()
            .add("street", StringType, NOT_NULL)
            .add("zip_code", StringType, NOT_NULL)
            .add("floor", IntegerType, NULLABLE);
    StructType expected =
        new StructType()
            .add("flag", BooleanType, NOT_NULL)
            .add("tiny", ByteType, NOT_NULL)
            .add("small", ShortType, NOT_NULL)
            .add("count", IntegerType, NOT_NULL)
            .add("big", LongType, NOT_NULL)
            .add("ratio", FloatType, NOT_NULL)
            .add("measure", DoubleType, NOT_NULL)
            .add("maybeFlag", BooleanType, NULLABLE)
            .add("maybeTiny", ByteType, NULLABLE)
            .add("maybeSmall", ShortType, NULLABLE)
            .add("maybeCount", IntegerType, NULLABLE)
            .add("maybeBig", LongType, NULLABLE)
            .add("maybeRatio", FloatType, NULLABLE)
            .add("maybeMeasure", DoubleType, NULLABLE)
            .add("boxedCount", IntegerType, NOT_NULL)
            .add("name", StringType, NOT_NULL)
            .add("nickname", StringType, NULLABLE)
            .add("payload", BinaryType, NOT_NULL)
            .add("maybePayload", BinaryType, NULLABLE)
            .add("born", DateType, NOT_NULL)
            .add("died", DateType, NULLABLE)
            .add("seen", TimestampType, NOT_NULL)
            .add("maybeSeen", TimestampType, NULLABLE)
            .add("wallClock", TimestampNTZType, NOT_NULL)
            .add("maybeWallClock", TimestampNTZType, NULLABLE)
            .add("amount", createDecimalType(10, 2), NOT_NULL)
            .add("precise", createDecimalType(38, 18), NULLABLE)
            .add("color", StringType, NOT_NULL)
            .add("maybeColor", StringType, NULLABLE)
            .add("tags", createArrayType(StringType, NOT_NULL), NOT_NULL)
            .add("scores", createArrayType(IntegerType, NULLABLE), NOT_NULL)
            .add("labels", createArrayType(StringType, NOT_NULL), NOT_NULL)
            .add("places", createArrayType(address, NOT_NULL), NOT_NULL)
            .add("counts", createMapType(StringType, LongType, NOT_NULL), NOT_NULL)
            .add("byColor", createMapType(StringType, address, NULLABLE), NOT_NULL)
            .add("home", address, NOT_NULL)
            .add("work", address, NULLABLE)
            .add("history", createArrayType(address, NOT_NULL), NOT_NULL)
            .add(
                "deep",
                createArrayType(
                    createMapType(StringType, createArrayType(address, NOT_NULL), NOT_NULL),
                    NOT_NULL),
                NOT_NULL)
            .add(
                "groups",
                createArrayType(createArrayType(StringType, NOT_NULL), NOT_NULL),
                NOT_NULL)
            .add(
                "colorSets",
                createMapType(StringType, createArrayType(StringType, NOT_NULL), NOT_NULL),
                NOT_NULL)
            .add("e_mail", StringType, NOT_NULL);

    assertEquals(expected, AllTypes_.SCHEMA);
  }

  @Test
  void aSmallRecordHasItsColumnsInComponentOrder() {
    StructType expected =
        new StructType()
            .add("name", StringType, NOT_NULL)
            .add("age", IntegerType, NOT_NULL)
            .add("city", StringType, NOT_NULL)
            .add("e_mail", StringType, NULLABLE)
            .add("status", StringType, NOT_NULL)
            .add("balance", createDecimalType(10, 2), NOT_NULL);

    assertEquals(expected, Citizen_.SCHEMA);
  }

  @Test
  void theEncoderIsForTheRecordClass() {
    assertEquals(AllTypes.class, AllTypes_.ENCODER.clsTag().runtimeClass());
  }
}
