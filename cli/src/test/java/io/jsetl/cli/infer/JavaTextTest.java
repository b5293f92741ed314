package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Literals written from data must read back as the same value. */
class JavaTextTest {
  @Test
  void stringsEscapeWhatWouldEndOrChangeTheLiteral() {
    assertThat(JavaText.string("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(JavaText.string("C:\\u0041")).isEqualTo("\"C:\\\\u0041\"");
    assertThat(JavaText.string("a\nb\tc\u0001")).isEqualTo("\"a\\nb\\tc\\001\"");
    assertThat(JavaText.string("Zoë")).isEqualTo("\"Zoë\"");
  }

  @Test
  void numbersAreWholeWhenTheyCanBe() {
    assertThat(JavaText.number(150)).isEqualTo("150");
    assertThat(JavaText.number(-3)).isEqualTo("-3");
    assertThat(JavaText.number(-0.0)).isEqualTo("0");
    assertThat(JavaText.number(6.5)).isEqualTo("6.5");
    assertThat(JavaText.number(3e9)).isEqualTo("3.0E9");
    assertThat(JavaText.number(1e-7)).isEqualTo("1.0E-7");
  }
}
