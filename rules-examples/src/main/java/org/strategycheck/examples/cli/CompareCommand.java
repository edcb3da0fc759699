package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.AuditException;
import org.strategycheck.audit.RoundComparison;
import org.strategycheck.audit.RoundComparison.Change;
import org.strategycheck.audit.report.CompareReport;
import org.strategycheck.audit.report.ReportWording;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck compare BEFORE AFTER --out DIR}: two rounds of an audit compared. Options
 * and console only: the comparison is the library's ({@link RoundComparison},
 * {@link CompareReport}).
 */
@Command(name = "compare",
        header = "Compares two audits: last year's and this year's, or before and after a fix.",
        description = {
            "BEFORE and AFTER are folders that audit --out wrote. Only final records are compared. For every rule, "
                + "over all records and per partnership and team: the share met in each round, the change in "
                + "percentage points with its 95% interval (Newcombe's hybrid score method), and a verdict: improved "
                + "or worse only when the interval excludes no change, else no clear change; too few when either side "
                + "has fewer than 5 records.",
            "Records final in both rounds (the same record id) have their findings matched by rule and JSON pointer: "
                + "fixed, new, unchanged.",
            "Writes DIR/" + CompareReport.HTML_FILE + ", DIR/" + CompareReport.CSV_FILE + " and DIR/"
                + CompareReport.RECORDS_FILE + "; the published checks go to stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:compared",
            "2:bad usage, e.g. a folder that holds no results.jsonl",
            "3:the comparison could not complete: an audit is still writing a folder, a results line is damaged, "
                + "or the output could not be written"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier audit's folder (audit --out).")
    private Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later audit's folder (audit --out).")
    private Path after;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Write " + CompareReport.HTML_FILE + ", " + CompareReport.CSV_FILE + " and "
                    + CompareReport.RECORDS_FILE + " to DIR, creating it if needed.")
    private Path outDir;

    /** Picocli creates the command. */
    public CompareCommand() {
    }

    @Override
    public Integer call() {
        AuditFolders.require(spec.commandLine(), before, "BEFORE");
        AuditFolders.require(spec.commandLine(), after, "AFTER");
        AuditFolders.requireOut(spec.commandLine(), outDir);
        List<RuleDescription> rules = StrategyCheckCli.checker().rules();
        RoundComparison comparison;
        try {
            comparison = RoundComparison.of(rules, before, after);
        } catch (IOException e) {
            throw new RunFailure("cannot read the audits: " + AuditFolders.reason(e), e);
        } catch (AuditException e) {
            throw new RunFailure(Report.safe(e.getMessage()), e);
        }
        try {
            CompareReport.write(comparison, ReportWording.of(StrategyCheckCli.MESSAGES), Clock.systemUTC(), outDir);
        } catch (IOException e) {
            throw new RunFailure("cannot write " + outDir + ": " + AuditFolders.reason(e), e);
        }
        print(comparison, rules, spec.commandLine().getOut());
        return StrategyCheckCli.OK;
    }

    private void print(RoundComparison comparison, List<RuleDescription> rules, PrintWriter out) {
        RoundComparison.Round was = comparison.before();
        RoundComparison.Round is = comparison.after();
        out.println("Compared " + was.figures().graded() + " final records before with " + is.figures().graded()
                + " after (drafts left out: " + was.drafts() + " before, " + is.drafts() + " after; could not be read: "
                + was.figures().rejected() + " before, " + is.figures().rejected() + " after).");
        out.println();
        out.println("The checks audits publish, all records (before -> after, change in points with its 95% interval):");
        for (RuleDescription rule : rules) {
            if (!rule.core()) {
                continue;
            }
            RoundComparison.Row row = comparison.row(rule.id(), RoundComparison.Group.ALL);
            StringBuilder line = new StringBuilder(AuditFolders.column(rule.id()))
                    .append(AuditFolders.share(row.before())).append(" -> ").append(AuditFolders.share(row.after()));
            if (row.change() instanceof Change.Difference d) {
                line.append(": ").append(AuditFolders.points(d.points())).append(" (").append(AuditFolders.points(d.low()))
                        .append(" to ").append(AuditFolders.points(d.high())).append(')');
            }
            out.println(line.append(", ").append(row.change().verdict().words()));
        }
        RoundComparison.Baseline baseline = comparison.baseline();
        out.println();
        out.println("Records final in both rounds: " + baseline.records().size() + " (findings " + baseline.fixed()
                + " fixed, " + baseline.newFindings() + " new, " + baseline.unchanged() + " unchanged)"
                + (baseline.repeated() > 0 ? "; " + baseline.repeated() + " ids in a round more than once, left out" : ""));
        out.println("Wrote " + outDir.resolve(CompareReport.HTML_FILE) + ", " + outDir.resolve(CompareReport.CSV_FILE)
                + " and " + outDir.resolve(CompareReport.RECORDS_FILE));
        out.flush();
    }
}
