package io.jsetl.runtime.encoding;

import static io.jsetl.runtime.encoding.Encoding.field;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/** Written by hand exactly as the processor generates {@code CityStats_}. */
public final class CityStats_ {
  private CityStats_() {}

  public static final Encoder<CityStats> ENCODER =
      Encoding.encoder(
          CityStats.class,
          field("city", "city", Encoding.STRING, false),
          field("citizens", "citizens", Encoding.LONG, false),
          field("meanAge", "meanAge", Encoding.DOUBLE, false));
  public static final StructType SCHEMA = ENCODER.schema();
}
