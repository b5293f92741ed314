package io.jsetl.connectors.file;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** A one-string-column JavaBean, the shape {@code text} storage holds. */
public class Line implements Serializable {
  private static final long serialVersionUID = 1L;

  static final Encoder<Line> ENCODER = Encoders.bean(Line.class);

  private String text;

  public Line() {}

  Line(String text) {
    this.text = text;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Line l && Objects.equals(text, l.text);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(text);
  }

  @Override
  public String toString() {
    return "Line[" + text + "]";
  }
}
