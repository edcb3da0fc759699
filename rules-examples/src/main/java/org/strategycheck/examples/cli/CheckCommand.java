package org.strategycheck.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategycheck.StrategyCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
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
            "2:bad usage, e.g. a path that does not exist"})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    private CheckerOptions options = new CheckerOptions();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = {"A .json file: one record.", "A .jsonl file: one record per line.",
                "A folder: its .json and .jsonl files, by name."})
    private List<Path> paths;

    /** Picocli creates the command. */
    public CheckCommand() {
    }

    @Override
    public Integer call() {
        List<RecordInputs.Entry> entries = RecordInputs.expand(spec.commandLine(), paths, null);
        StrategyCheck checker = options.checker();
        PrintWriter out = spec.commandLine().getOut();
        Tally tally = new Tally();
        for (RecordInputs.Entry entry : entries) {
            RecordInputs.read(entry, input -> {
                Outcome outcome = Outcome.of(checker, input);
                tally.add(outcome);
                if (tally.records() > 1) {
                    out.println();
                }
                Report.full(out, outcome);
            });
        }
        // A total only helps when there is more than one record to add up.
        if (tally.records() != 1) {
            if (tally.records() > 1) {
                out.println();
            }
            out.println(tally.line());
        }
        out.flush();
        return tally.exitCode();
    }
}
