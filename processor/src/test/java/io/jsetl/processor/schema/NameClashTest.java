package io.jsetl.processor.schema;

import static io.jsetl.processor.schema.SchemaSources.record;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code [jsetl/NameClash]} between columns, and with the generated constants. */
class NameClashTest {

  @Test
  void sameColumnNameTwice() {
    JavaFileObject citizen = record("Citizen", "String email", "@Column(\"email\") String mail");
    assertOnlyError(
        compile(citizen),
        "[jsetl/NameClash] Component `mail` of record `t.Citizen` has column name `email`, which"
            + " component `email` already uses. The columns of a record need distinct names."
            + " Rename one with @Column(\"...\").",
        citizen,
        "String mail");
  }

  @Test
  void columnNamesThatDifferOnlyInCase() {
    JavaFileObject citizen = record("Citizen", "String name", "@Column(\"Name\") String alias");
    assertOnlyError(
        compile(citizen),
        "[jsetl/NameClash] Component `alias` of record `t.Citizen` has column name `Name`, which"
            + " component `name` already uses as `name` (Spark compares column names ignoring"
            + " case). The columns of a record need distinct names. Rename one with"
            + " @Column(\"...\").",
        citizen,
        "String alias");
  }

  @Test
  void componentNamedLikeAGeneratedConstant() {
    JavaFileObject citizen = record("Citizen", "String name", "String SCHEMA");
    assertOnlyError(
        compile(citizen),
        "[jsetl/NameClash] Component `SCHEMA` of record `t.Citizen` would become the field"
            + " `Citizen_.SCHEMA`, which is already a constant of jsetl (`Citizen_` declares"
            + " ENCODER, SCHEMA and RULES beside one field per component). Rename the component;"
            + " @Column(\"SCHEMA\") keeps the column name.",
        citizen,
        "String SCHEMA");
  }
}
