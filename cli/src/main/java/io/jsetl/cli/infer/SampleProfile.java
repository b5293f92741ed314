package io.jsetl.cli.infer;

import java.util.List;
import java.util.Map;

/**
 * The result of profiling a sample: its row count and a profile per column path (a top-level column
 * is a path of one name; a struct's field adds its name).
 */
record SampleProfile(long rows, Map<List<String>, ColumnProfile> columns) {
  ColumnProfile column(List<String> path) {
    ColumnProfile profile = columns.get(path);
    if (profile == null) {
      throw new IllegalArgumentException("No profile for column " + String.join(".", path));
    }
    return profile;
  }
}
