package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Java names for column names that are not Java identifiers, or not idiomatic ones. */
class JavaNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "name        | name",
        "first name  | firstName",
        "e-mail      | eMail",
        "ORDER_ID    | orderId",
        "OrderID     | orderID",
        "Name        | name",
        "_c0         | c0",
        "class       | class_",
        "true        | true_",
        "hashCode    | hashCode_",
        "2nd score   | col2ndScore",
        "'  '        | column",
        "prix (€)    | prix",
        "Größe m²    | größeM",
      })
  void componentNames(String column, String component) {
    assertThat(JavaNames.component(column)).isEqualTo(component);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "address          | Address       | Address",
        "shipping address | ShippingAddress | ShippingAddress",
        "items            | Items         | Item",
        "categories       | Categories    | Category",
        "addresses        | Addresses     | Address",
        "boxes            | Boxes         | Box",
        "class            | Class         | Class",
        "3d               | T3d           | T3d",
      })
  void typeNames(String field, String type, String elementType) {
    assertThat(JavaNames.type(field)).isEqualTo(type);
    assertThat(JavaNames.elementType(field)).isEqualTo(elementType);
  }

  @Test
  void recordNameFromTheFileName() {
    assertThat(JavaNames.ofFile("citizens.csv")).isEqualTo("Citizens");
    assertThat(JavaNames.ofFile("city-stats.snappy.parquet")).isEqualTo("CityStats");
    assertThat(JavaNames.ofFile("2024 sales.json")).isEqualTo("T2024Sales");
    assertThat(JavaNames.ofFile("---.csv")).isEqualTo("Sample");
  }

  @Test
  void aScopeHandsOutEachNameOnceIgnoringCase() {
    NameScope scope = new NameScope(Set.of("String"));

    assertThat(scope.claim("firstName")).isEqualTo("firstName");
    assertThat(scope.claim("firstName")).isEqualTo("firstName2");
    assertThat(scope.claim("FirstName")).isEqualTo("FirstName3");
    assertThat(scope.claim("string")).isEqualTo("string2");
  }
}
