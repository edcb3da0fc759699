package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.AuditException;
import org.strategycheck.audit.DipSample;
import org.strategycheck.audit.report.ReportWording;
import org.strategycheck.audit.report.SampleSheet;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck sample AUDIT_DIR --size N --seed S --out DIR}: a dip sample for auditors.
 * Options and console only: the draw is the library's ({@link DipSample}, {@link SampleSheet}).
 */
@Command(name = "sample",
        header = "Draws a dip sample of an audit's final records for auditors to judge, blind to the grade.",
        description = {
            "Writes DIR/" + SampleSheet.FILE + ": per record drawn its id, position, partnership, team and date, "
                + "and empty columns for the auditors: auditorGrade (Good, Requires improvement, Inadequate) and one "
                + "per published check (met / not met; blank: not judged). The audit's grade and findings are not in "
                + "the sheet. Fill it in, then run strategycheck agreement.",
            "The same audit, options and seed draw the same records on any machine. With --stratify the sample is "
                + "allocated across teams, partnerships or grades in proportion to their size, at least one record "
                + "from each where the size allows."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:drawn",
            "2:bad usage, e.g. --size below 1, --from after --to, or DIR/" + SampleSheet.FILE + " already there",
            "3:the sample could not be drawn: an audit is still writing the folder, a results line is damaged, or "
                + "the sheet could not be written"})
public final class SampleCommand implements Callable<Integer> {

    /** What a sample can be stratified by, as the option spells it. */
    enum By {
        team(DipSample.Strata.TEAM), partnership(DipSample.Strata.PARTNERSHIP), grade(DipSample.Strata.GRADE);

        final DipSample.Strata strata;

        By(DipSample.Strata strata) {
            this.strata = strata;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AUDIT_DIR", description = "The audit's folder (audit --out).")
    private Path auditDir;

    @Option(names = "--size", paramLabel = "N", required = true,
            description = "How many records to draw; every eligible record when there are fewer.")
    private int size;

    @Option(names = "--seed", paramLabel = "S", required = true,
            description = "The seed of the draw: keep it with the sheet, and the same seed draws the same records again.")
    private long seed;

    @Option(names = "--stratify", paramLabel = "BY",
            description = "Allocate the sample across strata in proportion: ${COMPLETION-CANDIDATES}.")
    private By stratify;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Draw only discussions held on or after DATE (YYYY-MM-DD, London).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Draw only discussions held on or before DATE (YYYY-MM-DD, London).")
    private LocalDate to;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Write " + SampleSheet.FILE + " to DIR, creating it if needed; never over an existing sheet.")
    private Path outDir;

    /** Picocli creates the command. */
    public SampleCommand() {
    }

    @Override
    public Integer call() {
        AuditFolders.require(spec.commandLine(), auditDir, "AUDIT_DIR");
        AuditFolders.requireOut(spec.commandLine(), outDir);
        if (size < 1) {
            throw usage("--size must be at least 1, not " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw usage("--from " + from + " is after --to " + to);
        }
        Path sheet = outDir.resolve(SampleSheet.FILE);
        if (Files.exists(sheet)) {
            throw usage(sheet + " is already there and may hold auditors' judgements; write to another --out");
        }
        DipSample.Design design = DipSample.Design.of(size, seed)
                .stratifiedBy(stratify == null ? DipSample.Strata.NONE : stratify.strata).heldBetween(from, to);
        List<RuleDescription> rules = StrategyCheckCli.checker().rules();
        DipSample sample;
        try {
            sample = DipSample.draw(auditDir, design);
            Files.createDirectories(outDir);
            SampleSheet.write(sample, rules, sheet);
        } catch (FileAlreadyExistsException e) {
            throw usage(sheet + " is already there and may hold auditors' judgements; write to another --out");
        } catch (IOException e) {
            throw new RunFailure("cannot draw the sample into " + sheet + ": " + AuditFolders.reason(e), e);
        } catch (AuditException e) {
            throw new RunFailure(Report.safe(e.getMessage()), e);
        }
        print(sample, rules, sheet, spec.commandLine().getOut());
        return StrategyCheckCli.OK;
    }

    private void print(DipSample sample, List<RuleDescription> rules, Path sheet, PrintWriter out) {
        String dates = from == null && to == null ? "" : " held " + (from == null ? "up to " + to
                : to == null ? "from " + from : from + " to " + to);
        out.println("Drew " + sample.records().size() + " of " + sample.eligible() + " final records" + dates
                + " (seed " + seed + "), from " + sample.read() + " records in the audit"
                + (stratify == null ? "." : ", by " + stratify.name() + ":"));
        if (stratify != null) {
            if (sample.strata().size() > size) {
                out.println("  (" + sample.strata().size() + " strata for " + size + " records: the sample is "
                        + "allocated in proportion, and the smallest strata may get none)");
            }
            for (DipSample.Stratum stratum : sample.strata()) {
                out.println(String.format(java.util.Locale.ROOT, "  %-30s %d of %d", Report.safe(stratum.name()),
                        stratum.drawn(), stratum.eligible()));
            }
        }
        out.println("Wrote " + sheet + ": one row per record, in position order; no grade and no finding (a blind "
                + "audit).");
        out.println("Auditors fill in auditorGrade (Good, Requires improvement or Inadequate) and, per check, met or "
                + "not met (blank: not judged):");
        ReportWording wording = ReportWording.of(StrategyCheckCli.MESSAGES);
        for (RuleDescription rule : rules) {
            if (rule.core()) {
                out.println(AuditFolders.column(rule.id()) + wording.met(rule));
            }
        }
        out.println("Then: strategycheck agreement " + sheet + " " + auditDir + " --out DIR");
        out.flush();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
