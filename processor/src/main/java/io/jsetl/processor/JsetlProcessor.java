package io.jsetl.processor;

import com.google.auto.service.AutoService;
import io.jsetl.processor.snapshot.SchemaSnapshots;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The jsetl annotation processor. It checks schemas, factories and pipelines while javac runs and
 * generates {@code X_} (encoders, columns, rules), {@code X_Wiring} (direct calls to factory
 * methods) and {@code JsetlX} (the staged pipeline builder). It never throws into javac: any failure
 * becomes an error message.
 */
@AutoService(Processor.class)
public final class JsetlProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Check and @Validate too: outside a @Schema record or a @Deliver method they are errors,
    // not silence.
    return Set.of(
        "io.jsetl.dsl.Schema",
        "io.jsetl.dsl.Check",
        "io.jsetl.dsl.Deliver",
        "io.jsetl.dsl.Pipeline",
        "io.jsetl.dsl.Validate");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SchemaSnapshots.BASELINE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /** Created once: steps keep state across rounds (records deferred to a later round). */
  private final List<ProcessingStep> steps = Steps.all();

  private List<ProcessingStep> steps() {
    return steps;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Report report = new Report();
    for (ProcessingStep step : steps()) {
      try {
        step.process(processingEnv, round, report);
      } catch (RuntimeException | LinkageError e) {
        // AutoService's rule: nothing reaches javac as an exception; a bug becomes an error.
        processingEnv
            .getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                Code.ProcessorError.tag()
                    + " jsetl's processor failed in "
                    + step.getClass().getSimpleName()
                    + ". This is a bug in jsetl; please report it with this trace:\n"
                    + stackTrace(e));
      }
    }
    report.printTo(processingEnv.getMessager());
    return false;
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
