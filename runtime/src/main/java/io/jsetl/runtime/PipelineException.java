package io.jsetl.runtime;

/** TODO(runtime helper): names every failed node with its cause. */
public class PipelineException extends RuntimeException {
  public PipelineException(String message) {
    super(message);
  }
}
