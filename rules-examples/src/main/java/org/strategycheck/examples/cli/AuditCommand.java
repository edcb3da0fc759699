package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategycheck.StrategyCheck;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck audit PATH... [--out DIR]}: one {@code results.jsonl} line per record,
 * for a machine or a spreadsheet, and a one-line-per-record summary for a person.
 */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        header = "Checks a batch of records and writes one results line per record.",
        description = {
            "Each record gives one JSON line: its grade and findings, or the error that kept it from "
                + "being read. A bad record never stops the run.",
            "With --out the lines go to DIR/" + AuditCommand.RESULTS_FILE + " and a summary to stdout; "
                + "without it the lines go to stdout and the summary to stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was read and graded",
            "1:some records could not be read (each has an error line)",
            "2:bad usage, e.g. a path that does not exist",
            "3:the results could not be written"})
public final class AuditCommand implements Callable<Integer> {

    @Mixin
    private CheckerOptions options = new CheckerOptions();

    /** The name of the file written in the {@code --out} folder. */
    public static final String RESULTS_FILE = "results.jsonl";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = {"A .json file: one record.", "A .jsonl file: one record per line; blank lines are skipped.",
                "A folder: its .json and .jsonl files, by name."})
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the lines to DIR/" + RESULTS_FILE + ", creating DIR if needed.")
    private Path outDir;

    /** Picocli creates the command. */
    public AuditCommand() {
    }

    @Override
    public Integer call() {
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new ParameterException(spec.commandLine(), "--out must name a folder, and " + outDir + " is a file");
        }
        Path target = outDir == null ? null : outDir.resolve(RESULTS_FILE);
        List<RecordInputs.Entry> entries = RecordInputs.expand(spec.commandLine(), paths, target);
        StrategyCheck checker = options.checker();
        if (target == null) {
            // stdout carries only JSON Lines, so it can be piped straight into another tool.
            PrintWriter json = spec.commandLine().getOut();
            int exitCode = run(checker, entries, json, spec.commandLine().getErr());
            json.flush();
            return exitCode;
        }
        Path partial = prepare(target);
        int exitCode;
        try (Writer json = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            PrintWriter summary = spec.commandLine().getOut();
            summary.println("Writing " + target);
            exitCode = run(checker, entries, json, summary);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new RunFailure("cannot write " + target + ": " + reason(e), e);
        }
        publish(partial, target);
        return exitCode;
    }

    private static int run(StrategyCheck checker, List<RecordInputs.Entry> entries, Writer json, PrintWriter summary) {
        Tally tally = new Tally();
        int sourceWidth = Report.sourceWidth(entries);
        for (RecordInputs.Entry entry : entries) {
            RecordInputs.read(entry, input -> {
                Outcome outcome = Outcome.of(checker, input);
                tally.add(outcome);
                try {
                    // "\n" whatever the platform: JSON Lines is defined with it.
                    json.write(outcome.jsonLine());
                    json.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                summary.println(Report.summary(outcome, sourceWidth));
            });
        }
        summary.println(tally.line());
        summary.flush();
        return tally.exitCode();
    }

    /**
     * Creates the folder and returns a working file beside the target: an interrupted run
     * leaves the previous results whole rather than a truncated file that looks complete.
     */
    private static Path prepare(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new RunFailure("cannot write " + target + ": " + reason(e), e);
        }
        return target.resolveSibling(RESULTS_FILE + ".part");
    }

    private static void publish(Path partial, Path target) {
        try {
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new RunFailure("cannot write " + target + ": " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        if (io instanceof FileSystemException) {
            return RecordInputs.reason(io);
        }
        return io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The run has already failed for a better reason; a leftover .part file says so too.
        }
    }
}
