package org.strategycheck.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.Severity;
import org.strategycheck.facts.Thresholds;

/** Profiles are data: read strictly, chosen by date, and they change severity, thresholds and grading. */
class ProfilesTest {

    private static Profile read(String json) {
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static InvalidProfileException rejected(String json) {
        return assertThrows(InvalidProfileException.class, () -> read(json));
    }

    private static Profile version(String version, String effectiveFrom) {
        return new Profile("local", version, LocalDate.parse(effectiveFrom), "", Map.of(), GradeMapping.CATALOGUE);
    }

    @Nested
    class Reading {
        @Test
        void readsEveryKindOfSetting() {
            Profile profile = read("""
                    {"id": "local", "version": "2.0", "effectiveFrom": "2023-04-01", "description": "Local rules.",
                     "rules": {"INF-IDENTITY": {"severity": "CRITICAL"}, "DEC-LEGAL": {"enabled": false},
                               "REC-MINUTES-TIMELY": {"minutesWorkingDays": 1}},
                     "grading": {"requiresImprovement": {"MAJOR": 1, "MINOR": 3}}}""");
            assertEquals("local", profile.id());
            assertEquals("2.0", profile.version());
            assertEquals(LocalDate.of(2023, 4, 1), profile.effectiveFrom());
            assertEquals(Severity.CRITICAL, profile.settings("INF-IDENTITY").severity());
            assertFalse(profile.settings("DEC-LEGAL").enabled());
            assertEquals(new Thresholds(24, 2, 1), profile.thresholds());
            assertEquals(Map.of(Severity.MAJOR, 1, Severity.MINOR, 3), profile.grading().requiresImprovement());
            assertEquals(Map.of(Severity.CRITICAL, 1), profile.grading().inadequate());
        }

        @Test
        void aRuleNotNamedKeepsTheCatalogueSettings() {
            Profile profile = read("{\"id\": \"local\", \"version\": \"1\", \"effectiveFrom\": \"2020-01-01\"}");
            assertEquals(RuleSettings.CATALOGUE, profile.settings("ATT-HEALTH-INVITED"));
            assertEquals(Thresholds.CATALOGUE, profile.thresholds());
            assertEquals(GradeMapping.CATALOGUE, profile.grading());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "unknown top-level key     | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"colour\":1} | /colour",
            "missing version           | {\"id\":\"a\",\"effectiveFrom\":\"2020-01-01\"} | /version",
            "bad effectiveFrom         | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"01/01/2020\"} | /effectiveFrom",
            "id with capitals          | {\"id\":\"Hackney\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\"} | /id",
            "unknown rule setting      | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"rules\":{\"TIM-PROMPT\":{\"weight\":2}}} | /rules/TIM-PROMPT/weight",
            "threshold of another rule | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"rules\":{\"INF-IDENTITY\":{\"promptWorkingDays\":1}}} | /rules/INF-IDENTITY/promptWorkingDays",
            "negative threshold        | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"rules\":{\"TIM-PROMPT\":{\"promptWorkingDays\":-1}}} | /rules/TIM-PROMPT/promptWorkingDays",
            "unknown severity          | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"rules\":{\"TIM-PROMPT\":{\"severity\":\"HIGH\"}}} | /rules/TIM-PROMPT/severity",
            "enabled not a boolean     | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"rules\":{\"TIM-PROMPT\":{\"enabled\":\"no\"}}} | /rules/TIM-PROMPT/enabled",
            "advisory in grading       | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"grading\":{\"inadequate\":{\"ADVISORY\":1}}} | /grading/inadequate/ADVISORY",
            "zero grade threshold      | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"grading\":{\"inadequate\":{\"MAJOR\":0}}} | /grading/inadequate/MAJOR",
            "unknown grading key       | {\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"grading\":{\"good\":{}}} | /grading/good",
            "not JSON                  | {\"id\": | ''",
        })
        void aBadProfileIsRejectedNamingTheKey(String what, String json, String pointer) {
            InvalidProfileException e = rejected(json);
            assertEquals(pointer, e.pointer(), e.getMessage());
            assertTrue(e.getMessage().startsWith("profile test.json: at '" + pointer + "': "), e.getMessage());
        }

        @Test
        void anUnknownRuleIdIsRejectedNamingTheKey() {
            Profiles profiles = Profiles.of(List.of(read(
                    "{\"id\":\"a\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"rules\":{\"ATT-NOTHING\":{\"enabled\":false}}}")));
            InvalidProfileException e = assertThrows(InvalidProfileException.class,
                    () -> profiles.requireKnownRules(Set.of("ATT-HEALTH-INVITED")));
            assertEquals("/rules/ATT-NOTHING", e.pointer());
            assertTrue(e.getMessage().contains("unknown rule id ATT-NOTHING"), e.getMessage());
        }

        @Test
        void twoVersionsOfOneProfileMayNotShareADate() {
            assertThrows(InvalidProfileException.class,
                    () -> Profiles.of(List.of(version("1", "2020-01-01"), version("2", "2020-01-01"))));
        }
    }

    @Nested
    class ChoosingAVersion {
        private final Profiles profiles = Profiles.of(List.of(version("2", "2023-04-01"), version("1", "2021-04-01")));

        @ParameterizedTest(name = "on {0}: version {1}")
        @CsvSource({
            "2021-04-01, 1", // the first day of version 1
            "2023-03-31, 1", // the last day of version 1
            "2023-04-01, 2",
            "2030-01-01, 2",
            "2019-06-01, 1", // before any version: the first, so an old record is still judged
        })
        void theVersionInForceOnADateIsTheLatestNotAfterIt(String date, String expected) {
            assertEquals(expected, profiles.inForce("local", LocalDate.parse(date)).version());
        }

        @Test
        void versionsAreListedOldestFirst() {
            assertEquals(List.of("1", "2"), profiles.versions("local").stream().map(Profile::version).toList());
        }

        @Test
        void anUnknownProfileIsAnError() {
            assertThrows(IllegalArgumentException.class, () -> profiles.inForce("elsewhere", LocalDate.of(2024, 1, 1)));
        }
    }

    @Nested
    class Grading {
        private final GradeMapping threeMinors =
                new GradeMapping(Map.of(Severity.CRITICAL, 1), Map.of(Severity.MAJOR, 1, Severity.MINOR, 3));

        private List<Finding> findings(Severity... severities) {
            return java.util.Arrays.stream(severities)
                    .map(s -> new Finding("R", s, "k", List.of(), List.of(), "")).toList();
        }

        @Test
        void threeMinorFindingsRequireImprovementWhenTheProfileSaysSo() {
            assertEquals(Grade.REQUIRES_IMPROVEMENT, threeMinors.grade(findings(Severity.MINOR, Severity.MINOR, Severity.MINOR)));
            assertEquals(Grade.GOOD, threeMinors.grade(findings(Severity.MINOR, Severity.MINOR)));
        }

        @Test
        void theCatalogueMappingIgnoresMinorAndAdvisoryFindings() {
            assertEquals(Grade.GOOD, GradeMapping.CATALOGUE.grade(
                    findings(Severity.MINOR, Severity.MINOR, Severity.MINOR, Severity.ADVISORY)));
            assertEquals(Grade.INADEQUATE, GradeMapping.CATALOGUE.grade(findings(Severity.MAJOR, Severity.CRITICAL)));
        }
    }
}
