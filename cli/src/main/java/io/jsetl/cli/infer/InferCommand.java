package io.jsetl.cli.infer;

import io.jsetl.cli.CliError;
import io.jsetl.cli.ErrorText;
import io.jsetl.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.lang.model.SourceVersion;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jsetl infer}: reads a sample, profiles it in one Spark job and writes the Java source of a
 * {@code @Schema} record with the checks the data suggests, so a user starts from their data.
 */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    header = "Writes a @Schema record for a CSV, JSON or Parquet sample.",
    description =
        "Spark reads the sample and profiles it in one query. The record gets suggested checks:"
            + " not-null where no null was seen, the observed range of numbers and dates, @OneOf"
            + " for strings with few repeating values, else @NotBlank and @Length up to the"
            + " longest value seen.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the record was written", "2:bad options, or the sample cannot be read"})
public final class InferCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "SAMPLE",
      description = "The sample: a file, or a directory Spark wrote.")
  private Path sample;

  @Option(
      names = "--format",
      paramLabel = "csv|json|parquet",
      description = "The sample's format; by default its extension says.")
  private @Nullable SampleFormat format;

  @Option(
      names = "--header",
      arity = "1",
      defaultValue = "true",
      paramLabel = "true|false",
      description =
          "Whether a CSV sample's first line names the columns (default: ${DEFAULT-VALUE}).")
  private boolean header;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The record's name; by default from the file name (citizens.csv: Citizens).")
  private @Nullable String name;

  @Option(
      names = "--package",
      paramLabel = "PACKAGE",
      description = "The record's package; none by default.")
  private String packageName = "";

  @Option(
      names = "--one-of-max",
      defaultValue = "10",
      paramLabel = "N",
      description = "Most distinct values for a @OneOf suggestion (default: ${DEFAULT-VALUE}).")
  private int oneOfMax;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write DIR/<package path>/<Name>.java instead of printing the source.")
  private @Nullable Path out;

  @Option(names = "--force", description = "With --out, replace an existing file.")
  private boolean force;

  private final Supplier<SparkSession> spark;

  /**
   * @param spark the session that reads the sample, asked for once options are checked
   */
  public InferCommand(Supplier<SparkSession> spark) {
    this.spark = spark;
  }

  @Override
  public Integer call() {
    String recordName = recordName();
    checkOptions();
    SampleFormat sampleFormat = format != null ? format : SampleFormat.of(sample);
    Dataset<Row> rows = SampleReader.read(spark.get(), sample, sampleFormat, header);
    SampleProfile profile = profile(rows);
    SourceDraft draft =
        RecordDrafter.draft(
            packageName, recordName, rows.schema(), profile, oneOfMax, comment(profile.rows()));
    PrintWriter err = spec.commandLine().getErr();
    draft.leftOut().forEach(column -> err.println("jsetl infer: left out " + column));
    err.flush();
    emit(recordName, SourceWriter.write(draft));
    return ExitCodes.OK;
  }

  /** Profiling reads the data itself (reading only inferred the schema), so it can fail too. */
  private SampleProfile profile(Dataset<Row> rows) {
    try {
      return Profiler.profile(rows, oneOfMax);
    } catch (Exception e) { // Spark throws SparkException (checked) without declaring it.
      throw new CliError("cannot read " + sample + ": " + ErrorText.rootLine(e), e);
    }
  }

  private String recordName() {
    String result = name != null ? name : JavaNames.ofFile(fileName());
    if (!JavaNames.isTypeName(result)) {
      throw new CliError("--name " + result + " is not a Java class name; try --name Citizen");
    }
    return result;
  }

  private void checkOptions() {
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new CliError(
          "--package " + packageName + " is not a Java package name; try --package com.example");
    }
    if (oneOfMax < 1) {
      throw new CliError("--one-of-max must be at least 1, not " + oneOfMax);
    }
  }

  /** The sample's own name, without the directories: what the comment and default name use. */
  private String fileName() {
    Path fileName = sample.toAbsolutePath().normalize().getFileName();
    return fileName == null ? sample.toString() : fileName.toString();
  }

  /** The comment on top of the source: where it comes from and what the checks are worth. */
  private List<String> comment(long rows) {
    return List.of(
        "Inferred by `jsetl infer` from "
            + rows
            + (rows == 1 ? " row" : " rows")
            + " of "
            + fileName()
            + ".",
        "The checks are suggestions from that sample only: keep those that hold for all your"
            + " data.");
  }

  private void emit(String recordName, String source) {
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      stdout.print(source);
      stdout.flush();
      return;
    }
    Path directory = packageName.isEmpty() ? out : out.resolve(packageName.replace('.', '/'));
    Path file = directory.resolve(recordName + ".java");
    if (Files.exists(file) && !force) {
      throw new CliError(file + " already exists; pass --force to replace it");
    }
    try {
      Files.createDirectories(directory);
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliError("cannot write " + file + ": " + e.getMessage(), e);
    }
    stdout.println("Wrote " + file);
    stdout.flush();
  }
}
