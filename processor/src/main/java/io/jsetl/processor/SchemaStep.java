package io.jsetl.processor;

import io.jsetl.dsl.Check;
import io.jsetl.dsl.Schema;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.model.schema.SchemaReader;
import io.jsetl.processor.snapshot.SchemaSnapshots;
import io.jsetl.processor.util.GeneratedAnnotations;
import io.jsetl.processor.util.SourceFiles;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import io.jsetl.processor.validation.schema.PlacementValidator;
import io.jsetl.processor.validation.schema.SchemaValidators;
import io.jsetl.processor.writing.schema.SchemaWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Schemas: reads every {@code @Schema} record into a model, validates it, and when it is clean
 * writes {@code X_} and the record's snapshot (checked against the committed baseline, if any). A
 * record whose component types are not resolved yet (a type another processor generates) is
 * deferred to the next round and reported only if it still fails in the last one. A failure on one
 * record becomes an error on that record; the others are still processed.
 */
final class SchemaStep implements ProcessingStep {
  private final Deferrals deferrals = new Deferrals("SchemaStep");

  /** Snapshots into the jar and versioning against the baseline, over every round. */
  private final SchemaSnapshots snapshots = new SchemaSnapshots();

  /** Generated class name to the record it was written for, over every round. */
  private final Map<String, String> written = new HashMap<>();

  @Override
  public void process(ProcessingEnvironment env, RoundEnvironment round, Report report) {
    for (Element method : round.getElementsAnnotatedWith(Check.class)) {
      PlacementValidator.checkMethodPlacement(method, report);
    }
    List<TypeElement> annotated = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(Schema.class)) {
      if (PlacementValidator.isSchemaTarget(element, report)) {
        annotated.add((TypeElement) element);
      }
    }
    SchemaReader reader = new SchemaReader(env.getElementUtils(), env.getTypeUtils());
    SchemaWriter writer = new SchemaWriter(GeneratedAnnotations.generated(env.getElementUtils()));
    deferrals.forEachSubject(
        env,
        round,
        annotated,
        report,
        (name, record) -> {
          SchemaModel schema = reader.read(record);
          // Unlike factories, a schema reports its unresolved types itself in the last round.
          if (schema.hasUnresolvedTypes() && !round.processingOver()) {
            deferrals.defer(record);
            return;
          }
          Report own = new Report();
          SchemaValidators.validate(schema, own);
          report.addAll(own);
          if (own.isClean()) {
            write(env, writer, schema, report);
            snapshots.record(env, schema, report);
          }
        });
  }

  private void write(
      ProcessingEnvironment env, SchemaWriter writer, SchemaModel schema, Report report) {
    String generated = schema.generatedName().canonicalName();
    String other = written.putIfAbsent(generated, schema.qualifiedName());
    if (other != null) {
      report.add(
          Code.NameClash,
          Messages.generatedNameTaken(schema.qualifiedName(), generated, other),
          schema.element());
      return;
    }
    try {
      SourceFiles.write(writer.write(schema), env);
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof FilerException refused)) {
        throw e;
      }
      // The Filer refuses a type that exists among the compiled sources: a user's own Citizen_.
      report.add(
          Code.NameClash,
          Messages.generatedFileRefused(schema.qualifiedName(), generated, refused.getMessage()),
          schema.element());
    }
  }
}
