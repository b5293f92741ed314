package io.jsetl.processor.model.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import org.jspecify.annotations.Nullable;

/**
 * One check on a column, as written, with its annotation mirror so that a problem can point at it.
 * jsetl's own check annotations and the Jakarta Bean Validation constraints are read into the same
 * kinds where they mean the same thing ({@code @Size} is a {@link Length}); a Jakarta constraint
 * may give two checks ({@code @NotEmpty} is {@link NotNull} and {@link Length}), both pointing at
 * it. Whether a check fits the column's type is decided by validation, not here.
 */
public sealed interface CheckModel {

  /** The annotation as it appears on the component (the anchor of diagnostics). */
  AnnotationMirror annotation();

  /** {@code @Range}: numbers use min/max, dates and times use from/to; unset bounds are open. */
  record Range(AnnotationMirror annotation, double min, double max, String from, String to)
      implements CheckModel {
    public boolean hasNumberBounds() {
      return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
    }

    public boolean hasTemporalBounds() {
      return !from.isEmpty() || !to.isEmpty();
    }
  }

  /** {@code @Length(min, max)}; Jakarta's {@code @Size} and the length part of {@code @NotEmpty}. */
  record Length(AnnotationMirror annotation, int min, int max) implements CheckModel {}

  /** {@code @NotBlank}, jsetl's or Jakarta's (which also gives a {@link NotNull}). */
  record NotBlank(AnnotationMirror annotation) implements CheckModel {}

  /**
   * A regular expression: jsetl's {@code @Pattern(value)} matches anywhere; Jakarta's {@code
   * @Pattern(regexp, flags)} (and {@code @Email(regexp)}) match the whole value, which {@link
   * #ruleRegex()} makes explicit for Spark's {@code rlike}.
   *
   * @param regex the expression as written
   * @param member the annotation member that holds it ({@code value} or {@code regexp})
   * @param flags Jakarta's flags, which the rule carries inline
   * @param wholeValue whether the expression must match the whole value (Jakarta)
   */
  record Pattern(
      AnnotationMirror annotation,
      String regex,
      String member,
      Set<RegexFlag> flags,
      boolean wholeValue)
      implements CheckModel {
    public Pattern {
      flags = Set.copyOf(flags);
    }

    /** jsetl's {@code @Pattern(value)}: found anywhere, no flags. */
    public Pattern(AnnotationMirror annotation, String regex) {
      this(annotation, regex, "value", Set.of(), false);
    }

    /**
     * The expression {@code Rule.Pattern} gets, which is found anywhere in the value: as written,
     * or for Jakarta with its flags inline and anchored with {@code \A} and {@code \z}. Not {@code
     * ^} and {@code $}: under MULTILINE they match at every line, and {@code $} also before a final
     * line break, while Jakarta's {@code Matcher.matches()} takes the whole value. Under COMMENTS a
     * {@code #} comments out the rest of its line, so the closing part starts on a new line.
     */
    public String ruleRegex() {
      if (!wholeValue) {
        return RegexFlag.inline(flags) + regex;
      }
      boolean comments = flags.contains(RegexFlag.COMMENTS);
      return RegexFlag.inline(flags) + "\\A(?:" + regex + (comments ? "\n" : "") + ")\\z";
    }

    /** The flags as {@code java.util.regex.Pattern} takes them, to compile {@link #regex}. */
    public int flagBits() {
      return RegexFlag.bits(flags);
    }
  }

  /** {@code @OneOf({...})}. */
  record OneOf(AnnotationMirror annotation, List<String> values) implements CheckModel {
    public OneOf {
      values = List.copyOf(values);
    }
  }

  /** {@code @Unique}. */
  record Unique(AnnotationMirror annotation) implements CheckModel {}

  /**
   * Jakarta's {@code @NotNull} (or the null part of {@code @NotEmpty}, {@code @NotBlank}): the
   * column is checked not null even when it is {@code @Nullable}.
   */
  record NotNull(AnnotationMirror annotation) implements CheckModel {}

  /**
   * One bound of a number, from Jakarta: {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code
   * @DecimalMax}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code
   * @NegativeOrZero}.
   *
   * @param lower whether it is a lower bound (else an upper one)
   * @param value the bound as written (a decimal number unless the user mistyped it)
   * @param member the member that holds the bound, or null when the annotation implies it (0)
   */
  record NumberBound(
      AnnotationMirror annotation,
      boolean lower,
      String value,
      boolean inclusive,
      @Nullable String member)
      implements CheckModel {
    public NumberBound {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Jakarta's {@code @Past}, {@code @PastOrPresent}, {@code @Future}, {@code @FutureOrPresent}.
   */
  record TimeRelative(AnnotationMirror annotation, boolean future, boolean orPresent)
      implements CheckModel {}

  /** Jakarta's {@code @Email}, with the extra expression its {@code regexp} may add. */
  record Email(AnnotationMirror annotation, Optional<Pattern> alsoMatches) implements CheckModel {}

  /** Jakarta's {@code @AssertTrue} ({@code expected}) or {@code @AssertFalse}. */
  record Assert(AnnotationMirror annotation, boolean expected) implements CheckModel {}

  /**
   * A Jakarta constraint, or a part of one, that jsetl does not check: reported as a warning so
   * that it is never silently ignored.
   */
  record Unchecked(AnnotationMirror annotation, Why why) implements CheckModel {
    /** Why it is not checked; each reason has its own advice. */
    public enum Why {
      /** {@code @Digits}: jsetl has no digit count; {@code @Decimal} or bounds do the job. */
      DIGITS,
      /** {@code @Null}: a column that is always null. */
      NULL,
      /** Another constraint of {@code jakarta.validation.constraints} jsetl does not know. */
      UNKNOWN,
      /** {@code @Pattern(flags = CANON_EQ)}: a flag with no inline form, so Spark cannot get it. */
      CANON_EQ_FLAG,
      /** On a type argument ({@code List<@NotBlank String>}): jsetl checks columns, not elements. */
      ON_ELEMENTS
    }
  }
}
