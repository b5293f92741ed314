package io.jsetl.connectors.file;

import io.jsetl.runtime.encoding.Encoding;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.jspecify.annotations.Nullable;

/** A record with the encoder the processor would generate for it ({@code Citizen_.ENCODER}). */
public record Citizen(String name, int age, @Nullable String city, LocalDate born) {
  static final Encoder<Citizen> ENCODER =
      Encoding.encoder(
          Citizen.class,
          Encoding.field("name", "name", Encoding.STRING, false),
          Encoding.field("age", "age", Encoding.INT, false),
          Encoding.field("city", "city", Encoding.STRING, true),
          Encoding.field("born", "born", Encoding.LOCAL_DATE, false));
}
