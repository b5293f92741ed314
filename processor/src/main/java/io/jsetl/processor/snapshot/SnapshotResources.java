package io.jsetl.processor.snapshot;

import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a snapshot to {@code META-INF/jsetl/schemas/<qualified.Name>.json} in the class output, so
 * that it lands in the jar beside the record's classes. Bytes are UTF-8 whatever javac's {@code
 * -encoding}: the file must be the same on every machine.
 */
final class SnapshotResources {
  private SnapshotResources() {}

  static void write(Filer filer, SchemaModel schema, SchemaSnapshot snapshot, Report report) {
    String path = SnapshotJson.RESOURCE_DIRECTORY + SnapshotJson.fileName(snapshot.record());
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, schema.element());
      try (OutputStream out = file.openOutputStream()) {
        out.write(SnapshotJson.write(snapshot).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      report.add(
          Code.SchemaSnapshot,
          Messages.snapshotNotWritten(schema.qualifiedName(), path, String.valueOf(e.getMessage())),
          schema.element());
    }
  }
}
