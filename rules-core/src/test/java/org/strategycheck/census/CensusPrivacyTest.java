package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.audit.report.CensusReport;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The census's identifiers and dates of birth never reach output. Every identifier and date
 * element of a child ({@code LAchildID}, {@code UPN}, {@code FormerUPN}, {@code UPNunknown},
 * {@code PersonBirthDate}, {@code ExpectedPersonBirthDate}, {@code PersonDeathDate}) holds a
 * canary, as text or as a date no enquiry has; none may appear in census.csv, the figures, any
 * value's {@code toString()}, an error, or anything printed; nor, with records laid against the
 * census (their {@code laChildId}s the census's canaries, their free text a canary too), in
 * census.html, census.csv or census-records.csv.
 */
class CensusPrivacyTest {

    /** Canaries of each kind: identifiers as text, dates of birth and death as dates and as text. */
    private static final List<String> CANARIES = List.of("CANARY-ID", "CANARY-UPN", "CANARY-FORMER", "CANARY-UN",
            "1911-11-11", "1922-02-22", "1933-03-03", "CANARY-DOB");

    private static String child(int n, String birth, String... section47s) {
        return CensusXml.child("CANARY-ID-" + n, section47s)
                .replace("        <PersonBirthDate>2015-05-05</PersonBirthDate>\n",
                        "        <UPN>CANARY-UPN-" + n + "</UPN>\n        <FormerUPN>CANARY-FORMER-" + n + "</FormerUPN>\n"
                                + "        <UPNunknown>CANARY-UN-" + n + "</UPNunknown>\n"
                                + "        <PersonBirthDate>" + birth + "</PersonBirthDate>\n"
                                + "        <ExpectedPersonBirthDate>1922-02-22</ExpectedPersonBirthDate>\n"
                                + "        <PersonDeathDate>1933-03-03</PersonDeathDate>\n");
    }

    private static String census() {
        return CensusXml.census("2023-03-31",
                child(1, "1911-11-11", CensusXml.section47("2022-06-02", "2022-06-23", "2022-06-17", false)),
                child(2, "CANARY-DOB", CensusXml.section47("2022-07-04", null, "2022-07-01", true),
                        CensusXml.section47("2022-07-11", "2022-08-01", null, false)),
                child(3, "1911-11-11"));
    }

    @Test
    void noIdentifierOrDateOfBirthReachesCsvFiguresOrAnyValue() throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> outputs = new ArrayList<>();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));

            StringWriter csv = new StringWriter();
            CensusFigures figures = CensusAudit.run(CensusXml.stream(census()), WorkingDayCalendar.englandAndWales(), csv);
            outputs.add(csv.toString());
            outputs.add(figures.toString());

            try (CensusFile census = CensusXml.open(census())) {
                CensusAudit audit = new CensusAudit(WorkingDayCalendar.englandAndWales(), census.header());
                outputs.add(census.header().toString());
                for (CensusChild child = census.next(); child != null; child = census.next()) {
                    outputs.add(child.toString());
                    outputs.add(child.key().toString());
                    child.enquiries().forEach(enquiry -> outputs.add(enquiry.toString()));
                    audit.add(child).forEach(checked -> outputs.add(checked.toString()));
                }
                outputs.add(audit.figures().toString());
            }
            assertEquals(4, csv.toString().split("\r\n").length, "three enquiries were written");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        outputs.add(printed.toString(StandardCharsets.UTF_8));
        assertNoCanary(outputs);
    }

    @Test
    void noIdentifierReachesAnErrorAboutTheChildThatHasIt() {
        List<String> broken = List.of(
                census().replace("<S47ActualStartDate>2022-07-04</S47ActualStartDate>", "<S47ActualStartDate>CANARY-ID-2</S47ActualStartDate>"),
                census().replace("<UPN>CANARY-UPN-2</UPN>", "<UPN><CANARY-UPN>x</CANARY-UPN></UPN>"),
                census().replace("<LAchildID>CANARY-ID-2</LAchildID>", "<LAchildID>CANARY-ID-2</LAchildID><LAchildID>CANARY-ID-2</LAchildID>"),
                census().replace("<PersonBirthDate>CANARY-DOB</PersonBirthDate>", "<PersonBirthDate>CANARY-DOB</PersonBirthDate><PersonBirthDate>1911-11-11</PersonBirthDate>"),
                census().replace("<FormerUPN>CANARY-FORMER-2</FormerUPN>", "<FormerUPN>CANARY-FORMER-2</FormerUPN>CANARY-ID"),
                census().replace("<LAchildID>CANARY-ID-2</LAchildID>", "<LAchildID id=\"CANARY-ID\">CANARY-ID-2</LAchildID>"),
                census().replace("<UPN>CANARY-UPN-2</UPN>", "<UPN>CANARY-UPN-2</UPNx>"));
        List<String> messages = new ArrayList<>();
        for (String xml : broken) {
            InvalidCensusException e = assertThrows(InvalidCensusException.class, () -> {
                try (CensusFile census = CensusXml.open(xml)) {
                    while (census.next() != null) {
                        // read to the fault
                    }
                }
            });
            assertEquals(true, e.path().startsWith("/Message/Children/Child[2]"), e.getMessage());
            messages.add(e.getMessage());
            messages.addAll(e.arguments());
        }
        assertNoCanary(messages);
    }

    @Test
    void noIdentifierDateOfBirthOrRecordTextReachesCensusHtmlOrEitherCsv(@TempDir Path dir) throws IOException {
        // Children 1 and 2 have records (child 1's on its start date, child 2's two days late); a third record's
        // child is not in the census; every record carries free text and the census's canary identifiers.
        List<StrategyDiscussion> records = List.of(
                withText(LinkRecords.initiating("SD-1", "2022-06-02", "CANARY-ID-1")),
                withText(LinkRecords.initiating("SD-2", "2022-07-06", "CANARY-ID-2")),
                withText(LinkRecords.initiating("SD-3", "2022-07-06", "CANARY-ID-9")));
        CensusLink.Result result = CensusReport.write(CensusXml.stream(census()), DiscussionRecords.of(records),
                WorkingDayCalendar.englandAndWales(), Clock.systemUTC(), dir);

        assertEquals(1, result.reconciliation().missingFromCensus().size(), "all three lists are there to print");
        assertEquals(1, result.reconciliation().datesDisagree().size());
        assertEquals(1, result.reconciliation().withoutRecord().size());
        List<String> outputs = new ArrayList<>();
        for (String file : List.of(CensusReport.HTML_FILE, CensusReport.CSV_FILE, CensusRecordsCsv.FILE)) {
            outputs.add(Files.readString(dir.resolve(file)));
        }
        outputs.add(result.toString());
        assertTrue(outputs.get(0).contains("SD-3"), "records are named by id");
        assertNoCanary(outputs);
        for (String output : outputs) {
            assertFalse(output.contains("CANARY-TEXT"), () -> "a record's text appears in: " + output);
        }
    }

    private static StrategyDiscussion withText(StrategyDiscussion record) {
        String json = RecordJson.write(record).replace("\"section47\":\"INITIATE\"",
                "\"section47\":\"INITIATE\",\"section47Rationale\":\"CANARY-TEXT\"");
        return RecordJson.read(json.replace("\"recordId\"", "\"team\":\"CANARY-TEXT\",\"recordId\""));
    }

    private static void assertNoCanary(List<String> outputs) {
        for (String output : outputs) {
            for (String canary : CANARIES) {
                assertFalse(output.contains(canary), () -> canary + " appears in: " + output);
            }
        }
    }
}
