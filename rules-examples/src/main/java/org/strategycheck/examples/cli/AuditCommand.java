package org.strategycheck.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import org.strategycheck.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck audit PATH... [--out DIR]}: one {@code results.jsonl} line per record,
 * in input order, and with {@code --out} the audit report ({@code report.html}) and its
 * numbers for a spreadsheet ({@code summary.csv}).
 *
 * <p>Records stream through: they are read one at a time, checked on {@code --threads}
 * worker threads within a bounded window, written in input order, and counted for the
 * report as they pass. Nothing grows with the number of records, so a million records run in
 * a small heap.
 */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        header = "Checks a batch of records: one results line per record, and the audit report.",
        description = {
            "Each record gives one JSON line, in input order: its grade and findings, or the error that kept it "
                + "from being read. A bad record never stops the run.",
            "With --out DIR: DIR/" + AuditCommand.RESULTS_FILE + ", DIR/" + AuditCommand.REPORT_FILE
                + " (the audit report, one self-contained page) and DIR/" + AuditCommand.SUMMARY_FILE
                + " (per period and rule); the closing totals go to stdout. Without it the lines go to stdout "
                + "and the totals to stderr.",
            "Progress goes to stderr: a bar on a terminal, a line every 10 s otherwise."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was read and graded",
            "1:some records could not be read (each has an error line)",
            "2:bad usage, e.g. a path that does not exist",
            "3:the results could not be written"})
public final class AuditCommand implements Callable<Integer> {

    /** The name of the results file written in the {@code --out} folder. */
    public static final String RESULTS_FILE = "results.jsonl";
    /** The name of the audit report written in the {@code --out} folder. */
    public static final String REPORT_FILE = "report.html";
    /** The name of the per-period figures written in the {@code --out} folder. */
    public static final String SUMMARY_FILE = "summary.csv";

