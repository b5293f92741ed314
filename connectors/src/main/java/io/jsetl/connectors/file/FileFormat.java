package io.jsetl.connectors.file;

import java.util.Locale;

/** The file formats, as Spark names them, and what sets them apart. */
enum FileFormat {
  CSV,
  JSON,
  PARQUET,
  ORC,
  TEXT;

  /** The value of {@code storage} and Spark's format name. */
  String storage() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether Spark parses text into typed values, so that a record can be malformed; Spark's {@code
   * mode} option (FAILFAST, PERMISSIVE, DROPMALFORMED) then applies.
   */
  boolean parsesRecords() {
    return this == CSV || this == JSON;
  }

  /**
   * Whether the files carry their own schema, so that a column the record wants can be looked up
   * before reading.
   */
  boolean storesSchema() {
    return this == PARQUET || this == ORC;
  }
}
