package io.jsetl.runtime.testkit;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.testkit.synth.JqwikValues;
import io.jsetl.runtime.testkit.synth.Synthesizer;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.SparkSession;

/**
 * Test data from a record's rules: rows that satisfy them, and rows that break one chosen rule.
 *
 * <pre>{@code
 * Synth<Citizen> synth = Synth.of(Citizen_.RULES);
 * List<Citizen> ok = synth.valid(100, 42L);                  // every rule holds
 * List<Citizen> bad = synth.breaking(rule, 100, 42L);        // each row breaks `rule`
 * Dataset<Citizen> ds = synth.dataset(spark, Citizen_.ENCODER, 100, 42L);
 * @Provide Arbitrary<Citizen> citizens() { return synth.arbitrary(); }   // jqwik
 * }</pre>
 *
 * <p>Valid rows satisfy every rule that checks one value ({@link Rule#checksOneValue()}) and every
 * {@link Rule.Unique} across the rows; columns that may be null hold some nulls. Row checks and
 * dataset checks ({@code @Check} methods) are Spark expressions that Synth cannot read: it neither
 * satisfies nor breaks them. Values are aimed at the rules and then checked with the rules' own
 * Java backend ({@link Rule#accepts}), so a row is never wrong; where the generator cannot aim (a
 * regular expression beyond its subset, a compact constructor with checks of its own), give the
 * column's values with {@link #with}.
 *
 * <p>Everything is deterministic for a seed, except values of a {@code @Past}/{@code @Future}
 * column whose other bounds leave no room in a fixed window far from today. Nested records' columns
 * are named by dotted paths, as in the rules ({@code address.zip}). Instances are immutable and
 * thread-safe.
 *
 * @param <R> the record type
 */
public final class Synth<R> {
  private final Synthesizer<R> synthesizer;

  private Synth(Synthesizer<R> synthesizer) {
    this.synthesizer = synthesizer;
  }

  /**
   * A synthesizer of the record of {@code rules} (a generated {@code X_.RULES}).
   *
   * @throws IllegalArgumentException if the record holds a type jsetl does not encode or a rule
   *     names a column the record does not have
   */
  public static <R> Synth<R> of(RuleSet<R> rules) {
    return new Synth<>(Synthesizer.of(rules));
  }

  /**
   * The same synthesizer, with the values of {@code column} drawn from {@code values}. Values the
   * column's rules reject are skipped (for valid rows); a nested record column's values replace the
   * whole record.
   *
   * @param column the column as the rules name it (the Spark name; {@code address.zip} if nested)
   */
  public Synth<R> with(String column, Arbitrary<?> values) {
    return new Synth<>(synthesizer.with(column, JqwikValues.source(values)));
  }

  /**
   * {@code n} valid rows.
   *
   * @throws IllegalArgumentException if some column's rules leave no value the generator finds (the
   *     message names the column and says what to do)
   */
  public List<R> valid(int n, long seed) {
    return synthesizer.valid(n, seed);
  }

  /**
   * {@code n} rows that each break {@code rule} (one of the record's rules) and, where the rules
   * allow, no other: the rule's column gets a breaking value ({@code NotNull}: null; a range: a
   * value outside it, NaN and the infinities included; {@code Length}: too short or too long;
   * {@code NotBlank}: whitespace; a pattern: a near miss; {@code OneOf}: another value; {@code
   * Unique}: every value twice), every other column a valid one.
   *
   * @throws IllegalArgumentException if {@code rule} is not one of the record's rules, is a row or
   *     dataset check, or cannot be broken (e.g. a range that every value of the type satisfies)
   */
  public List<R> breaking(Rule rule, int n, long seed) {
    return synthesizer.breaking(rule, n, seed);
  }

  /** {@code n} valid rows as a Dataset of the session. */
  public Dataset<R> dataset(SparkSession spark, Encoder<R> encoder, int n, long seed) {
    return spark.createDataset(valid(n, seed), encoder);
  }

  /**
   * Valid rows for jqwik properties. Each row is valid on its own; {@code Unique} across a list of
   * them holds only by chance, so use {@link #valid} (or jqwik's {@code uniqueElements}) for keys.
   * The rows do not shrink.
   */
  public Arbitrary<R> arbitrary() {
    return JqwikValues.arbitrary(synthesizer::validRow);
  }

  /**
   * Rows that each break {@code rule}, for jqwik properties.
   *
   * @throws IllegalArgumentException as {@link #breaking}, and for {@code Unique}, which one row
   *     cannot break
   */
  public Arbitrary<R> arbitraryBreaking(Rule rule) {
    // Fail now, not inside the property, for a rule that cannot be broken.
    synthesizer.requireBreakableInOneRow(rule);
    return JqwikValues.arbitrary(random -> synthesizer.breakingRow(rule, random));
  }
}
