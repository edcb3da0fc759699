package org.strategycheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.BatchAudit;
import org.strategycheck.audit.RecordSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code strategycheck check FILE...}: a readable report per record, for a person to read. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        header = "Prints a readable report for each record.",
        description = {
            "For each record: its grade, then its findings by severity (CRITICAL, MAJOR, MINOR, "
                + "ADVISORY), each with the rule id, the message and where in the record (JSON pointers).",
            "A record that cannot be read is reported with where and why."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was read and graded",
            "1:some records could not be read",
            "2:bad usage, e.g. a path that does not exist",
            "3:the run could not complete (an internal error)"})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    private CheckerOptions options = new CheckerOptions();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private StrategyCheckCli parent;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = {"A .json file: one record.", "A .jsonl file: one record per line.",
                "A folder: its .json and .jsonl files and its sub-folders', each folder's entries by name.",
                "-: JSON Lines from standard input."})
    private List<Path> paths;

    /** Picocli creates the command. */
    public CheckCommand() {
    }

    @Override
    public Integer call() {
        RecordSource source = InputPaths.source(spec.commandLine(), paths, parent.stdin());
        PrintWriter out = spec.commandLine().getOut();
        long[] shown = {0};
        // One thread: a person reads these one by one, and the order is the order given.
        AuditFigures figures = BatchAudit.of(options.checker()).withThreads(1).run(source, record -> {
            if (shown[0]++ > 0) {
                out.println();
            }
            Report.full(out, record);
        });
        Totals totals = Totals.of(figures);
        // A total only helps when there is more than one record to add up.
        if (totals.records() != 1) {
            if (totals.records() > 1) {
                out.println();
            }
            out.println(totals.line());
        }
        out.flush();
        return totals.exitCode();
    }
}
