package io.jsetl.connectors;

import io.jsetl.runtime.encoding.Encoding;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.jspecify.annotations.Nullable;

/** A record with the encoder the processor would generate for it ({@code Citizen_.ENCODER}). */
public record Citizen(String name, int age, @Nullable String city, LocalDate born) {
  public static final Encoder<Citizen> ENCODER =
      Encoding.encoder(
          Citizen.class,
          Encoding.field("name", "name", Encoding.STRING, false),
          Encoding.field("age", "age", Encoding.INT, false),
          Encoding.field("city", "city", Encoding.STRING, true),
          Encoding.field("born", "born", Encoding.LOCAL_DATE, false));

  /** The rows of {@code citizens}, by name: Spark returns them in no particular order. */
  public static List<Citizen> sorted(Dataset<Citizen> citizens) {
    return citizens.collectAsList().stream().sorted(Comparator.comparing(Citizen::name)).toList();
  }
}
