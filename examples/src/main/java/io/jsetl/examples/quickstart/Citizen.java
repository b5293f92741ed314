package io.jsetl.examples.quickstart;

import io.jsetl.dsl.Length;
import io.jsetl.dsl.NotBlank;
import io.jsetl.dsl.Pattern;
import io.jsetl.dsl.Range;
import io.jsetl.dsl.Schema;
import org.jspecify.annotations.Nullable;

/** One row of {@code data/citizens.csv}. The processor generates {@code Citizen_} from it. */
@Schema
public record Citizen(
    @NotBlank @Length(max = 64) String name,
    @Range(min = 0, max = 150) int age,
    String city,
    @Pattern("^[^@]+@[^@]+\\.[^@]+$") @Nullable String email) {}
