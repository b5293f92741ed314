package io.jsetl.runtime.encoding;

import static io.jsetl.runtime.encoding.Encoding.field;

import io.jsetl.runtime.encoding.AllTypes.Address;
import io.jsetl.runtime.encoding.AllTypes.Color;
import io.jsetl.runtime.encoding.Encoding.Field;
import io.jsetl.runtime.encoding.Encoding.ValueType;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/** Written by hand exactly as the processor generates {@code AllTypes_}. */
public final class AllTypes_ {
  private AllTypes_() {}

  static final ValueType ADDRESS =
      Encoding.record(
          Address.class,
          field("street", "street", Encoding.STRING, false),
          field("zip_code", "zip", Encoding.STRING, false),
          field("floor", "floor", Encoding.BOXED_INT, true));

  static final ValueType COLOR = Encoding.enumOf(Color.class);

  /** Kept apart so that tests can generate values from the same description. */
  static final Field[] FIELDS = {
    field("flag", "flag", Encoding.BOOLEAN, false),
    field("tiny", "tiny", Encoding.BYTE, false),
    field("small", "small", Encoding.SHORT, false),
    field("count", "count", Encoding.INT, false),
    field("big", "big", Encoding.LONG, false),
    field("ratio", "ratio", Encoding.FLOAT, false),
    field("measure", "measure", Encoding.DOUBLE, false),
    field("maybeFlag", "maybeFlag", Encoding.BOXED_BOOLEAN, true),
    field("maybeTiny", "maybeTiny", Encoding.BOXED_BYTE, true),
    field("maybeSmall", "maybeSmall", Encoding.BOXED_SHORT, true),
    field("maybeCount", "maybeCount", Encoding.BOXED_INT, true),
    field("maybeBig", "maybeBig", Encoding.BOXED_LONG, true),
    field("maybeRatio", "maybeRatio", Encoding.BOXED_FLOAT, true),
    field("maybeMeasure", "maybeMeasure", Encoding.BOXED_DOUBLE, true),
    field("boxedCount", "boxedCount", Encoding.BOXED_INT, false),
    field("name", "name", Encoding.STRING, false),
    field("nickname", "nickname", Encoding.STRING, true),
    field("payload", "payload", Encoding.BINARY, false),
    field("maybePayload", "maybePayload", Encoding.BINARY, true),
    field("born", "born", Encoding.LOCAL_DATE, false),
    field("died", "died", Encoding.LOCAL_DATE, true),
    field("seen", "seen", Encoding.INSTANT, false),
    field("maybeSeen", "maybeSeen", Encoding.INSTANT, true),
    field("wallClock", "wallClock", Encoding.LOCAL_DATE_TIME, false),
    field("maybeWallClock", "maybeWallClock", Encoding.LOCAL_DATE_TIME, true),
    field("amount", "amount", Encoding.decimal(10, 2), false),
    field("precise", "precise", Encoding.decimal(38, 18), true),
    field("color", "color", COLOR, false),
    field("maybeColor", "maybeColor", COLOR, true),
    field("tags", "tags", Encoding.list(Encoding.STRING, false), false),
    field("scores", "scores", Encoding.list(Encoding.BOXED_INT, true), false),
    field("labels", "labels", Encoding.set(Encoding.STRING, false), false),
    field("places", "places", Encoding.set(ADDRESS, false), false),
    field("counts", "counts", Encoding.map(Encoding.STRING, Encoding.BOXED_LONG, false), false),
    field("byColor", "byColor", Encoding.map(COLOR, ADDRESS, true), false),
    field("home", "home", ADDRESS, false),
    field("work", "work", ADDRESS, true),
    field("history", "history", Encoding.list(ADDRESS, false), false),
    field(
        "deep",
        "deep",
        Encoding.list(
            Encoding.map(Encoding.STRING, Encoding.list(ADDRESS, false), false), false),
        false),
    field("groups", "groups", Encoding.list(Encoding.set(Encoding.STRING, false), false), false),
    field(
        "colorSets",
        "colorSets",
        Encoding.map(Encoding.STRING, Encoding.set(COLOR, false), false),
        false),
    field("e_mail", "email", Encoding.STRING, false),
  };

  public static final Encoder<AllTypes> ENCODER = Encoding.encoder(AllTypes.class, FIELDS);
  public static final StructType SCHEMA = ENCODER.schema();
}
