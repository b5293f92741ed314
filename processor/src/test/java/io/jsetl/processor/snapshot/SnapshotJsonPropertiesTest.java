package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips with random content: any snapshot (names and rules with quotes, backslashes, control
 * characters and non-ASCII text; nested types) reads back equal to what was written, and any type
 * text parses back to the same type. Fixed seeds: a failure reproduces on every machine.
 */
class SnapshotJsonPropertiesTest {

  @Property(tries = 500, seed = "20260401")
  void writtenSnapshotsReadBackEqual(@ForAll("snapshots") SchemaSnapshot snapshot) {
    String json = SnapshotJson.write(snapshot);
    assertThat(SnapshotJson.read(json)).isEqualTo(snapshot);
    assertThat(SnapshotJson.write(SnapshotJson.read(json))).isEqualTo(json);
  }

  @Property(tries = 500, seed = "20260402")
  void typeTextParsesBack(@ForAll("types") SparkType type) {
    assertThat(SparkType.parse(type.text())).isEqualTo(type);
  }

  @Property(tries = 500, seed = "20260403")
  void anyStringSurvivesQuoting(@ForAll String text) {
    assertThat(JsonParser.parse(SnapshotJson.quote(text))).isEqualTo(text);
  }

  @Provide
  Arbitrary<SchemaSnapshot> snapshots() {
    Arbitrary<List<SchemaSnapshot.Column>> columns =
        columns().list().ofMaxSize(6).uniqueElements(SchemaSnapshot.Column::name);
    return Combinators.combine(
            names(), Arbitraries.integers(), columns, texts().list().ofMaxSize(3))
        .as(SchemaSnapshot::new);
  }

  private Arbitrary<SchemaSnapshot.Column> columns() {
    return Combinators.combine(
            names(),
            types().map(SparkType::text),
            Arbitraries.of(true, false),
            texts().list().ofMaxSize(4))
        .as(SchemaSnapshot.Column::new);
  }

  @Provide
  Arbitrary<SparkType> types() {
    return Arbitraries.lazyOf(
        () -> Arbitraries.of(SparkType.Name.class).map(SparkType.Atomic::new),
        () -> Arbitraries.of(SparkType.Name.class).map(SparkType.Atomic::new),
        () ->
            Arbitraries.integers()
                .between(1, 38)
                .flatMap(
                    p ->
                        Arbitraries.integers().between(0, p).map(s -> new SparkType.Decimal(p, s))),
        () -> types().map(SparkType.Array::new),
        () -> Combinators.combine(types(), types()).as(SparkType.MapOf::new),
        () ->
            Combinators.combine(names(), types())
                .as(SparkType.Field::new)
                .list()
                .ofMaxSize(3)
                .uniqueElements(SparkType.Field::name)
                .map(SparkType.Struct::new));
  }

  /** Non-blank text of any characters, the printable and the awkward. */
  private static Arbitrary<String> names() {
    return texts().filter(s -> !s.isBlank());
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars("\"\\`:,<>{}[] \n\t\u0000\u001fé€𝄞").ofMaxLength(8),
        Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(1).ofMaxLength(10));
  }
}
