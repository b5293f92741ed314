package io.jsetl.runtime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void bytesUseBinaryUnitsWithOneDecimal() {
    assertEquals(
        List.of("0 B", "1023 B", "1.0 KiB", "1.5 KiB", "1.0 MiB", "3.0 GiB", "8.0 EiB"),
        List.of(
            Format.bytes(0),
            Format.bytes(1023),
            Format.bytes(1024),
            Format.bytes(1536),
            Format.bytes(1L << 20),
            Format.bytes(3L << 30),
            Format.bytes(Long.MAX_VALUE)));
  }

  @Test
  void secondsHaveTwoDecimals() {
    assertEquals("0.41s", Format.seconds(Duration.ofMillis(410)));
  }
}
