package io.jsetl.cli.infer;

import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_values;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.udaf;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_micros;

import io.jsetl.cli.infer.ColumnProfile.NumberSpan;
import io.jsetl.cli.infer.ColumnProfile.TimeSpan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.jspecify.annotations.Nullable;

/**
 * Profiles every column of a sample, and every field of its struct columns, in ONE aggregation: all
 * measures are columns of a single {@code agg}, so Spark reads the sample once, whatever its width.
 * Fields inside arrays and maps are not profiled (their nullability comes from the schema).
 */
final class Profiler {
  private final List<Column> measures = new ArrayList<>();
  private final Map<List<String>, Function<Row, ColumnProfile>> readers = new LinkedHashMap<>();
  private final int oneOfMax;
  private final UserDefinedFunction distinct;

  private Profiler(int oneOfMax) {
    this.oneOfMax = oneOfMax;
    this.distinct = udaf(new DistinctUpTo(oneOfMax), Encoders.STRING());
  }

  static SampleProfile profile(Dataset<Row> sample, int oneOfMax) {
    Profiler profiler = new Profiler(oneOfMax);
    int rows = profiler.measure(count(lit(1)));
    profiler.addFields(sample.schema(), null, List.of(), rows);
    List<Column> all = profiler.measures;
    Row result = sample.agg(all.get(0), all.subList(1, all.size()).toArray(Column[]::new)).first();
    Map<List<String>, ColumnProfile> columns = new LinkedHashMap<>();
    profiler.readers.forEach((path, reader) -> columns.put(path, reader.apply(result)));
    return new SampleProfile(result.getLong(rows), columns);
  }

  /** Adds the measures of each field of {@code struct}; {@code presentAt} counts its rows. */
  private void addFields(
      StructType struct, @Nullable Column parent, List<String> parentPath, int presentAt) {
    for (StructField field : struct.fields()) {
      Column column = parent == null ? col(quoted(field.name())) : parent.getField(field.name());
      List<String> path = new ArrayList<>(parentPath);
      path.add(field.name());
      int nonNullAt = measure(count(column));
      readers.put(List.copyOf(path), reader(field.dataType(), column, presentAt, nonNullAt));
      if (field.dataType() instanceof StructType nested) {
        addFields(nested, column, path, nonNullAt);
      }
    }
  }

  /** Adds the measures a column of this type needs; returns how to read its profile back. */
  private Function<Row, ColumnProfile> reader(
      DataType type, Column column, int presentAt, int nonNullAt) {
    if (type instanceof NumericType) {
      int lo = measure(min(column));
      int hi = measure(max(column));
      return row ->
          profile(row, presentAt, nonNullAt)
              .numbers(row.isNullAt(lo) ? null : new NumberSpan(number(row, lo), number(row, hi)))
              .build();
    }
    if (type instanceof DateType) {
      int lo = measure(unix_date(min(column)));
      int hi = measure(unix_date(max(column)));
      return times(presentAt, nonNullAt, lo, hi, (row, i) -> LocalDate.ofEpochDay(row.getInt(i)));
    }
    if (type instanceof TimestampType) {
      int lo = measure(unix_micros(min(column)));
      int hi = measure(unix_micros(max(column)));
      return times(
          presentAt,
          nonNullAt,
          lo,
          hi,
          (row, i) -> Instant.EPOCH.plus(row.getLong(i), ChronoUnit.MICROS));
    }
    if (type instanceof TimestampNTZType) {
      int lo = measure(min(column));
      int hi = measure(max(column));
      return times(presentAt, nonNullAt, lo, hi, (row, i) -> row.<LocalDateTime>getAs(i));
    }
    if (type instanceof StringType) {
      int longest = measure(max(length(column)));
      int blank = measure(bool_or(column.rlike("^\\s*$")));
      int values = measure(distinct.apply(column));
      return row ->
          profile(row, presentAt, nonNullAt)
              .maxLength(row.isNullAt(longest) ? -1 : row.getInt(longest))
              .anyBlank(!row.isNullAt(blank) && row.getBoolean(blank))
              .fewValues(fewValues(row, values))
              .build();
    }
    Column elements = null;
    if (type instanceof ArrayType array && array.containsNull()) {
      elements = column;
    } else if (type instanceof MapType map && map.valueContainsNull()) {
      elements = map_values(column);
    }
    if (elements != null) {
      int nullElement = measure(bool_or(exists(elements, Column::isNull)));
      return row ->
          profile(row, presentAt, nonNullAt)
              .nullElements(!row.isNullAt(nullElement) && row.getBoolean(nullElement))
              .build();
    }
    return row -> profile(row, presentAt, nonNullAt).build();
  }

  private interface TimeAt {
    Object read(Row row, int index);
  }

  private static Function<Row, ColumnProfile> times(
      int presentAt, int nonNullAt, int lo, int hi, TimeAt value) {
    return row ->
        profile(row, presentAt, nonNullAt)
            .times(
                row.isNullAt(lo)
                    ? null
                    : new TimeSpan(value.read(row, lo).toString(), value.read(row, hi).toString()))
            .build();
  }

  private static ProfileBuilder profile(Row row, int presentAt, int nonNullAt) {
    return new ProfileBuilder(row.getLong(presentAt), row.getLong(nonNullAt));
  }

  private int measure(Column column) {
    measures.add(column);
    return measures.size() - 1;
  }

  /** Spark returns a decimal column's min and max as BigDecimal, the others as their box. */
  private static double number(Row row, int index) {
    Object value = row.get(index);
    return value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
  }

  /** The distinct values, sorted; null when there were none or more than {@code oneOfMax}. */
  private @Nullable List<String> fewValues(Row row, int index) {
    if (row.isNullAt(index)) {
      return null;
    }
    List<String> values = row.getStruct(index).getList(0);
    return values.isEmpty() || values.size() > oneOfMax ? null : values.stream().sorted().toList();
  }

  /** A top-level name as a column reference: backticks, so dots and spaces are part of the name. */
  private static String quoted(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  /** Fills a profile's optional parts; each column type sets the ones it measured. */
  private static final class ProfileBuilder {
    private final long present;
    private final long nonNull;
    private @Nullable NumberSpan numbers;
    private @Nullable TimeSpan times;
    private int maxLength = -1;
    private boolean anyBlank;
    private @Nullable List<String> fewValues;
    private boolean nullElements;

    ProfileBuilder(long present, long nonNull) {
      this.present = present;
      this.nonNull = nonNull;
    }

    ProfileBuilder numbers(@Nullable NumberSpan span) {
      this.numbers = span;
      return this;
    }

    ProfileBuilder times(@Nullable TimeSpan span) {
      this.times = span;
      return this;
    }

    ProfileBuilder maxLength(int length) {
      this.maxLength = length;
      return this;
    }

    ProfileBuilder anyBlank(boolean blank) {
      this.anyBlank = blank;
      return this;
    }

    ProfileBuilder fewValues(@Nullable List<String> values) {
      this.fewValues = values;
      return this;
    }

    ProfileBuilder nullElements(boolean nulls) {
      this.nullElements = nulls;
      return this;
    }

    ColumnProfile build() {
      return new ColumnProfile(
          present, nonNull, numbers, times, maxLength, anyBlank, fewValues, nullElements);
    }
  }
}