    /** Tasks checked or waiting per worker thread: enough to keep every worker busy. */
    private static final int WINDOW_PER_THREAD = 32;
    /** Input bytes held by the window at most, whatever the size of the records. */
    private static final long WINDOW_BYTES = 32L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    private CheckerOptions options = new CheckerOptions();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = {"A .json file: one record.", "A .jsonl file: one record per line; blank lines are skipped.",
                "A folder: its .json and .jsonl files, by name."})
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write " + RESULTS_FILE + ", " + REPORT_FILE + " and " + SUMMARY_FILE
                    + " to DIR, creating it if needed.")
    private Path outDir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check records on N threads; default: one per processor. Output order is input order "
                    + "whatever N.")
    private Integer threads;

    @Option(names = "--resume",
            description = "Carry on an interrupted run: keep the lines already in DIR/" + RESULTS_FILE
                    + ", check only the records after them, and append. Needs --out and the same inputs.")
    private boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress display; the closing totals are still printed.")
    private boolean quiet;

    /** Picocli creates the command. */
    public AuditCommand() {
    }

    @Override
    public Integer call() {
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw usage("--out must name a folder, and " + outDir + " is a file");
        }
        if (resume && outDir == null) {
            throw usage("--resume needs --out: it carries on the " + RESULTS_FILE + " of that folder");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw usage("--threads must be between 1 and 256, not " + workers);
        }
        RecordInputs.requireExisting(spec.commandLine(), paths);
        Path target = outDir == null ? null : outDir.resolve(RESULTS_FILE);
        StrategyCheck checker = options.checker();
        PrintWriter console = outDir == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        long totalBytes = quiet ? 0 : RecordInputs.totalBytes(paths, target);
        AuditFigures figures = new AuditFigures(checker.rules());
        if (target == null) {
            // stdout carries only JSON Lines, so it can be piped straight into another tool.
            PrintWriter json = spec.commandLine().getOut();
            run(checker, workers, json, ResumePoint.none(), figures, target, totalBytes);
            json.flush();
        } else {
            audit(checker, workers, target, figures, totalBytes, console);
        }
        Tally tally = Tally.of(figures);
        console.println(tally.line());
        console.flush();
        return tally.exitCode();
    }

    private void audit(StrategyCheck checker, int workers, Path target, AuditFigures figures, long totalBytes,
            PrintWriter console) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            // A report left from an earlier run must never sit beside results it does not describe.
            Files.deleteIfExists(outDir.resolve(REPORT_FILE));
            Files.deleteIfExists(outDir.resolve(SUMMARY_FILE));
        } catch (IOException e) {
            throw new RunFailure("cannot write " + target + ": " + reason(e), e);
        }
        ResumePoint from;
        try {
            from = resume ? ResumePoint.open(target) : ResumePoint.none();
        } catch (IOException e) {
            throw new RunFailure("cannot resume from " + target + ": " + reason(e), e);
        }
        console.println((resume && from.lines() > 0 ? "Resuming " + target + " after " + from.lines() + " records"
                : "Writing " + target));
        console.flush();
        // Straight into the results file, not a temporary one: an interrupted run leaves the
        // lines it finished, for --resume to keep.
        StandardOpenOption mode = resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (ResumePoint previous = from;
                Writer json = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target,
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode), StandardCharsets.UTF_8), 1 << 16)) {
            run(checker, workers, json, previous, figures, target, totalBytes);
        } catch (IOException | UncheckedIOException | OrderedPool.SinkFailure e) {
            throw new RunFailure("cannot write " + target + ": " + reason(e), e);
        }
        Periods periods = Periods.of(figures);
        LocalDate today = LocalDate.now(Clock.system(Outcome.LONDON));
        writeAtomically(outDir.resolve(SUMMARY_FILE), out -> SummaryCsv.write(figures, periods, out));
        writeAtomically(outDir.resolve(REPORT_FILE),
                out -> AuditReport.write(figures, periods, checker.ruleSetVersion(), today, out));
        console.println("Wrote " + outDir.resolve(REPORT_FILE) + " and " + outDir.resolve(SUMMARY_FILE));
        printCoreChecks(figures, console);
    }

    /** The lines a QA lead reads first, as the report words them, so the console is a report too. */
    private static void printCoreChecks(AuditFigures figures, PrintWriter console) {
        AuditFigures.Counts all = figures.all();
        console.println();
        console.println("The seven checks audits publish:");
        for (int i = 0; i < AuditFigures.CORE_CHECKS.size(); i++) {
            int rule = figures.ruleIndex(AuditFigures.CORE_CHECKS.get(i));
            if (rule < 0) {
                continue;
            }
            RuleDescription description = figures.rules().get(rule);
            console.println("  " + String.format(java.util.Locale.ROOT, "%-20s", description.id())
                    + ReportWording.sentence(description, all.ruleMet[rule], all.ruleApplicable[rule]));
        }
        console.println();
    }

    /**
     * Reads every input in order, checks the new ones on the workers and reads back the ones an
     * earlier run answered, and writes and counts them all in input order.
     */
    private void run(StrategyCheck checker, int workers, Writer json, ResumePoint previous, AuditFigures figures,
            Path target, long totalBytes) {
        long[] done = new long[2];
        try (Progress progress = Progress.forConsole(quiet, spec.commandLine().getErr(), totalBytes);
                OrderedPool<Done> pool = new OrderedPool<>(workers, Math.max(64, workers * WINDOW_PER_THREAD),
                        WINDOW_BYTES, result -> {
                            if (result.line() != null) {
                                // "\n" whatever the platform: JSON Lines is defined with it.
                                json.write(result.line());
                                json.write('\n');
                            }
                            figures.add(result.digest());
                            done[0]++;
                            done[1] += result.length();
                            progress.update(done[0], done[1]);
                        })) {
            RecordInputs.forEach(paths, target, entry -> RecordInputs.read(entry, input -> {
                LineReader.Line earlier = nextEarlier(previous, target);
                if (earlier == null) {
                    pool.submit(() -> check(checker, input), input.length());
                } else {
                    pool.submit(() -> recover(earlier, input, target), input.length());
                }
            }));
            pool.finish();
        }
        if (previous.hasMore()) {
            throw new RunFailure(target + " has more lines than the inputs have records: "
                    + "the inputs are not those of the run it came from; run without --resume", null);
        }
    }

    /**
     * What a worker gives back for one input.
     *
     * @param line   the results line to write, or {@code null} when an earlier run wrote it
     * @param digest what the report counts
     * @param length the input bytes, for progress
     */
    private record Done(String line, Digest digest, long length) {
    }

    private static Done check(StrategyCheck checker, RecordInputs.Input input) {
        Outcome outcome = Outcome.of(checker, input);
        return new Done(outcome.jsonLine(), Digest.of(outcome), input.length());
    }

    /**
     * Counts a line an earlier run wrote, after making sure it answers this input: same source,
     * and a record that still reads. The record is read again only for its date and groups;
     * its rules are not run again.
     */
    private static Done recover(LineReader.Line earlier, RecordInputs.Input input, Path target) {
        String where = target + " line " + earlier.number();
        JsonNode line;
        try {
            line = earlier.tooLong() ? null : JSON.readTree(earlier.bytes());
        } catch (IOException e) {
            line = null;
        }
        if (line == null || !line.isObject() || !line.path("source").isTextual()) {
            throw new RunFailure(where + " is not a results line; run without --resume", null);
        }
        if (!line.get("source").asText().equals(input.source())) {
            throw new RunFailure(where + " is for " + Report.safe(line.get("source").asText()) + ", but the input "
                    + "there is " + Report.safe(input.source()) + ": the inputs are not those of the run it came from; "
                    + "run without --resume", null);
        }
        Outcome.Context context = null;
        if (!line.has("error")) {
            try {
                context = Outcome.Context.of(RecordJson.read(input.json()));
            } catch (InvalidRecordException | NullPointerException changed) {
                throw new RunFailure(where + " has a grade, but " + Report.safe(input.source())
                        + " can no longer be read: the input has changed; run without --resume", null);
            }
        }
        try {
            return new Done(null, Digest.of(line, context), input.length());
        } catch (RuntimeException damaged) {
            throw new RunFailure(where + " is not a results line; run without --resume", null);
        }
    }

    private static LineReader.Line nextEarlier(ResumePoint previous, Path target) {
        try {
            return previous.next();
        } catch (IOException e) {
            throw new RunFailure("cannot read " + target + ": " + reason(e), e);
        }
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    /** Whole or not at all: a reader never opens half a report. */
    private static void writeAtomically(Path file, Content content) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new RunFailure("cannot write " + file + ": " + reason(e), e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while ((cause instanceof UncheckedIOException || cause instanceof OrderedPool.SinkFailure)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof FileSystemException io) {
            return RecordInputs.reason(io);
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The run has already failed for a better reason; a leftover .part file says so too.
        }
    }
}
