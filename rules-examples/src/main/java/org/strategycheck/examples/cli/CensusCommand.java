package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.audit.AuditException;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.report.CensusReport;
import org.strategycheck.census.CensusFigures;
import org.strategycheck.census.CensusLink;
import org.strategycheck.census.CensusRecordsCsv;
import org.strategycheck.census.DateIssue;
import org.strategycheck.census.DiscussionRecords;
import org.strategycheck.census.EnquiryLink;
import org.strategycheck.census.InvalidCensusException;
import org.strategycheck.census.Reconciliation;
import org.strategycheck.census.RecordLink;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck census CENSUS.xml [--records AUDIT_DIR] --out DIR}: a Children in Need
 * census's conference timeliness and date checks, and, with an audit, the census laid against
 * its records. Options and console only: the work is the library's ({@link CensusLink},
 * {@link DiscussionRecords}, {@link CensusReport}).
 */
@Command(name = "census",
        header = "Times a Children in Need census's initial conferences and lays its section 47 enquiries against "
                + "the strategy discussion records.",
        description = {
            "CENSUS.xml is the DfE's Children in Need census (collection years 2017 to 2026). Each Section47's "
                + "conference is timed as the DfE counts it: working days from S47ActualStartDate (day 0) to "
                + "DateOfInitialCPC, weekends and England and Wales bank holidays excepted; within 15 or not, the "
                + "DfE bands, quartiles, by month. The census's own dates are checked: the target date against the "
                + "15th working day, conferences before the start or on a weekend, ICPCnotRequired with a date.",
            "With --records, each census enquiry is linked to the final record of an audit (audit --out) whose "
                + "child has the same laChildId and whose section 47 decision is INITIATE, held on the start date "
                + "(else the nearest within 5 working days). Results lines do not carry laChildId, so those records "
                + "are read again from the inputs the audit named, resolved against --inputs-from; a record that "
                + "cannot be read again is listed, never dropped.",
            "Writes DIR/" + CensusReport.HTML_FILE + ", DIR/" + CensusReport.CSV_FILE + " and, with --records, DIR/"
                + CensusRecordsCsv.FILE + ". Identifiers and dates of birth are never written: census children are "
                + "named by position, records by id."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the census was read (and, with --records, every record could be used)",
            "1:the census was refused (the error names the element path and line), or some records could not be "
                + "used (each is listed)",
            "2:bad usage, e.g. a census file that does not exist or a folder that holds no results.jsonl",
            "3:the run could not complete: an audit is still writing AUDIT_DIR, a results line is damaged, or the "
                + "output could not be written"})
public final class CensusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CENSUS.xml", description = "The census file (XML).")
    private Path census;

    @Option(names = "--records", paramLabel = "AUDIT_DIR",
            description = "An audit's folder (audit --out) whose records the census is laid against.")
    private Path records;

    @Option(names = "--inputs-from", paramLabel = "DIR", defaultValue = ".",
            description = "The folder the audit was run from: its relative input names are resolved against it "
                    + "(default: the current folder).")
    private Path inputsFrom;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Write " + CensusReport.HTML_FILE + ", " + CensusReport.CSV_FILE + " and "
                    + CensusRecordsCsv.FILE + " to DIR, creating it if needed.")
    private Path outDir;

    /** Picocli creates the command. */
    public CensusCommand() {
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(census)) {
            throw new ParameterException(spec.commandLine(), "CENSUS.xml must be a file, and " + census
                    + (Files.isDirectory(census) ? " is a folder" : " does not exist"));
        }
        if (records != null) {
            AuditFolders.require(spec.commandLine(), records, "--records");
            if (!Files.isDirectory(inputsFrom)) {
                throw new ParameterException(spec.commandLine(), "--inputs-from must be a folder, and " + inputsFrom
                        + " is not");
            }
        }
        AuditFolders.requireOut(spec.commandLine(), outDir);
        DiscussionRecords linked = null;
        if (records != null) {
            try {
                linked = DiscussionRecords.fromAudit(records, inputsFrom);
            } catch (IOException e) {
                throw new RunFailure("cannot read " + records + ": " + AuditFolders.reason(e), e);
            } catch (AuditException e) {
                throw new RunFailure(Report.safe(e.getMessage()), e);
            }
        }
        CensusLink.Result result;
        try (InputStream in = Files.newInputStream(census)) {
            result = CensusReport.write(in, linked, WorkingDayCalendar.englandAndWales(), Clock.systemUTC(), outDir);
        } catch (InvalidCensusException e) {
            // The message names the element path and line, never a value from the file.
            PrintWriter err = spec.commandLine().getErr();
            err.println("census: " + census + ": " + e.getMessage());
            err.flush();
            return StrategyCheckCli.RECORDS_REJECTED;
        } catch (NoSuchFileException e) {
            throw new RunFailure("cannot read " + census + ": " + AuditFolders.reason(e), e);
        } catch (IOException e) {
            throw new RunFailure("cannot write " + outDir + ": " + AuditFolders.reason(e), e);
        }
        print(result, spec.commandLine().getOut());
        Reconciliation link = result.reconciliation();
        return link != null && link.recordOutcomes().get(RecordLink.Outcome.UNREADABLE) > 0
                ? StrategyCheckCli.RECORDS_REJECTED : StrategyCheckCli.OK;
    }

    private void print(CensusLink.Result result, PrintWriter out) {
        CensusFigures figures = result.figures();
        Proportion within = figures.timeliness().within15();
        out.println("Read " + figures.children() + " children with " + figures.enquiries() + " section 47 enquiries.");
        out.println("Conference within 15 working days: " + AuditFolders.share(within) + " of the conferences timed.");
        int targets = figures.issues().get(DateIssue.TARGET_IGNORES_BANK_HOLIDAY)
                + figures.issues().get(DateIssue.TARGET_NOT_15_WORKING_DAYS);
        out.println("Target dates that are not the 15th working day: " + targets + " of " + figures.targetsRecorded()
                + " recorded (" + figures.issues().get(DateIssue.TARGET_IGNORES_BANK_HOLIDAY)
                + " ignore a bank holiday).");
        Reconciliation link = result.reconciliation();
        if (link != null) {
            out.println("Census enquiries: " + link.enquiries() + " (linked on the day "
                    + link.enquiryOutcomes().get(EnquiryLink.Outcome.LINKED) + ", dates disagree "
                    + link.enquiryOutcomes().get(EnquiryLink.Outcome.DATES_DISAGREE) + ", no discussion record "
                    + link.enquiryOutcomes().get(EnquiryLink.Outcome.NO_RECORD) + ").");
            StringBuilder line = new StringBuilder("Audit records: " + link.records() + " (");
            String separator = "";
            for (RecordLink.Outcome outcome : RecordLink.Outcome.values()) {
                line.append(separator).append(outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append(' ').append(link.recordOutcomes().get(outcome));
                separator = ", ";
            }
            out.println(line.append(")."));
        }
        out.println("Wrote " + outDir.resolve(CensusReport.HTML_FILE) + " and " + outDir.resolve(CensusReport.CSV_FILE)
                + (link == null ? "" : " and " + outDir.resolve(CensusRecordsCsv.FILE)));
        out.flush();
    }
}
