package io.jsetl.cli.infer;

import java.util.List;

/**
 * A record about to be written.
 *
 * @param name its simple name
 * @param components in column order
 */
record RecordDraft(String name, List<Component> components) {

  /**
   * One component.
   *
   * @param annotations Java text of its declaration annotations, in the order they are written
   * @param type Java text of its type, {@code @Nullable} included where it applies
   */
  record Component(String name, List<String> annotations, String type) {}
}
