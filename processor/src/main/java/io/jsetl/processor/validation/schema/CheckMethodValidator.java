package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckMethodModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code @Check} methods: public static, no parameters, no checked exceptions (the generated rule
 * calls them as a {@code Supplier}), returning a Spark {@code Column} or a {@code DatasetCheck},
 * with distinct rule names.
 */
final class CheckMethodValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    String record = schema.qualifiedName();
    Map<String, CheckMethodModel> byName = new HashMap<>();
    for (CheckMethodModel m : schema.checkMethods()) {
      String method = m.methodName() + "()";
      String missing =
          !m.isPublic() && !m.isStatic() ? "public static" : !m.isPublic() ? "public" : "static";
      if (!m.isPublic() || !m.isStatic()) {
        add(report, Messages.checkMethodNotPublicStatic(record, method, missing), m);
      }
      if (m.parameterCount() > 0) {
        add(report, Messages.checkMethodParameters(record, method, m.parameterCount()), m);
      }
      switch (m.returns()) {
        case OTHER -> add(
            report, Messages.checkMethodReturnType(record, method, m.returnType()), m);
        case UNRESOLVED -> add(
            report, Messages.checkMethodUnresolvedReturnType(record, method, m.returnType()), m);
        default -> {}
      }
      if (!m.checkedExceptions().isEmpty()) {
        add(
            report,
            Messages.checkMethodThrows(record, method, String.join(", ", m.checkedExceptions())),
            m);
      }
      CheckMethodModel first = byName.putIfAbsent(m.ruleName(), m);
      if (first != null) {
        report.add(
            Code.NameClash,
            Messages.checkNameTaken(record, method, m.ruleName(), first.methodName() + "()"),
            m.method(),
            m.annotation(),
            null);
      }
    }
  }

  private static void add(Report report, String message, CheckMethodModel m) {
    report.add(Code.InvalidCheck, message, m.method());
  }
}
