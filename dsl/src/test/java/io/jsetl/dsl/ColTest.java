package io.jsetl.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ColTest {
  record Person(String name, int age) {}

  static final Col<Person, Integer> AGE = Col.of(Person.class, "age");
  static final Col<Person, String> NAME = Col.of(Person.class, "name");

  @Test
  void buildsTypedSparkExpressions() {
    // Spark 4's unresolved column text; it names the column and the literal.
    assertEquals(">=(age, 18)", AGE.ge(18).toString());
    assertEquals("<(age, 3)", AGE.lt(3).toString());
    assertEquals("=(age, 7)", AGE.eq(7).toString());
    assertEquals("!(=(age, 7))", AGE.ne(7).toString());
    assertEquals(AGE.col().isin(1, 2).toString(), AGE.isin(1, 2).toString());
    assertEquals(NAME.col().isNull().toString(), NAME.isNull().toString());
    assertEquals(AGE.col().between(1, 2).toString(), AGE.between(1, 2).toString());
  }

  @Test
  void quotesNamesSoDotsAreLiteral() {
    Col<Person, String> dotted = Col.of(Person.class, "a.b");
    assertEquals("a.b", dotted.name());
    assertEquals("`a.b`", dotted.col().toString());
  }

  @Test
  void equalityIsOwnerAndName() {
    assertEquals(AGE, Col.of(Person.class, "age"));
    assertNotEquals(AGE, Col.of(String.class, "age"));
    assertEquals("Person.age", AGE.toString());
  }

  @Test
  void ruleNamesAreStable() {
    assertEquals("range[0..150]", new Rule.NumberRange("age", 0, 150).name());
    assertEquals("range[..1.5]", new Rule.NumberRange("x", Double.NEGATIVE_INFINITY, 1.5).name());
    assertEquals("length[1..]", new Rule.Length("name", 1, Integer.MAX_VALUE).name());
    assertEquals("oneOf[a, b]", new Rule.OneOf("c", java.util.List.of("a", "b")).name());
  }
}
