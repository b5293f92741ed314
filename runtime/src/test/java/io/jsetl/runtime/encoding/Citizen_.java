package io.jsetl.runtime.encoding;

import static io.jsetl.runtime.encoding.Encoding.field;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/** Written by hand exactly as the processor generates {@code Citizen_}. */
public final class Citizen_ {
  private Citizen_() {}

  public static final Encoder<Citizen> ENCODER =
      Encoding.encoder(
          Citizen.class,
          field("name", "name", Encoding.STRING, false),
          field("age", "age", Encoding.INT, false),
          field("city", "city", Encoding.STRING, false),
          field("e_mail", "email", Encoding.STRING, true),
          field("status", "status", Encoding.enumOf(Citizen.Status.class), false),
          field("balance", "balance", Encoding.decimal(10, 2), false));
  public static final StructType SCHEMA = ENCODER.schema();
}
