package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** --profile, --bank-holidays and --as-of-record-date change how records are judged, on both check and audit. */
class CheckerOptionsTest {

    private static final String SAMPLE = "samples/school-nurse-not-school.json";

    private static JsonNode auditLine(String... args) throws IOException {
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
    }

    private static String severityOf(JsonNode line, String ruleId) {
        for (JsonNode finding : line.get("findings")) {
            if (finding.get("ruleId").asText().equals(ruleId)) {
                return finding.get("severity").asText();
            }
        }
        return "none";
    }

    @Test
    void withoutOptionsTheEnglandProfileApplies() throws IOException {
        JsonNode line = auditLine("audit", SAMPLE);
        assertEquals("england", line.get("profile").asText());
        assertEquals("MAJOR", severityOf(line, "INF-IDENTITY"));
    }

    @Test
    void aBuiltInProfileIsChosenById() throws IOException {
        JsonNode line = auditLine("audit", "--profile", "example-prompt-minutes", SAMPLE);
        assertEquals("example-prompt-minutes", line.get("profile").asText());
        assertEquals("2.0", line.get("profileVersion").asText());
        assertEquals("CRITICAL", severityOf(line, "INF-IDENTITY"));
    }

    @Test
    void aProfileFileIsReadAndApplied() throws IOException {
        JsonNode line = auditLine("audit", "--profile", Cli.fixture("profile-identity-critical.json").toString(), SAMPLE);
        assertEquals("test-identity-critical", line.get("profile").asText());
        assertEquals("CRITICAL", severityOf(line, "INF-IDENTITY"));
        assertEquals("INADEQUATE", line.get("grade").asText());
    }

    @Test
    void aBadProfileFileIsAUsageErrorNamingTheKey() {
        Cli.Run run = Cli.run("check", "--profile", Cli.fixture("profile-typo.json").toString(), SAMPLE);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("/rules/INF-IDENTITY/severty"), run.err());
    }

    @Test
    void anUnknownProfileIdIsAUsageError() {
        Cli.Run run = Cli.run("check", "--profile", "nowhere", SAMPLE);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown profile nowhere"), run.err());
    }

    @Test
    void theVersionInForceOnTheRecordsDateAppliesWithAsOfRecordDate() throws IOException {
        // SD-SAMPLE-0002 was held on 4 October 2023: example-prompt-minutes 2.0 was in force from April 2023.
        assertEquals("2.0", auditLine("audit", "--profile", "example-prompt-minutes", "--as-of-record-date", SAMPLE)
                .get("profileVersion").asText());
        // SD-SAMPLE-0003 (a 2019 draft) predates the profile: its first version applies.
        assertEquals("1.0", auditLine("audit", "--profile", "example-prompt-minutes", "--as-of-record-date",
                "samples/draft-no-decision.json").get("profileVersion").asText());
    }

    @Test
    void aBankHolidayFileAddsALocalClosureDay() throws IOException {
        // Held Wednesday 4 October 2023, minutes circulated Thursday 12 October: 6 working days, or 5 when the
        // Thursday 5 October is a closure day. Over the limit of 3 either way: the count in the message changes.
        JsonNode plain = auditLine("audit", SAMPLE);
        JsonNode closed = auditLine("audit", "--bank-holidays", Cli.fixture("closure-2023-10-05.json").toString(), SAMPLE);
        assertTrue(message(plain, "REC-MINUTES-TIMELY").contains("circulated 6 working days"), plain.toString());
        assertTrue(message(closed, "REC-MINUTES-TIMELY").contains("circulated 5 working days"), closed.toString());
    }

    private static String message(JsonNode line, String ruleId) {
        for (JsonNode finding : line.get("findings")) {
            if (finding.get("ruleId").asText().equals(ruleId)) {
                return finding.get("message").asText();
            }
        }
        return "";
    }
}
