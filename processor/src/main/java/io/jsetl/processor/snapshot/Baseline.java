package io.jsetl.processor.snapshot;

import io.jsetl.processor.validation.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The committed snapshots a build is compared with: the directory named by the processor option
 * {@code -Ajsetl.schemas.baseline=<dir>}, holding {@code <qualified.Name>.json} per record. It is
 * read with plain {@code java.nio}: the option is a path of the user's project, not a place the
 * Filer knows. A record without a file there is new and is not compared.
 */
final class Baseline {
  /** The processor option that names the directory. */
  static final String OPTION = "jsetl.schemas.baseline";

  /** What the baseline holds for one record. */
  sealed interface Lookup {}

  /** No option, or no file for the record: nothing to compare with. */
  record None() implements Lookup {}

  /** The record's baseline snapshot, read from {@code file}. */
  record Found(Path file, SchemaSnapshot snapshot) implements Lookup {}

  /** The option or the file is broken; {@code message} says what is wrong (a whole message). */
  record Broken(String message) implements Lookup {}

  private final @Nullable String option;
  private final boolean given;

  private Baseline(boolean given, @Nullable String option) {
    this.given = given;
    this.option = option;
  }

  /** From the processor options; {@code -Ajsetl.schemas.baseline} without a value is broken. */
  static Baseline from(Map<String, String> options) {
    return new Baseline(options.containsKey(OPTION), options.get(OPTION));
  }

  /**
   * A problem with the option itself (empty, not a directory), or null. Reported once per build: it
   * concerns every record.
   */
  @Nullable String optionProblem() {
    if (!given) {
      return null;
    }
    if (option == null || option.isBlank()) {
      return Messages.baselineOptionEmpty(OPTION);
    }
    Path directory = directory();
    if (directory == null || !Files.isDirectory(directory)) {
      return Messages.baselineNotADirectory(
          OPTION, directory == null ? option : directory.toString());
    }
    return null;
  }

  /** The record's baseline; {@link None} when there is none or the option itself is broken. */
  Lookup find(String record) {
    Path directory = optionProblem() == null ? directory() : null;
    if (directory == null) {
      return new None();
    }
    Path file = directory.resolve(SnapshotJson.fileName(record));
    if (!Files.exists(file)) {
      return new None();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (IOException e) {
      return new Broken(Messages.baselineUnreadable(record, file.toString(), describe(e)));
    }
    SchemaSnapshot snapshot;
    try {
      snapshot = SnapshotJson.read(text);
    } catch (SnapshotFormatException e) {
      return new Broken(Messages.baselineInvalid(record, file.toString(), e.getMessage()));
    }
    if (!snapshot.record().equals(record)) {
      return new Broken(
          Messages.baselineOfAnotherRecord(record, file.toString(), snapshot.record()));
    }
    return new Found(file, snapshot);
  }

  /** The directory as an absolute path (messages show where jsetl looked), or null if invalid. */
  private @Nullable Path directory() {
    if (option == null) {
      return null;
    }
    try {
      return Path.of(option).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String describe(IOException e) {
    String kind =
        e instanceof CharacterCodingException ? "not UTF-8" : e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }
}
