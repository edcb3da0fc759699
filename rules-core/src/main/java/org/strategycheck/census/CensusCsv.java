package org.strategycheck.census;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.strategycheck.audit.internal.CsvField;

/**
 * {@code census.csv}: one row per section 47 enquiry of the census, in file order, for a
 * spreadsheet. RFC 4180 with CRLF line ends and a header row. The census side is named by
 * position only: no {@code LAchildID}, UPN or date of birth is ever written.
 *
 * <pre>
 * child,episode,enquiry,line,start,target,expectedTarget,conference,conferenceNotRequired,workingDays,band,status,issues,link,recordId,recordPosition,recordHeldOn,workingDaysApart
 * 1234,1,2,40213,2022-06-02,2022-06-23,2022-06-24,2022-06-17,false,10,0-10,TIMED,TARGET_IGNORES_BANK_HOLIDAY,LINKED,SD-0412,17,2022-06-02,0
 * </pre>
 *
 * <p>{@code line} is the line of the enquiry's {@code <Section47>} in the census file; empty
 * fields are absent dates or an enquiry with no duration; {@code band} is the DfE's label;
 * {@code status} a {@link ConferenceStatus}; {@code issues} the {@link DateIssue}s, separated by
 * spaces. The last five are the {@link EnquiryLink} when the census was linked to records
 * ({@code link} its outcome, the record by id and position in the audit, the date it was held
 * and the working days from the start date to it), empty otherwise. Only a record id can need
 * quoting (RFC 4180); one that starts as a formula would ({@code = + - @}) gets a leading
 * apostrophe, so opening the file never runs it. Not thread-safe.
 */
public final class CensusCsv {

    /** The header row. */
    public static final String HEADER = "child,episode,enquiry,line,start,target,expectedTarget,conference,"
            + "conferenceNotRequired,workingDays,band,status,issues,link,recordId,recordPosition,recordHeldOn,workingDaysApart";

    private final Writer out;
    private long rows;

    private CensusCsv(Writer out) {
        this.out = out;
    }

    /**
     * Starts {@code census.csv}: writes the header row.
     *
     * @param out where the CSV goes; never closed here
     * @return the writer of the rows
     * @throws IOException when the header cannot be written
     */
    public static CensusCsv start(Writer out) throws IOException {
        CensusCsv csv = new CensusCsv(Objects.requireNonNull(out, "out"));
        out.write(HEADER);
        out.write("\r\n");
        return csv;
    }

    /**
     * Writes the rows of some enquiries.
     *
     * @param enquiries checked enquiries, in file order
     * @throws IOException when they cannot be written
     */
    public void write(List<CheckedEnquiry> enquiries) throws IOException {
        for (CheckedEnquiry enquiry : enquiries) {
            write(enquiry);
        }
    }

    /**
     * Writes the row of one enquiry.
     *
     * @param checked a checked enquiry
     * @throws IOException when it cannot be written
     */
    public void write(CheckedEnquiry checked) throws IOException {
        row(checked, ",,,,,");
    }

    /**
     * Writes the row of one enquiry linked to records.
     *
     * @param link the enquiry and its record
     * @throws IOException when it cannot be written
     */
    public void write(EnquiryLink link) throws IOException {
        boolean none = link.recordId() == null;
        row(link.checked(), "," + String.join(",", link.outcome().name(), none ? "" : cell(link.recordId()),
                none ? "" : Long.toString(link.recordPosition()), date(link.recordHeldOn()),
                none ? "" : link.workingDaysApart().toString()));
    }

    private void row(CheckedEnquiry checked, String linkFields) throws IOException {
        CensusEnquiry enquiry = checked.enquiry();
        String row = String.join(",",
                Integer.toString(enquiry.child()),
                Integer.toString(enquiry.episode()),
                Integer.toString(enquiry.enquiry()),
                Integer.toString(enquiry.line()),
                date(enquiry.start()),
                date(enquiry.target()),
                date(checked.expectedTarget()),
                date(enquiry.conference()),
                Boolean.toString(enquiry.conferenceNotRequired()),
                checked.workingDays() == null ? "" : checked.workingDays().toString(),
                checked.band() == null ? "" : checked.band().label(),
                checked.status().name(),
                checked.issues().stream().map(DateIssue::name).collect(Collectors.joining(" ")));
        out.write(row);
        out.write(linkFields);
        out.write("\r\n");
        rows++;
    }

    /**
     * How many rows have been written, the header aside.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * Text for a cell: quoted when it holds a comma, a quote or a line break (RFC 4180), and
     * with a leading apostrophe when it starts as a formula would (OWASP, CSV injection).
     */
    static String cell(String text) {
        return CsvField.of(!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
