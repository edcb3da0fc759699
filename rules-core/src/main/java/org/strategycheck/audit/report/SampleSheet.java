package org.strategycheck.audit.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.Agreement;
import org.strategycheck.audit.DipSample;

/**
 * {@value #FILE}: the auditors' sheet of a {@link DipSample}, one row per record drawn, in
 * position order (RFC 4180, for a spreadsheet):
 *
 * <pre>
 * recordId,position,partnership,team,date,auditorGrade,ATT-HEALTH-INVITED,ATT-SCHOOL-NURSE,…
 * SD-2023-0412,17,example,Assessment team 2,2023-10-03,,,,…
 * </pre>
 *
 * <p>The record's id, its position in the audit's results, its partnership, team and date of
 * discussion (London), then empty columns for the auditors: {@code auditorGrade} (Good, Requires
 * improvement or Inadequate) and one per published check, headed by its rule id ({@code met} or
 * {@code not met}; blank when not judged). The audit's own grade and findings are not in the
 * sheet: the audit is blind. {@link Agreement} reads the filled sheet back; auditors may add
 * columns of their own (notes), which it ignores.
 */
public final class SampleSheet {

    /** The sheet. */
    public static final String FILE = "sample.csv";

    private SampleSheet() {
    }

    /**
     * The sheet's header row.
     *
     * @param rules the rules, in catalogue order: a column per rule marked core
     * @return the column headings
     */
    public static List<String> header(List<RuleDescription> rules) {
        List<String> header = new ArrayList<>(List.of(Agreement.RECORD_ID, Agreement.POSITION, "partnership", "team",
                "date", Agreement.AUDITOR_GRADE));
        rules.stream().filter(RuleDescription::core).forEach(rule -> header.add(rule.id()));
        return header;
    }

    /**
     * Writes the sheet.
     *
     * @param sample the sample
     * @param rules  the rules, in catalogue order ({@code StrategyCheck.rules()})
     * @param out    where to write it
     * @throws IOException when it cannot be written
     */
    public static void write(DipSample sample, List<RuleDescription> rules, Writer out) throws IOException {
        List<String> header = header(rules);
        SummaryCsv.row(out, header.toArray(new String[0]));
        int blanks = header.size() - 5;
        for (DipSample.Drawn record : sample.records()) {
            List<String> row = new ArrayList<>(List.of(Sheets.text(record.recordId()), Long.toString(record.position()),
                    Sheets.text(record.partnership()), Sheets.text(record.team()),
                    record.heldOn() == null ? "" : record.heldOn().toString()));
            for (int i = 0; i < blanks; i++) {
                row.add("");
            }
            SummaryCsv.row(out, row.toArray(new String[0]));
        }
    }

    /**
     * Writes the sheet to a file, whole or not at all, never over an existing one: a sheet may
     * already hold the auditors' judgements.
     *
     * @param sample the sample
     * @param rules  the rules, in catalogue order
     * @param file   the file, which must not exist
     * @throws FileAlreadyExistsException when the file exists
     * @throws IOException                when it cannot be written
     */
    public static void write(DipSample sample, List<RuleDescription> rules, Path file) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "it may hold auditors' judgements; write the sample elsewhere or move it away first");
        }
        Html.writeAtomically(file, out -> write(sample, rules, out));
    }
}
