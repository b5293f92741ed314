package io.jsetl.cli.infer;

import java.util.List;
import java.util.SortedSet;

/**
 * Everything the Java file holds.
 *
 * @param packageName empty for the unnamed package
 * @param header lines of the comment on top (without {@code //})
 * @param leftOut columns of a Spark type that no jsetl column type holds, described
 * @param imports qualified names, sorted
 * @param top the record named on the command line
 * @param nested the records of struct columns, written inside {@code top}
 */
record SourceDraft(
    String packageName,
    List<String> header,
    List<String> leftOut,
    SortedSet<String> imports,
    RecordDraft top,
    List<RecordDraft> nested) {}
