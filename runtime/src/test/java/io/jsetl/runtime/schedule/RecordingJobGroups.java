package io.jsetl.runtime.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Job groups without Spark that remember what the engine asked for. */
final class RecordingJobGroups implements JobGroups {
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  @Override
  public Scope enter(String group, String pool, String description) {
    calls.add("enter " + group + " pool=" + pool + " (" + description + ")");
    return () -> calls.add("exit " + group);
  }

  @Override
  public void cancel(String group) {
    calls.add("cancel " + group);
  }

  List<String> calls() {
    return List.copyOf(calls);
  }
}
