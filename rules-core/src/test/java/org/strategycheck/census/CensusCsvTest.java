package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.WorkingDayCalendar;

/** census.csv: one row per enquiry, named by position, RFC 4180. */
class CensusCsvTest {

    private static final CensusAudit AUDIT = new CensusAudit(WorkingDayCalendar.englandAndWales(),
            new CensusHeader(2023, LocalDate.of(2023, 3, 31)));

    private static String csv(CensusEnquiry... enquiries) throws IOException {
        StringWriter out = new StringWriter();
        CensusCsv csv = CensusCsv.start(out);
        for (CensusEnquiry enquiry : enquiries) {
            csv.write(AUDIT.check(enquiry));
        }
        assertEquals(enquiries.length, csv.rows());
        return out.toString();
    }

    @Test
    void theHeaderComesFirstWithCrlfLineEnds() throws IOException {
        assertEquals("child,episode,enquiry,line,start,target,expectedTarget,conference,conferenceNotRequired,"
                + "workingDays,band,status,issues,link,recordId,recordPosition,recordHeldOn,workingDaysApart\r\n", csv());
    }

    @Test
    void theJubileeEnquiryIsARowOfPositionsDatesAndItsIssue() throws IOException {
        CensusEnquiry jubilee = new CensusEnquiry(1234, 1, 2, 40213, LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 23),
                LocalDate.of(2022, 6, 17), false);

        assertEquals("1234,1,2,40213,2022-06-02,2022-06-23,2022-06-24,2022-06-17,false,10,0-10,TIMED,"
                + "TARGET_IGNORES_BANK_HOLIDAY,,,,,\r\n", csv(jubilee).split("\r\n", 2)[1]);
    }

    @Test
    void absentDatesAndNoDurationAreEmptyFields() throws IOException {
        CensusEnquiry none = new CensusEnquiry(7, 2, 1, 99, LocalDate.of(2022, 6, 6), null, null, true);

        assertEquals("7,2,1,99,2022-06-06,,2022-06-27,,true,,,NOT_REQUIRED,,,,,,\r\n", csv(none).split("\r\n", 2)[1]);
    }

    @Test
    void severalIssuesAreSeparatedBySpacesAndACensusAloneLeavesTheLinkEmpty() throws IOException {
        CensusEnquiry many = new CensusEnquiry(1, 1, 1, 1, LocalDate.of(2022, 6, 10), LocalDate.of(2022, 6, 25),
                LocalDate.of(2022, 6, 5), true);

        String row = csv(many).split("\r\n")[1];
        assertEquals(List.of("TARGET_NOT_15_WORKING_DAYS", "TARGET_ON_WEEKEND", "CONFERENCE_BEFORE_START",
                "CONFERENCE_ON_WEEKEND", "CONFERENCE_DATED_BUT_NOT_REQUIRED"), List.of(row.split(",")[12].split(" ")));
        assertEquals("BEFORE_START", row.split(",")[11]);
        assertEquals(true, row.endsWith(",,,,,"), row);
    }
}
