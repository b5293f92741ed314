package io.jsetl.runtime.schedule;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.graph.SourceVertex;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;

/** Reads a source once; every consumer gets this same {@code Dataset}, persisted when shared. */
final class SourceRead implements Callable<Object> {
  private final SourceVertex source;
  private final RunState state;

  SourceRead(SourceVertex source, RunState state) {
    this.source = source;
    this.state = state;
  }

  @Override
  public Object call() {
    Connector connector = state.connectors().get().get(source.connector());
    Dataset<?> data;
    try {
      data = connector.read(state.spark().get(), source.encoder());
    } catch (RuntimeException e) {
      throw RuntimeErrors.sourceReadFailed(source.name(), source.connector(), e);
    }
    if (data != null) { // null is rejected by the task, with its own message
      state.cache().produced(source.name(), data);
    }
    return data;
  }
}
