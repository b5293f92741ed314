package io.jsetl.processor;

import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.FactoryReader;
import io.jsetl.processor.util.SourceFiles;
import io.jsetl.processor.validation.Report;
import io.jsetl.processor.validation.graph.FactoryValidator;
import io.jsetl.processor.validation.graph.ValidatePlacementValidator;
import io.jsetl.processor.validation.graph.Validators;
import io.jsetl.processor.writing.pipeline.WiringWriter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Classes with {@code @Deliver} methods: read each into a {@link FactoryModel}, check it on its own
 * (whether or not a pipeline uses it), and write its {@code X_Wiring} when it is clean. A
 * {@code @Validate} outside a {@code @Deliver} method is reported here too.
 */
final class FactoryStep implements ProcessingStep {
  private static final String DELIVER = "io.jsetl.dsl.Deliver";
  private static final String VALIDATE = "io.jsetl.dsl.Validate";

  private final Deferrals deferrals = new Deferrals("FactoryStep");

  /** Factories checked here (across rounds); a pipeline reports the problems of the others. */
  private final Set<String> validated = new HashSet<>();

  @Override
  public void process(ProcessingEnvironment env, RoundEnvironment round, Report report) {
    TypeElement deliver = env.getElementUtils().getTypeElement(DELIVER);
    if (deliver == null) {
      return; // jsetl-dsl is not on the class path: nothing of ours to process
    }
    TypeElement validate = env.getElementUtils().getTypeElement(VALIDATE);
    if (validate != null) {
      for (Element element : round.getElementsAnnotatedWith(validate)) {
        ValidatePlacementValidator.check(element, report);
      }
    }
    Set<TypeElement> annotated = new LinkedHashSet<>();
    for (Element method : round.getElementsAnnotatedWith(deliver)) {
      annotated.add((TypeElement) method.getEnclosingElement());
    }
    FactoryReader reader = new FactoryReader(env);
    deferrals.forEachResolved(
        env,
        round,
        annotated,
        report,
        reader::hasUnresolvedTypes,
        (name, type) -> {
          process(reader.read(type), env, report);
          validated.add(name);
        });
  }

  private void process(FactoryModel factory, ProcessingEnvironment env, Report report) {
    Report own = new Report();
    for (FactoryValidator validator : Validators.FACTORY) {
      validator.validate(factory, own);
    }
    report.addAll(own);
    if (own.isClean()) {
      SourceFiles.write(WiringWriter.write(factory, env), env);
    }
  }

  /** Whether this step has checked (and reported on) the factory class {@code qualifiedName}. */
  boolean validated(String qualifiedName) {
    return validated.contains(qualifiedName);
  }
}
