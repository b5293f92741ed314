package io.jsetl.runtime.schedule;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.wiring.Key;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * One vertex as a scheduler task: runs its body inside the vertex's Spark job group and FAIR pool
 * and stores the value; cancelling cancels that job group.
 */
final class VertexTask implements Task {
  private final String name;
  private final Key output;
  private final Set<String> dependencies;
  private final int priority;
  private final String jobGroup;
  private final String description;
  private final JobGroups jobs;
  private final Callable<? extends @Nullable Object> body;
  private final Map<String, Object> values;

  VertexTask(
      String name,
      Key output,
      Set<String> dependencies,
      int priority,
      String jobGroup,
      String description,
      JobGroups jobs,
      Callable<? extends @Nullable Object> body,
      Map<String, Object> values) {
    this.name = name;
    this.output = output;
    this.dependencies = Set.copyOf(dependencies);
    this.priority = priority;
    this.jobGroup = jobGroup;
    this.description = description;
    this.jobs = jobs;
    this.body = body;
    this.values = values;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> dependencies() {
    return dependencies;
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public void run() throws Exception {
    JobGroups.Scope scope = jobs.enter(jobGroup, name, description);
    try {
      Object value = body.call();
      if (value == null) {
        throw RuntimeErrors.nullValue(name, output);
      }
      values.put(name, value);
    } finally {
      scope.close();
    }
  }

  @Override
  public void cancel() {
    jobs.cancel(jobGroup);
  }
}
