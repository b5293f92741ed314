package io.jsetl.processor.snapshot;

/**
 * A snapshot's text is not a jsetl schema snapshot: not JSON, or JSON of another shape. The message
 * says where (line and column, or the JSON path such as {@code columns[2].type}) and what is wrong.
 */
public final class SnapshotFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SnapshotFormatException(String message) {
    super(message);
  }
}
