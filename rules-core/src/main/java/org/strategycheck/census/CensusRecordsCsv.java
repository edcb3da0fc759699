package org.strategycheck.census;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * {@code census-records.csv}: the record side of a {@link Reconciliation}, for a spreadsheet.
 * One row per census enquiry linked to a record, and one row for each listed record linked to
 * none (missing from the census, out of year, no {@code laChildId}, unreadable), in position
 * order; drafts and records that initiated no enquiry are counted in {@code census.html}, not
 * listed. RFC 4180 with CRLF line ends and a header row.
 *
 * <pre>
 * recordPosition,recordId,outcome,heldOn,recordChild,child,enquiry,start,workingDaysApart,conference,workingDays,band,within15,childrenNotInCensus,problem
 * 17,SD-0412,LINKED,2022-06-02,0,1234,2,2022-06-02,0,2022-06-17,10,0-10,true,,
 * </pre>
 *
 * <p>The record is named by its position in the audit and its id; the census enquiry by
 * position ({@code child}, {@code enquiry}); {@code recordChild} and {@code childrenNotInCensus}
 * are indexes into the record's {@code children} (JSON pointer {@code /children/N}), the latter
 * separated by spaces. The conference timing is the census's: working days from the enquiry's
 * start (day 0) to its initial conference, the DfE band, and whether within 15.
 */
public final class CensusRecordsCsv {

    /** The file's name in an output folder. */
    public static final String FILE = "census-records.csv";
    /** The header row. */
    public static final String HEADER = "recordPosition,recordId,outcome,heldOn,recordChild,child,enquiry,start,"
            + "workingDaysApart,conference,workingDays,band,within15,childrenNotInCensus,problem";

    private CensusRecordsCsv() {
    }

    /**
     * Writes the file.
     *
     * @param reconciliation the census laid against records
     * @param out            where it goes; not closed
     * @throws IOException when it cannot be written
     */
    public static void write(Reconciliation reconciliation, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (RecordLink record : reconciliation.listed()) {
            String head = String.join(",", Long.toString(record.position()),
                    record.recordId() == null ? "" : CensusCsv.cell(record.recordId()), record.outcome().name(),
                    date(record.heldOn()));
            String tail = record.childrenNotInCensus().stream().map(String::valueOf).collect(Collectors.joining(" "))
                    + "," + (record.problem() == null ? "" : CensusCsv.cell(record.problem()));
            if (record.enquiries().isEmpty()) {
                out.write(head + ",,,,,,,,,," + tail + "\r\n");
                continue;
            }
            for (EnquiryLink link : record.enquiries()) {
                CheckedEnquiry checked = link.checked();
                out.write(String.join(",", head, Integer.toString(link.recordChild()),
                        Integer.toString(checked.enquiry().child()), Integer.toString(checked.enquiry().enquiry()),
                        date(checked.enquiry().start()), link.workingDaysApart().toString(),
                        date(checked.enquiry().conference()),
                        checked.workingDays() == null ? "" : checked.workingDays().toString(),
                        checked.band() == null ? "" : checked.band().label(),
                        checked.workingDays() == null ? "" : Boolean.toString(checked.within15()), tail));
                out.write("\r\n");
            }
        }
        out.flush();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
