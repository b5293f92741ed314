package io.jsetl.cli.infer;

import java.util.List;

/**
 * Writes a {@link SourceDraft} as Java in the project's style: one component per line, its
 * annotations before it, or each on its own line when they would run past 100 columns; struct
 * records nested inside the top record.
 */
final class SourceWriter {
  private static final int WIDTH = 100;

  private SourceWriter() {}

  static String write(SourceDraft draft) {
    StringBuilder out = new StringBuilder();
    draft.header().forEach(line -> out.append("// ").append(line).append('\n'));
    draft.leftOut().forEach(column -> out.append("// Left out: ").append(column).append(".\n"));
    if (!draft.packageName().isEmpty()) {
      out.append("package ").append(draft.packageName()).append(";\n");
    }
    out.append('\n');
    draft.imports().forEach(name -> out.append("import ").append(name).append(";\n"));
    out.append('\n');
    record(out, draft.top(), "", draft.nested());
    return out.toString();
  }

  private static void record(
      StringBuilder out, RecordDraft record, String indent, List<RecordDraft> members) {
    out.append(indent).append("@Schema\n");
    out.append(indent).append("public record ").append(record.name()).append('(');
    List<RecordDraft.Component> components = record.components();
    for (int i = 0; i < components.size(); i++) {
      out.append('\n');
      component(out, components.get(i), indent + "    ", i < components.size() - 1 ? "," : "");
    }
    out.append(')');
    if (members.isEmpty()) {
      out.append(" {}\n");
      return;
    }
    out.append(" {\n");
    for (RecordDraft member : members) {
      out.append('\n');
      record(out, member, indent + "  ", List.of());
    }
    out.append(indent).append("}\n");
  }

  private static void component(
      StringBuilder out, RecordDraft.Component component, String indent, String end) {
    String declaration = component.type() + " " + component.name() + end;
    String annotations = String.join(" ", component.annotations());
    if (annotations.isEmpty()) {
      out.append(indent).append(declaration);
    } else if (indent.length() + annotations.length() + 1 + declaration.length() <= WIDTH) {
      out.append(indent).append(annotations).append(' ').append(declaration);
    } else {
      component.annotations().forEach(a -> out.append(indent).append(a).append('\n'));
      out.append(indent).append(declaration);
    }
  }
}
