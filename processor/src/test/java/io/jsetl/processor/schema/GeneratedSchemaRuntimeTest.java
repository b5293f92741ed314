package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.processor.testing.Compilations;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated classes compile with the real javac, load, and work: {@code SCHEMA}, which
 * {@code ENCODER} derives, is the Spark schema the record describes, and {@code RULES} lists the
 * checks in order, those of nested records under their column path. (Moving records through Spark with the encoder is the runtime's test.)
 */
class GeneratedSchemaRuntimeTest {
  @TempDir static Path dir;
  private static ClassLoader loader;

  @BeforeAll
  static void compileCitizen() {
    loader = Compilations.compileAndLoad(dir, SchemaGoldenTest.CITIZEN, SchemaGoldenTest.ADDRESS);
  }

  @Test
  void schemaHasEveryColumnWithItsSparkTypeAndNullability() throws Exception {
    StructType schema = (StructType) constant("t.Citizen_", "SCHEMA");

    String address = "struct<street:string,zip_code:string>";
    assertThat(Arrays.stream(schema.fields()).map(GeneratedSchemaRuntimeTest::describe).toList())
        .containsExactly(
            "id bigint not null",
            "name string not null",
            "age int not null",
            "e_mail string",
            "active boolean not null",
            "level tinyint not null",
            "rank smallint not null",
            "weight float not null",
            "height double not null",
            "verified boolean",
            "b tinyint not null",
            "s smallint not null",
            "tier int not null",
            "points bigint",
            "ratio float not null",
            "score double not null",
            "income decimal(10,2) not null",
            "wealth decimal(38,18) not null",
            "born date not null",
            "seen timestamp not null",
            "updated timestamp_ntz",
            "photo binary",
            "tags array<string> not null",
            "friends array<bigint> not null",
            "scores map<string,int> not null",
            "deep array<map<string,array<" + address + ">>> not null",
            "status string not null",
            "home " + address + " not null",
            "work " + address)
        .inOrder();
    assertThat(((StructType) constant("t.Address_", "SCHEMA")).fields()[1].nullable())
        .isTrue();
  }

  @Test
  void rulesListTheChecksInDeclarationOrder() throws Exception {
    RuleSet<?> rules = (RuleSet<?>) constant("t.Citizen_", "RULES");

    assertThat(rules.recordType().getName()).isEqualTo("t.Citizen");
    assertThat(rules.columns()).hasSize(29);
    assertThat(rules.columns().subList(0, 4)).containsExactly("id", "name", "age", "e_mail");
    assertThat(rules.rules().stream().map(r -> r.column() + " " + r.name()).toList())
        .containsExactly(
            "id unique",
            "name notNull",
            "name notBlank",
            "name length[0..64]",
            "age range[0..150]",
            "e_mail pattern[^[^@]+@[^@]+\\.[^@]+$]",
            "weight range[0.5..]",
            "b notNull",
            "s notNull",
            "tier notNull",
            "tier oneOf[1, 2, 3]",
            "ratio notNull",
            "score notNull",
            "income notNull",
            "wealth notNull",
            "born notNull",
            "born range[1900-01-01..2100-12-31]",
            "seen notNull",
            "seen range[2000-01-01T00:00:00Z..]",
            "tags notNull",
            "tags length[1..10]",
            "friends notNull",
            "scores notNull",
            "deep notNull",
            "status notNull",
            "status oneOf[ACTIVE, CLOSED]",
            "home notNull",
            "home.street notNull",
            "work.street notNull",
            "* adultsOnly",
            "* at most a million")
        .inOrder();
    // The @Check methods are called through method references, with no reflection.
    Rule.DatasetLevel size = (Rule.DatasetLevel) rules.rules().get(rules.rules().size() - 1);
    assertThat(size.check().get().name()).isEqualTo("rowCount[0..1000000]");
  }

  private static Object constant(String type, String field) throws Exception {
    return loader.loadClass(type).getField(field).get(null);
  }

  private static String describe(StructField field) {
    return field.name()
        + " "
        + field.dataType().simpleString()
        + (field.nullable() ? "" : " not null");
  }
}
