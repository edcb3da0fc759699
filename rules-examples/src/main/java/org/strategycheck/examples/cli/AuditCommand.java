package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import org.strategycheck.audit.AuditException;
import org.strategycheck.audit.AuditFigures;
import org.strategycheck.audit.AuditFolder;
import org.strategycheck.audit.AuditScope;
import org.strategycheck.audit.BatchAudit;
import org.strategycheck.audit.RecordSource;
import org.strategycheck.audit.report.AuditReport;
import org.strategycheck.audit.report.RecordsCsv;
import org.strategycheck.audit.report.ReportWording;
import org.strategycheck.audit.report.SummaryCsv;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck audit PATH... [--out DIR]}: one {@code results.jsonl} line per record,
 * in input order, and with {@code --out} the audit report ({@code report.html}) and its
 * numbers for a spreadsheet ({@code summary.csv}). Options, progress and console only: the
 * audit itself is the library's ({@link BatchAudit}, {@link AuditFolder}, the report writers).
 */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        header = "Checks a batch of records: one results line per record, and the audit report.",
        description = {
            "Each record gives one JSON line, in input order: its grade and findings, or the error that kept it "
                + "from being read. A bad record never stops the run.",
            "With --out DIR: DIR/" + AuditFolder.RESULTS_FILE + ", DIR/" + AuditFolder.REPORT_FILE
                + " (the audit report, one self-contained page that opens with a board summary), DIR/"
                + AuditFolder.SUMMARY_FILE + " (per period and rule) and DIR/" + AuditFolder.RECORDS_FILE
                + " (one row per record: the ids behind every figure); the closing totals go to stdout. Without "
                + "it the lines go to stdout and the totals to stderr.",
            "The report's figures count the final records held from --from to --to (the London date of heldAt); "
                + "drafts, and records held outside the period, are counted apart. Every record still gets its "
                + "results line.",
            "Progress goes to stderr: a bar on a terminal, a line every 10 s otherwise."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was read and graded",
            "1:some records could not be read (each has an error line)",
            "2:bad usage, e.g. a path that does not exist",
            "3:the run could not complete: --out is in use by another audit, --resume does not match the "
                + "earlier run, or the results could not be written"})
public final class AuditCommand implements Callable<Integer> {

