package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.Agreement;
import org.strategycheck.audit.AuditException;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.SheetException;
import org.strategycheck.audit.report.AgreementReport;
import org.strategycheck.audit.report.ReportWording;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck agreement SAMPLE.csv AUDIT_DIR --out DIR}: how far the auditors of a dip
 * sample agree with the record grade. Options and console only: the reading and the figures are
 * the library's ({@link Agreement}, {@link AgreementReport}).
 */
@Command(name = "agreement",
        header = "Says how far the auditors of a dip sample agree with the record grade.",
        description = {
            "SAMPLE.csv is the sheet strategycheck sample wrote, filled in by the auditors; AUDIT_DIR the audit it was "
                + "drawn from. Only the sheet's columns recordId, position, auditorGrade and one per published check "
                + "are read; any other column (notes) is ignored and copied nowhere.",
            "Writes DIR/" + AgreementReport.HTML_FILE + ", DIR/" + AgreementReport.CSV_FILE + " and DIR/"
                + AgreementReport.RECORDS_FILE + ": the confusion matrix of the grades, agreement with its interval, "
                + "Cohen's kappa (linear weights for the grade) with its 95% interval, the same per check, and the "
                + "records where they disagree.",
            "A bad sheet (a column missing, an id the audit does not hold at the row's position, a record twice, a "
                + "grade not on the scale) is reported by row and column, never by the cell's content, and nothing is "
                + "written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:the sheet has problems, each named by row and column on stderr; nothing written",
            "2:bad usage, e.g. a sheet or folder that does not exist",
            "3:the run could not complete: an audit is still writing the folder, a results line is damaged, or the "
                + "output could not be written"})
public final class AgreementCommand implements Callable<Integer> {

    /** The sheet has problems; nothing was written. */
    static final int BAD_SHEET = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SAMPLE.csv", description = "The auditors' filled sheet.")
    private Path sheet;

    @Parameters(index = "1", paramLabel = "AUDIT_DIR", description = "The audit the sample was drawn from.")
    private Path auditDir;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Write " + AgreementReport.HTML_FILE + ", " + AgreementReport.CSV_FILE + " and "
                    + AgreementReport.RECORDS_FILE + " to DIR, creating it if needed.")
    private Path outDir;

    /** Picocli creates the command. */
    public AgreementCommand() {
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(sheet)) {
            throw new ParameterException(spec.commandLine(), "SAMPLE.csv must be a file, and " + sheet
                    + (Files.exists(sheet) ? " is a folder" : " does not exist"));
        }
        AuditFolders.require(spec.commandLine(), auditDir, "AUDIT_DIR");
        AuditFolders.requireOut(spec.commandLine(), outDir);
        List<RuleDescription> rules = StrategyCheckCli.checker().rules();
        Agreement agreement;
        try {
            agreement = Agreement.of(sheet, auditDir, rules);
        } catch (SheetException bad) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("strategycheck agreement: " + sheet + " has " + bad.problems().size()
                    + (bad.problems().size() == 1 ? " problem" : " problems") + "; nothing written:");
            // A problem names a row, a column and what is wrong: never a cell's content.
            bad.problems().forEach(problem -> err.println("  " + Report.safe(problem.toString())));
            err.flush();
            return BAD_SHEET;
        } catch (IOException e) {
            throw new RunFailure("cannot read " + sheet + " or " + auditDir + ": " + AuditFolders.reason(e), e);
        } catch (AuditException e) {
            throw new RunFailure(Report.safe(e.getMessage()), e);
        }
        try {
            AgreementReport.write(agreement, rules, ReportWording.of(StrategyCheckCli.MESSAGES), Clock.systemUTC(),
                    outDir);
        } catch (IOException e) {
            throw new RunFailure("cannot write " + outDir + ": " + AuditFolders.reason(e), e);
        }
        print(agreement, spec.commandLine().getOut());
        return StrategyCheckCli.OK;
    }

    private void print(Agreement agreement, PrintWriter out) {
        Agreement.Measure grade = agreement.grade();
        out.println(agreement.rows() + " records on the sheet, " + grade.judged() + " graded by the auditors.");
        out.println("Grade: the same in " + AuditFolders.share(grade.agreement()) + kappa(grade, "linear weights"));
        out.println("The checks audits publish (agreed, of the records both judged):");
        for (Agreement.Measure check : agreement.checks()) {
            out.println(AuditFolders.column(check.check()) + AuditFolders.share(check.agreement()) + kappa(check, null)
                    + (check.notApplicable() > 0 ? "; " + check.notApplicable() + " judged by the auditors where the "
                    + "rules found it did not apply" : ""));
        }
        long differ = agreement.judgements().stream().filter(j -> !j.agrees()).count();
        out.println(differ + (differ == 1 ? " judgement differs" : " judgements differ") + ": listed in "
                + outDir.resolve(AgreementReport.HTML_FILE));
        out.println("Wrote " + outDir.resolve(AgreementReport.HTML_FILE) + ", " + outDir.resolve(AgreementReport.CSV_FILE)
                + " and " + outDir.resolve(AgreementReport.RECORDS_FILE));
        out.flush();
    }

    private static String kappa(Agreement.Measure measure, String weights) {
        Proportion judged = measure.agreement();
        if (judged.of() < 5) {
            return "";
        }
        if (measure.kappa() instanceof Agreement.Kappa.Estimate k) {
            return "; kappa" + (weights == null ? "" : " (" + weights + ")") + " " + (k.standardError() > 0
                    ? String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", k.value(), k.low(), k.high())
                    : String.format(Locale.ROOT, "%.2f (no interval: standard error 0)", k.value()));
        }
        return "; kappa undefined (every record in one category on both sides)";
    }
}
