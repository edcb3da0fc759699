package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;
import org.strategycheck.profile.InvalidProfileException;
import org.strategycheck.profile.Profile;
import org.strategycheck.profile.Profiles;
import org.strategycheck.profile.VersionChoice;

/** Profiles change severities, thresholds, switched-off rules and grading, never a rule's meaning. */
class ProfileRulesTest {

    private static final StrategyCheck AS_OF_RECORD_DATE =
            StrategyCheck.builder().versionChoice(VersionChoice.IN_FORCE_ON_RECORD_DATE).build();

    private static Profile profile(String json) {
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test profile");
    }

    private static List<Severity> severities(AuditResult result, String ruleId) {
        return findingsOf(result, ruleId).stream().map(Finding::severity).toList();
    }

    @Test
    void theResultNamesTheProfileApplied() {
        AuditResult result = TestRecord.schoolAge().check();
        assertEquals("england", result.profileId());
        assertEquals("1.0", result.profileVersion());
    }

    @Test
    void aRecordsPartnershipChoosesItsProfile() {
        AuditResult result = TestRecord.schoolAge().set("/partnership", "\"example-prompt-minutes\"").check();
        assertEquals("example-prompt-minutes", result.profileId());
    }

    @Test
    void aPartnershipWithoutAProfileGetsTheDefault() {
        AuditResult result = TestRecord.schoolAge().set("/partnership", "\"somewhere-else\"").check();
        assertEquals("england", result.profileId());
    }

    @Test
    void aProfileRaisesARulesDefaultSeverity() {
        TestRecord record = TestRecord.schoolAge().remove("/identity");
        assertEquals(List.of(Severity.MAJOR), severities(record.check(), "INF-IDENTITY"));
        AuditResult local = record.set("/partnership", "\"example-prompt-minutes\"").check();
        assertEquals(List.of(Severity.CRITICAL), severities(local, "INF-IDENTITY"));
        assertEquals(Grade.INADEQUATE, local.grade());
    }

    @Test
    void aHistoricRecordIsJudgedByTheVersionInForceOnItsDate() {
        // Held in 2022: example-prompt-minutes 1.0 was in force, before identity became CRITICAL.
        TestRecord record = TestRecord.schoolAge().remove("/identity").set("/partnership", "\"example-prompt-minutes\"")
                .set("/heldAt", "\"2022-05-10T10:00:00+01:00\"").set("/concern/identifiedAt", "\"2022-05-10T09:00:00+01:00\"");
        AuditResult historic = AS_OF_RECORD_DATE.check(record.json());
        assertEquals("1.0", historic.profileVersion());
        assertEquals(List.of(Severity.MAJOR), severities(historic, "INF-IDENTITY"));
        assertEquals("2.0", record.check().profileVersion(), "today's version by default");
    }

    @Test
    void todayIsTheClocksDateInLondon() {
        Clock newYear2022 = Clock.fixed(Instant.parse("2022-01-01T12:00:00Z"), ZoneOffset.UTC);
        StrategyCheck checker = StrategyCheck.builder().clock(newYear2022).profile("example-prompt-minutes").build();
        assertEquals("1.0", checker.check(TestRecord.schoolAge().json()).profileVersion());
    }

    @Test
    void aProfileThresholdDecidesWhenMinutesAreLate() {
        // Held Tuesday 14 May 2024; minutes circulated Thursday: 2 working days later.
        TestRecord record = TestRecord.schoolAge()
                .set("/minutes", "{\"completedOn\":\"2024-05-15\",\"circulatedOn\":\"2024-05-16\","
                        + "\"circulatedTo\":[\"CHILDRENS_SOCIAL_CARE\",\"POLICE\",\"HEALTH\",\"EDUCATION\"]}");
        assertPassed(record.check(), "REC-MINUTES-TIMELY");
        AuditResult local = record.set("/partnership", "\"example-prompt-minutes\"").check();
        assertEquals(List.of(Severity.MINOR), severities(local, "REC-MINUTES-TIMELY"));
    }

    @Test
    void aSwitchedOffRuleIsNeitherRunNorReported() {
        AuditResult result = TestRecord.schoolAge().set("/partnership", "\"example-meeting-for-injury\"").check();
        assertFalse(result.passed().contains("DEC-LEGAL"));
        assertFalse(result.notApplicable().contains("DEC-LEGAL"));
        assertTrue(findingsOf(result, "DEC-LEGAL").isEmpty());
        assertTrue(TestRecord.schoolAge().check().failed().contains("DEC-LEGAL")
                || TestRecord.schoolAge().check().passed().contains("DEC-LEGAL"), "DEC-LEGAL runs under england");
    }

    @Test
    void aSeverityVariantKeepsItsOwnSeverityWhenAProfileChangesTheDefault() {
        Profiles profiles = Profiles.builtIn().plus(List.of(profile(
                "{\"id\":\"lenient-owners\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\","
                        + "\"rules\":{\"ACT-OWNER-NAMED\":{\"severity\":\"MINOR\"}}}")));
        StrategyCheck checker = StrategyCheck.builder().profiles(profiles).profile("lenient-owners").build();
        String json = TestRecord.schoolAge().set("/actions/0/owner", "{\"agency\":\"POLICE\"}")
                .set("/actions/1/owner", "{\"agency\":\"POLICE\"}").set("/actions/1/immediate", "true").json();
        assertEquals(List.of(Severity.MINOR, Severity.CRITICAL), severities(checker.check(json), "ACT-OWNER-NAMED"));
    }

    @Test
    void threeMinorFindingsRequireImprovementUnderAProfileThatSaysSo() {
        // Both profiles make the same findings MINOR; only the second grades three of them as needing improvement.
        String settings = "\"rules\":{\"INF-IDENTITY\":{\"severity\":\"MINOR\"},\"ACT-DUE-DATE\":{\"severity\":\"MINOR\"}}";
        Profiles profiles = Profiles.builtIn().plus(List.of(
                profile("{\"id\":\"lenient\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\"," + settings + "}"),
                profile("{\"id\":\"strict\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\"," + settings
                        + ",\"grading\":{\"requiresImprovement\":{\"MAJOR\":1,\"MINOR\":3}}}")));
        StrategyCheck lenient = StrategyCheck.builder().profiles(profiles).profile("lenient").build();
        StrategyCheck strict = StrategyCheck.builder().profiles(profiles).profile("strict").build();
        String json = TestRecord.load("complete-all-rules.json").remove("/identity").remove("/actions/0/dueBy")
                .remove("/actions/1/dueBy").json();
        assertEquals(3, lenient.check(json).findings(Severity.MINOR).size(), lenient.check(json).toString());
        assertEquals(Grade.GOOD, lenient.check(json).grade());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, strict.check(json).grade());
    }

    @Test
    void aProfileNamingAnUnknownRuleIsRejectedWhenTheCheckerIsBuilt() {
        Profiles profiles = Profiles.builtIn().plus(List.of(profile(
                "{\"id\":\"typo\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"rules\":{\"INF-IDENTTY\":{\"enabled\":false}}}")));
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> StrategyCheck.builder().profiles(profiles).build());
        assertEquals("/rules/INF-IDENTTY", e.pointer());
    }

    @Test
    void anUnknownProfileChosenByTheHostIsRejectedWhenTheCheckerIsBuilt() {
        assertThrows(IllegalArgumentException.class, () -> StrategyCheck.builder().profile("nowhere").build());
    }
}
