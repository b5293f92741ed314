package io.jsetl.cli.schema;

import io.jsetl.cli.CliError;
import io.jsetl.cli.ExitCodes;
import io.jsetl.processor.snapshot.SchemaDiff;
import io.jsetl.processor.snapshot.SchemaSnapshot;
import io.jsetl.processor.snapshot.SnapshotFormatException;
import io.jsetl.processor.snapshot.SnapshotJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jsetl schema diff OLD NEW}: prints what changed between two snapshots of a schema and
 * exits 1 when a change breaks data or readers of the older one, so that CI can gate on it.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Prints the differences between two schema snapshots.",
    description =
        "One line per change: - removed, + added, ~ changed; the breaking ones are marked.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:nothing breaking",
      "1:a change breaks data or readers of OLD",
      "2:bad options, or a file cannot be read"
    })
public final class SchemaDiffCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older snapshot (JSON).")
  private Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer snapshot (JSON).")
  private Path newer;

  @Override
  public Integer call() {
    SchemaDiff diff = SchemaDiff.between(read(older), read(newer));
    PrintWriter out = spec.commandLine().getOut();
    out.print(diff.render());
    int breaking = diff.breakingChanges().size();
    if (breaking > 0) {
      out.println(
          breaking
              + (breaking == 1 ? " breaking change" : " breaking changes")
              + ": data written under "
              + older
              + " does not fit "
              + newer
              + "; raise @Schema(version) or keep the old shape");
    }
    out.flush();
    return breaking > 0 ? ExitCodes.BREAKING : ExitCodes.OK;
  }

  private static SchemaSnapshot read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliError(file + (Files.exists(file) ? " is not a file" : " does not exist"));
    }
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CliError(file + " is not UTF-8 text; a schema snapshot is JSON", e);
    } catch (IOException e) {
      throw new CliError("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return SnapshotJson.read(json);
    } catch (SnapshotFormatException e) {
      throw new CliError(file + " is not a jsetl schema snapshot: " + e.getMessage(), e);
    }
  }
}
