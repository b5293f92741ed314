package io.jsetl.processor.model.schema;

import static io.jsetl.processor.util.AnnotationValues.doubleValue;
import static io.jsetl.processor.util.AnnotationValues.intValue;
import static io.jsetl.processor.util.AnnotationValues.is;
import static io.jsetl.processor.util.AnnotationValues.stringValue;
import static io.jsetl.processor.util.AnnotationValues.stringsValue;

import io.jsetl.dsl.Length;
import io.jsetl.dsl.NotBlank;
import io.jsetl.dsl.OneOf;
import io.jsetl.dsl.Pattern;
import io.jsetl.dsl.Range;
import io.jsetl.dsl.Unique;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads the check annotations of a component, in declaration order: jsetl's own and Jakarta's
 * constraints ({@link JakartaReader}); then the Jakarta constraints on the elements of its type,
 * which are not checked.
 */
final class CheckReader {
  private CheckReader() {}

  static List<CheckModel> read(Element anchor) {
    List<CheckModel> checks = new ArrayList<>();
    for (AnnotationMirror m : anchor.getAnnotationMirrors()) {
      if (is(m, Range.class)) {
        checks.add(
            new CheckModel.Range(
                m,
                doubleValue(m, "min"),
                doubleValue(m, "max"),
                stringValue(m, "from"),
                stringValue(m, "to")));
      } else if (is(m, Length.class)) {
        checks.add(new CheckModel.Length(m, intValue(m, "min"), intValue(m, "max")));
      } else if (is(m, NotBlank.class)) {
        checks.add(new CheckModel.NotBlank(m));
      } else if (is(m, Pattern.class)) {
        checks.add(new CheckModel.Pattern(m, stringValue(m, "value")));
      } else if (is(m, OneOf.class)) {
        checks.add(new CheckModel.OneOf(m, stringsValue(m, "value")));
      } else if (is(m, Unique.class)) {
        checks.add(new CheckModel.Unique(m));
      } else if (JakartaReader.isConstraint(m)) {
        checks.addAll(JakartaReader.read(m));
      }
    }
    checks.addAll(JakartaReader.onTypeArguments(anchor.asType()));
    return checks;
  }
}
