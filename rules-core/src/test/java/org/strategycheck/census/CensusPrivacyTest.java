package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.WorkingDayCalendar;

/**
 * The census's identifiers and dates of birth never reach output. Every identifier and date
 * element of a child ({@code LAchildID}, {@code UPN}, {@code FormerUPN}, {@code UPNunknown},
 * {@code PersonBirthDate}, {@code ExpectedPersonBirthDate}, {@code PersonDeathDate}) holds a
 * canary, as text or as a date no enquiry has; none may appear in census.csv, the figures, any
 * value's {@code toString()}, an error, or anything printed.
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

    private static void assertNoCanary(List<String> outputs) {
        for (String output : outputs) {
            for (String canary : CANARIES) {
                assertFalse(output.contains(canary), () -> canary + " appears in: " + output);
            }
        }
    }
}
