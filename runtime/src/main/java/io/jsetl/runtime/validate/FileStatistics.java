package io.jsetl.runtime.validate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.EncodingStats;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.DictionaryPageReadStore;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.ExprId;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.plans.logical.Filter;
import org.apache.spark.sql.catalyst.plans.logical.GlobalLimit;
import org.apache.spark.sql.catalyst.plans.logical.LocalLimit;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.catalyst.plans.logical.Repartition;
import org.apache.spark.sql.catalyst.plans.logical.RepartitionByExpression;
import org.apache.spark.sql.catalyst.plans.logical.Sample;
import org.apache.spark.sql.catalyst.plans.logical.Sort;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What the Parquet footers of a data set's files say of its top-level columns: per column, the null
 * count, the smallest and largest value, and for a column whose every row group is dictionary
 * encoded, its distinct values. Parquet writers keep these per row group, so reading them costs a
 * few small reads per file, not a pass over the rows.
 *
 * <p>It claims something only for a column whose every value is a value of a file column: the data
 * set's plan, from the top, may only select, rename, filter, sort, repartition, sample or limit
 * (each row of the data set is then a row of the files, or fewer rows), down to one scan of Parquet
 * files. That holds for a validated input read by a Parquet or Delta connector, and for many factory
 * outputs that pass columns of such an input through. Delta tables are Parquet files, and a Delta
 * read is such a scan (a read with deletion vectors adds a filter: the files then hold more rows than
 * the table, which keeps every claim true).
 *
 * <p>Anything unknown claims nothing: a computed column, a column missing from a file, a row group
 * without statistics, a type not read here (timestamps, decimals in binary, unsigned integers), a
 * dictionary too large, more files than the limit, a footer that cannot be read.
 */
final class FileStatistics {
  /** The statistics of no file: proves nothing. */
  static final FileStatistics NONE = new FileStatistics(Map.of(), 0);

  /** The most distinct values kept per column; a larger dictionary claims nothing. */
  private static final int MAX_DISTINCT = 10_000;

  /**
   * One column over every row group.
   *
   * @param nulls null values, or -1 when some row group did not say
   * @param min the smallest non-null value ({@code Double} or {@code LocalDate}), null when unknown
   *     or when every value is null
   * @param allNull every value is null (so {@code min}/{@code max} are absent, not unknown)
   * @param floating a float or double column: Parquet leaves NaN out of min/max
   * @param values every distinct non-null value of a string column whose row groups are all
   *     dictionary encoded, or null when not known
   */
  record Summary(
      long nulls,
      @Nullable Comparable<?> min,
      @Nullable Comparable<?> max,
      boolean allNull,
      boolean floating,
      @Nullable Set<String> values) {
    boolean nullsKnown() {
      return nulls >= 0;
    }

    boolean rangeKnown() {
      return allNull || (min != null && max != null);
    }
  }

  private final Map<String, Summary> columns;
  private final int files;

  private FileStatistics(Map<String, Summary> columns, int files) {
    this.columns = Map.copyOf(columns);
    this.files = files;
  }

  /** The summary of a top-level column of the data set, if its files tell it. */
  @Nullable Summary column(String name) {
    return columns.get(name);
  }

  /** How many files were read. */
  int files() {
    return files;
  }

