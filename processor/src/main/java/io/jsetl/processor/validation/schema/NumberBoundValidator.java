package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Jakarta's number bounds ({@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
 * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero}): on
 * numbers only; a written bound is a decimal number that a double holds (rules compare doubles);
 * and together with {@code @Range}'s, the bounds of a column leave some value ({@code @Min(10)}
 * with {@code @Max(5)} is reported on the later annotation).
 */
final class NumberBoundValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    ColumnChecks.forEach(
        schema,
        CheckModel.NumberBound.class,
        (column, bound) -> {
          if (!column.type().isNumber()) {
            WrongType.report(report, schema, column, bound.annotation(), "numbers");
          } else if (parse(bound) == null) {
            Anchors.onValue(
                report,
                Code.InvalidCheck,
                Messages.decimalBoundInvalid(
                    AnnotationValues.simpleName(bound.annotation()),
                    schema.qualifiedName(),
                    column.name(),
                    bound.value()),
                column,
                bound.annotation(),
                "value");
          }
        });
    for (ColumnModel column : schema.columns()) {
      if (WrongType.isJudgeable(column.type()) && column.type().isNumber()) {
        findContradiction(schema, column, report);
      }
    }
  }

  /** One side of the values a check allows. */
  private record Limit(
      CheckModel check, boolean lower, BigDecimal value, boolean inclusive, String display) {
    /** Whether no value lies both on this side and on {@code other}'s. */
    boolean excludes(Limit other) {
      BigDecimal low = lower ? value : other.value;
      BigDecimal high = lower ? other.value : value;
      int order = low.compareTo(high);
      return order > 0 || order == 0 && !(inclusive && other.inclusive);
    }

    /** Whether this limit allows fewer values than {@code other}, on the same side. */
    boolean tighterThan(Limit other) {
      int order = value.compareTo(other.value);
      return (lower ? order > 0 : order < 0) || order == 0 && !inclusive;
    }

    String describe() {
      return Messages.numberBound(lower, inclusive, display);
    }
  }

  /**
   * Compares each check's limits with the tightest of the checks before it; reports the first
   * check that leaves no value, once per column (a check is not compared with itself: a reversed
   * {@code @Range} is {@link RangeValidator}'s).
   */
  private static void findContradiction(SchemaModel schema, ColumnModel column, Report report) {
    Limit lowest = null;
    Limit highest = null;
    for (CheckModel check : column.checks()) {
      List<Limit> limits = limits(check);
      for (Limit limit : limits) {
        Limit other = limit.lower() ? highest : lowest;
        if (other != null && limit.excludes(other)) {
          Anchors.onAnnotation(
              report,
              Code.InvalidCheck,
              Messages.boundsExclude(
                  AnnotationValues.simpleName(check.annotation()),
                  schema.qualifiedName(),
                  column.name(),
                  limit.describe(),
                  AnnotationValues.simpleName(other.check().annotation()),
                  other.describe()),
              column,
              check.annotation());
          return;
        }
      }
      for (Limit limit : limits) {
        if (limit.lower() && (lowest == null || limit.tighterThan(lowest))) {
          lowest = limit;
        } else if (!limit.lower() && (highest == null || limit.tighterThan(highest))) {
          highest = limit;
        }
      }
    }
  }

  /** The finite limits of a number check; none for a check whose bounds are reported invalid. */
  private static List<Limit> limits(CheckModel check) {
    List<Limit> limits = new ArrayList<>();
    if (check instanceof CheckModel.NumberBound bound) {
      BigDecimal value = parse(bound);
      if (value != null) {
        limits.add(new Limit(check, bound.lower(), value, bound.inclusive(), bound.value()));
      }
    } else if (check instanceof CheckModel.Range range) {
      addRangeLimit(limits, check, true, range.min());
      addRangeLimit(limits, check, false, range.max());
    }
    return limits;
  }

  private static void addRangeLimit(
      List<Limit> limits, CheckModel range, boolean lower, double bound) {
    if (Double.isFinite(bound)) {
      limits.add(
          new Limit(range, lower, new BigDecimal(bound), true, RangeValidator.number(bound)));
    }
  }

  /** The bound, or null when it is not a decimal number or lies beyond what a double holds. */
  static @Nullable BigDecimal parse(CheckModel.NumberBound bound) {
    try {
      BigDecimal value = new BigDecimal(bound.value());
      return Double.isFinite(value.doubleValue()) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
