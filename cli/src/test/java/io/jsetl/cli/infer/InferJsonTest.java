package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsetl infer} on JSON: nested objects become nested records, arrays become Lists. */
class InferJsonTest {
  @TempDir Path dir;

  private static final String[] ORDERS = {
    "{\"id\": 1, \"customer\": {\"name\": \"Ada\", \"address\": {\"city\": \"Paris\"}},"
        + " \"items\": [{\"sku\": \"X1\", \"qty\": 2}], \"tags\": [\"new\", \"gift\"],"
        + " \"notes\": [\"fragile\"]}",
    "{\"id\": 2, \"customer\": {\"name\": \"Bob\", \"address\": null},"
        + " \"items\": [], \"tags\": [\"new\"], \"notes\": [null]}",
    "{\"id\": 3, \"customer\": null,"
        + " \"items\": [{\"sku\": \"Y2\", \"qty\": 1}], \"tags\": [], \"notes\": []}",
  };

  @Test
  void nestedObjectsBecomeNestedRecords() {
    Path sample = Samples.write(dir, "orders.json", ORDERS);

    CliRun run = CliRun.of("infer", sample.toString(), "--name", "Order", "--package", "shop");

    assertThat(run.exitCode()).isEqualTo(0);
    String source = run.out();
    // Spark orders JSON fields by name. A struct seen null is @Nullable; its fields are judged
    // only where it is present: Bob has a customer without an address, one order has none.
    assertThat(source)
        .contains(
            """
            @Schema
            public record Order(
                @Nullable Customer customer,
                @Range(min = 1, max = 3) long id,
                List<Item> items,
                List<@Nullable String> notes,
                List<String> tags) {

              @Schema
              public record Customer(
                  @Nullable Address address,
                  @NotBlank @Length(max = 3) String name) {}

              @Schema
              public record Address(
                  @NotBlank @Length(max = 5) String city) {}

              @Schema
              public record Item(
                  @Nullable Long qty,
                  @Nullable String sku) {}
            }
            """);
    RecordCompiler.compileCleanly("shop.Order", source);
  }

  @Test
  void readsAJsonArrayLikeJsonLines() {
    Path lines = Samples.write(dir, "orders.json", ORDERS);
    Path array = Samples.write(dir, "array.json", "[", String.join(",\n", ORDERS), "]");

    CliRun fromLines = CliRun.of("infer", lines.toString(), "--name", "Order");
    CliRun fromArray = CliRun.of("infer", array.toString(), "--name", "Order");

    assertThat(fromArray.exitCode()).isEqualTo(0);
    assertThat(fromArray.out())
        .isEqualTo(fromLines.out().replace("rows of orders.json", "rows of array.json"));
  }
}