  /**
   * The statistics of {@code data}'s files, or {@link #NONE} when its plan is not a plain scan of
   * Parquet files with rows selected, has more than {@code maxFiles} files, or a footer cannot be
   * read.
   *
   * @param dictionaryColumns columns of {@code data} whose distinct values are wanted (read from
   *     dictionary pages: one more small read per row group and column)
   */
  static FileStatistics of(Dataset<?> data, int maxFiles, Set<String> dictionaryColumns) {
    if (maxFiles <= 0) {
      return NONE;
    }
    try {
      LogicalPlan top = data.queryExecution().optimizedPlan();
      Map<String, ExprId> idOf = new HashMap<>();
      for (Attribute a : CollectionConverters.asJava(top.output())) {
        idOf.putIfAbsent(a.name(), a.exprId());
      }
      LogicalPlan plan = top;
      while (!(plan instanceof LogicalRelation)) {
        if (plan instanceof Project p) {
          Map<ExprId, ExprId> source = new HashMap<>();
          for (NamedExpression e : CollectionConverters.asJava(p.projectList())) {
            ExprId from = sourceId(e);
            if (from != null) {
              source.put(e.exprId(), from);
            }
          }
          Map<String, ExprId> next = new HashMap<>();
          idOf.forEach((name, id) -> {
            ExprId from = source.get(id);
            if (from != null) {
              next.put(name, from);
            }
          });
          idOf = next;
          plan = p.child();
        } else if (keepsRows(plan)) {
          plan = plan.children().head();
        } else {
          return NONE;
        }
      }
      LogicalRelation relation = (LogicalRelation) plan;
      if (!(relation.relation() instanceof HadoopFsRelation fs)
          || !(fs.fileFormat() instanceof ParquetFileFormat)) {
        return NONE;
      }
      Map<ExprId, String> fileColumn = new HashMap<>();
      for (Attribute a : CollectionConverters.asJava(relation.output())) {
        fileColumn.put(a.exprId(), a.name());
      }
      Map<String, String> fileColumnOf = new HashMap<>();
      idOf.forEach((name, id) -> {
        String file = fileColumn.get(id);
        if (file != null) {
          fileColumnOf.put(name, file);
        }
      });
      String[] paths = data.inputFiles();
      if (fileColumnOf.isEmpty() || paths.length > maxFiles) {
        return NONE;
      }
      Set<String> dictionaries = new HashSet<>();
      for (String column : dictionaryColumns) {
        String file = fileColumnOf.get(column);
        if (file != null) {
          dictionaries.add(file);
        }
      }
      Configuration conf = data.sparkSession().sessionState().newHadoopConf();
      Map<String, Summary> byFileColumn = summarize(paths, conf, dictionaries);
      Map<String, Summary> byColumn = new HashMap<>();
      fileColumnOf.forEach(
          (column, file) -> {
            Summary s = byFileColumn.get(file);
            if (s != null) {
              byColumn.put(column, s);
            }
          });
      return new FileStatistics(byColumn, paths.length);
    } catch (IOException | RuntimeException e) {
      return NONE; // a claim needs every footer: without them the rules run on every row
    }
  }

  /** Operators whose output rows are some of their input rows, unchanged. */
  private static boolean keepsRows(LogicalPlan plan) {
    return plan instanceof Filter
        || plan instanceof Sort
        || plan instanceof Repartition
        || plan instanceof RepartitionByExpression
        || plan instanceof Sample
        || plan instanceof LocalLimit
        || plan instanceof GlobalLimit;
  }

  /** The attribute a projected column passes through unchanged, if it does. */
  private static @Nullable ExprId sourceId(NamedExpression e) {
    if (e instanceof AttributeReference a) {
      return a.exprId();
    }
    if (e instanceof Alias alias && alias.child() instanceof AttributeReference a) {
      return a.exprId();
    }
    return null;
  }

  /** Summaries of the top-level primitive columns present in every file. */
  private static Map<String, Summary> summarize(
      String[] paths, Configuration conf, Set<String> dictionaries) throws IOException {
    Map<String, Summary> all = null;
    for (String path : paths) {
      Map<String, Summary> file = new HashMap<>();
      try (ParquetFileReader reader =
          ParquetFileReader.open(HadoopInputFile.fromPath(new Path(path), conf))) {
        List<BlockMetaData> blocks = reader.getFooter().getBlocks();
        for (BlockMetaData block : blocks) {
          DictionaryPageReadStore dictionaryPages = null;
          for (ColumnChunkMetaData chunk : block.getColumns()) {
            String[] columnPath = chunk.getPath().toArray();
            if (columnPath.length != 1) {
              continue;
            }
            Set<String> values = null;
            if (dictionaries.contains(columnPath[0])) {
              if (dictionaryPages == null) {
                dictionaryPages = reader.getDictionaryReader(block);
              }
              values = dictionaryValues(reader, dictionaryPages, chunk);
            }
            file.merge(columnPath[0], summary(chunk, values), FileStatistics::merge);
          }
        }
        if (blocks.isEmpty()) {
          continue; // a file without rows says nothing against any claim
        }
      }
      if (all == null) {
        all = file;
      } else {
        Map<String, Summary> both = new HashMap<>();
        for (var e : all.entrySet()) {
          Summary other = file.get(e.getKey());
          if (other != null) {
            both.put(e.getKey(), merge(e.getValue(), other));
          }
        }
        all = both;
      }
    }
    return all == null ? Map.of() : all;
  }

