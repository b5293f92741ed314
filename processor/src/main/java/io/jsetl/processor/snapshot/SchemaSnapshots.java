package io.jsetl.processor.snapshot;

import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Report;
import javax.annotation.processing.ProcessingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Schema versioning in the processor: for every clean {@code @Schema} record, writes its snapshot
 * into the jar and, when {@code -Ajsetl.schemas.baseline=<dir>} is given and holds the record's
 * committed snapshot, reports breaking changes made without raising the version. One instance per
 * processor run (it reports a broken option once, not per record).
 */
public final class SchemaSnapshots {
  /** The processor option naming the directory of committed snapshots. */
  public static final String BASELINE_OPTION = Baseline.OPTION;

  private @Nullable Baseline baseline;
  private boolean optionReported;

  /** Snapshots {@code schema}, which validated without errors, and checks it on its baseline. */
  public void record(ProcessingEnvironment env, SchemaModel schema, Report report) {
    SchemaSnapshot snapshot = Snapshots.of(schema);
    SnapshotResources.write(env.getFiler(), schema, snapshot, report);
    Baseline baseline = baseline(env);
    String optionProblem = baseline.optionProblem();
    if (optionProblem != null) {
      if (!optionReported) {
        optionReported = true;
        report.add(Code.SchemaSnapshot, optionProblem, schema.element());
      }
      return;
    }
    Baseline.Lookup lookup = baseline.find(schema.qualifiedName());
    if (lookup instanceof Baseline.Found found) {
      VersionCheck.check(schema, snapshot, found.file(), found.snapshot(), report);
    } else if (lookup instanceof Baseline.Broken broken) {
      report.add(Code.SchemaSnapshot, broken.message(), schema.element());
    }
  }

  private Baseline baseline(ProcessingEnvironment env) {
    if (baseline == null) {
      baseline = Baseline.from(env.getOptions());
    }
    return baseline;
  }
}