    @Mixin
    private CheckerOptions options = new CheckerOptions();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private StrategyCheckCli parent;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = {"A .json file: one record.",
                "A .jsonl file: one record per line; blank lines are counted, not records.",
                "A folder: its .json and .jsonl files and its sub-folders', each folder's entries by name.",
                "-: JSON Lines from standard input."})
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write " + AuditFolder.RESULTS_FILE + ", " + AuditFolder.REPORT_FILE + " and "
                    + AuditFolder.SUMMARY_FILE + " to DIR, creating it if needed. One audit at a time per folder.")
    private Path outDir;

    @Option(names = "--from", paramLabel = "DATE", converter = IsoDate.class,
            description = "The report counts discussions held on or after DATE (YYYY-MM-DD, the London date of "
                    + "heldAt); others are counted apart.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = IsoDate.class,
            description = "The report counts discussions held on or before DATE (YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check records on N threads; default: one per processor. Output order is input order "
                    + "whatever N.")
    private Integer threads;

    @Option(names = "--resume",
            description = "Carry on an interrupted run: keep the lines already in DIR/" + AuditFolder.RESULTS_FILE
                    + ", check only the records after them, and append. Needs --out, the same inputs and the same "
                    + "settings (profile, version choice, bank holidays).")
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
            throw usage("--resume needs --out: it carries on the " + AuditFolder.RESULTS_FILE + " of that folder");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw usage("--threads must be between 1 and 256, not " + workers);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw usage("--from " + from + " is after --to " + to + ": the period would hold no discussion");
        }
        AuditScope scope = new AuditScope(from, to);
        RecordSource source = InputPaths.source(spec.commandLine(), paths, parent.stdin());
        StrategyCheck checker = options.checker();
        PrintWriter console = outDir == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        AuditFigures figures;
        try (Progress progress = Progress.forConsole(quiet, spec.commandLine().getErr(),
                quiet ? 0 : source.size().orElse(0))) {
            BatchAudit audit = BatchAudit.of(checker).withThreads(workers).withMessages(StrategyCheckCli.MESSAGES)
                    .withProgress(progress::update).withScope(scope);
            figures = outDir == null ? toStdout(audit, source) : toFolder(audit, source, console);
        }
        Totals totals = Totals.of(figures);
        console.println(totals.line());
        console.flush();
        return totals.exitCode();
    }

    /** Stdout carries only JSON Lines, so it can be piped straight into another tool. */
    private AuditFigures toStdout(BatchAudit audit, RecordSource source) {
        try {
            return audit.run(source, spec.commandLine().getOut());
        } catch (AuditException e) {
            throw new RunFailure(Report.safe(e.getMessage()), e);
        }
    }

    private AuditFigures toFolder(BatchAudit audit, RecordSource source, PrintWriter console) {
        Path results = outDir.resolve(AuditFolder.RESULTS_FILE);
        AuditFolder folder;
        try {
            folder = resume ? AuditFolder.resume(outDir, audit.checker()) : AuditFolder.create(outDir, audit.checker());
        } catch (IOException e) {
            throw new RunFailure("cannot write " + results + ": " + reason(e), e);
        } catch (AuditException e) {
            throw new RunFailure(Report.safe(e.getMessage()), e);
        }
        console.println(folder.resumed() > 0 ? "Resuming " + results + " after " + folder.resumed() + " records"
                : "Writing " + results);
        console.flush();
        AuditFigures figures;
        Path recordsFile = outDir.resolve(AuditFolder.RECORDS_FILE);
        try (AuditFolder open = folder;
                RecordsCsv records = RecordsCsv.open(audit.checker().rules(), audit.scope(), recordsFile)) {
            figures = audit.run(source, open, records::add);
            // Under the folder's lock, so no other audit can clear the folder meanwhile.
            write(recordsFile, records::finish);
            write(open.file(AuditFolder.SUMMARY_FILE), () -> SummaryCsv.write(figures, open.file(AuditFolder.SUMMARY_FILE)));
            write(open.file(AuditFolder.REPORT_FILE), () -> AuditReport.write(figures, ReportWording.of(
                    StrategyCheckCli.MESSAGES), Clock.systemUTC(), open.file(AuditFolder.REPORT_FILE)));
        } catch (IOException e) {
            throw new RunFailure("cannot write " + results + ": " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw new RunFailure("cannot write " + recordsFile + ": " + reason(e.getCause()), e);
        } catch (AuditException e) {
            throw new RunFailure(Report.safe(e.getMessage()), e);
        }
        console.println("Wrote " + outDir.resolve(AuditFolder.REPORT_FILE) + ", "
                + outDir.resolve(AuditFolder.SUMMARY_FILE) + " and " + recordsFile);
        printCoreChecks(figures, console);
        return figures;
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Path file, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new RunFailure("cannot write " + file + ": " + reason(e), e);
        }
    }

    /** The lines a QA lead reads first, as the report words them, so the console is a report too. */
    private static void printCoreChecks(AuditFigures figures, PrintWriter console) {
        ReportWording wording = ReportWording.of(StrategyCheckCli.MESSAGES);
        console.println();
        long finals = figures.total().graded();
        console.println("The checks audits publish, in " + finals + (finals == 1 ? " final record" : " final records")
                + apart(figures) + ":");
        for (RuleDescription rule : figures.coreRules()) {
            console.println("  " + String.format(Locale.ROOT, "%-20s", rule.id())
                    + wording.sentence(rule, figures.total().rule(rule.id())));
        }
        console.println();
    }

    /** A date as the record format writes it; a bad one is a usage error that names no Java class. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
            }
        }
    }

    /** What the report counts apart, e.g. " (2 drafts and 5 records outside the period counted apart)". */
    private static String apart(AuditFigures figures) {
        List<String> apart = new java.util.ArrayList<>();
        long drafts = figures.drafts().graded();
        if (drafts > 0) {
            apart.add(drafts + (drafts == 1 ? " draft" : " drafts"));
        }
        if (figures.outOfScope() > 0) {
            apart.add(figures.outOfScope() + (figures.outOfScope() == 1 ? " record" : " records") + " outside the period");
        }
        return apart.isEmpty() ? "" : " (" + String.join(" and ", apart) + " counted apart)";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException io && io.getReason() != null) {
            return io.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