  /**
   * The distinct values of a string column chunk whose data pages are all dictionary encoded (the
   * dictionary holds every value the chunk has, and no other), or null.
   */
  private static @Nullable Set<String> dictionaryValues(
      ParquetFileReader reader, DictionaryPageReadStore pages, ColumnChunkMetaData chunk)
      throws IOException {
    PrimitiveType type = chunk.getPrimitiveType();
    EncodingStats encodings = chunk.getEncodingStats();
    if (type.getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY
        || !(type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation)
        || encodings == null
        || !encodings.hasDictionaryPages()
        || encodings.hasNonDictionaryEncodedPages()) {
      return null;
    }
    ColumnDescriptor descriptor =
        reader.getFileMetaData().getSchema().getColumnDescription(chunk.getPath().toArray());
    DictionaryPage page = pages.readDictionaryPage(descriptor);
    if (page == null) {
      return null;
    }
    Dictionary dictionary = page.getEncoding().initDictionary(descriptor, page);
    if (dictionary.getMaxId() >= MAX_DISTINCT) {
      return null;
    }
    Set<String> values = new HashSet<>();
    for (int i = 0; i <= dictionary.getMaxId(); i++) {
      values.add(dictionary.decodeToBinary(i).toStringUsingUTF8());
    }
    return values;
  }

  private static Summary summary(ColumnChunkMetaData chunk, @Nullable Set<String> values) {
    PrimitiveType type = chunk.getPrimitiveType();
    boolean floating =
        type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT
            || type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.DOUBLE;
    Statistics<?> stats = chunk.getStatistics();
    if (stats == null || stats.isEmpty()) {
      return new Summary(-1, null, null, false, floating, values);
    }
    long nulls = stats.isNumNullsSet() ? stats.getNumNulls() : -1;
    boolean allNull = nulls >= 0 && nulls == chunk.getValueCount();
    if (allNull) {
      return new Summary(nulls, null, null, true, floating, Set.of());
    }
    if (!stats.hasNonNullValue()) {
      return new Summary(nulls, null, null, false, floating, values);
    }
    return new Summary(
        nulls,
        value(type, stats.genericGetMin()),
        value(type, stats.genericGetMax()),
        false,
        floating,
        values);
  }

  /** A statistic as the rules compare it: a number as a double, a date as a date; null otherwise. */
  private static @Nullable Comparable<?> value(PrimitiveType type, Object raw) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case INT32, INT64 -> {
        long n = ((Number) raw).longValue();
        if (logical == null) {
          return (double) n;
        } else if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
          return LocalDate.ofEpochDay(n);
        } else if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && i.isSigned()) {
          return (double) n;
        } else if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
          return n / Math.pow(10, d.getScale());
        }
        return null;
      }
      case FLOAT, DOUBLE -> {
        return logical == null ? ((Number) raw).doubleValue() : null;
      }
      default -> {
        return null;
      }
    }
  }

  private static Summary merge(Summary a, Summary b) {
    Summary range = mergeRange(a, b);
    Set<String> values = null;
    if (a.values() != null && b.values() != null && a.values().size() + b.values().size() <= MAX_DISTINCT) {
      values = new HashSet<>(a.values());
      values.addAll(b.values());
    }
    return new Summary(range.nulls(), range.min(), range.max(), range.allNull(), range.floating(), values);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Summary mergeRange(Summary a, Summary b) {
    long nulls = a.nulls() < 0 || b.nulls() < 0 ? -1 : a.nulls() + b.nulls();
    boolean floating = a.floating() || b.floating();
    if (a.allNull() && b.allNull()) {
      return new Summary(nulls, null, null, true, floating, null);
    }
    if (!a.rangeKnown() || !b.rangeKnown()) {
      return new Summary(nulls, null, null, false, floating, null);
    }
    Summary x = a.allNull() ? b : a;
    Summary y = b.allNull() ? a : b;
    Comparable min = x.min();
    Comparable max = x.max();
    Comparable otherMin = y.min();
    Comparable otherMax = y.max();
    if (min == null || max == null || otherMin == null || otherMax == null
        || min.getClass() != otherMin.getClass()) {
      return new Summary(nulls, null, null, false, floating, null);
    }
    return new Summary(
        nulls,
        min.compareTo(otherMin) <= 0 ? min : otherMin,
        max.compareTo(otherMax) >= 0 ? max : otherMax,
        false,
        floating,
        null);
  }
}
