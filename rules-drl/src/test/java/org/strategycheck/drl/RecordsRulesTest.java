package org.strategycheck.drl;

import static org.strategycheck.drl.RuleCase.fires;
import static org.strategycheck.drl.RuleCase.gap;
import static org.strategycheck.drl.RuleCase.notApplicable;
import static org.strategycheck.drl.RuleCase.passes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;
import org.strategycheck.profile.GradeMapping;
import org.strategycheck.profile.Profile;
import org.strategycheck.profile.Profiles;
import org.strategycheck.profile.RuleSettings;

/**
 * Records rules: the minutes and their circulation, and how the discussion was held, as a table.
 */
class RecordsRulesTest {

    private static final String CIRCULATED_ON = "/minutes/circulatedOn";

    private static final String CIRCULATED_TO = "/minutes/circulatedTo";

    private static TestRecord withMinutes() {
        return TestRecord.schoolAge().set("/minutes", "{\"completedOn\":\"2024-05-15\",\"circulatedOn\":\"2024-05-16\","
                + "\"circulatedTo\":[\"CHILDRENS_SOCIAL_CARE\",\"POLICE\",\"HEALTH\",\"EDUCATION\"]}");
    }

    /** A checker under a profile that sets the minutes threshold to this many working days. */
    private static StrategyCheck minutesWithin(int workingDays) {
        Profile profile = new Profile("minutes-" + workingDays, "1", LocalDate.of(2000, 1, 1), "",
                Map.of("REC-MINUTES-TIMELY", new RuleSettings(true, null, Map.of("minutesWorkingDays", workingDays))),
                GradeMapping.CATALOGUE);
        return StrategyCheck.builder().profiles(Profiles.builtIn().plus(List.of(profile))).profile(profile.id()).build();
    }

    private static TestRecord significantInjury() {
        return TestRecord.schoolAge().set("/concern/significantInjury", "true");
    }

    static List<RuleCase> table() {
        List<RuleCase> rows = new ArrayList<>();
        rows.add(fires("REC-MINUTES-CIRCULATED", "fires when a final record has no minutes circulated",
                TestRecord.schoolAge(),
                gap(Severity.MAJOR, "REC-MINUTES-CIRCULATED", CIRCULATED_ON)));
        rows.add(fires("REC-MINUTES-CIRCULATED", "fires when the minutes are completed but not circulated",
                withMinutes().remove(CIRCULATED_ON),
                gap(Severity.MAJOR, "REC-MINUTES-CIRCULATED", "/minutes/circulatedOn")));
        rows.add(passes("REC-MINUTES-CIRCULATED", "passes when the minutes were circulated",
                withMinutes()));
        rows.add(notApplicable("REC-MINUTES-CIRCULATED", "does not apply to a draft",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"")));
        rows.add(notApplicable("REC-MINUTES-TIMELY", "leaves timeliness and recipients not applicable when not circulated",
                TestRecord.schoolAge()));
        rows.add(notApplicable("REC-MINUTES-RECIPIENTS", "leaves timeliness and recipients not applicable when not circulated",
                TestRecord.schoolAge()));
        rows.add(passes("REC-MINUTES-TIMELY", "passes when circulated on the third working day",
                withMinutes().set(CIRCULATED_ON, "\"2024-05-17\"")));
        rows.add(fires("REC-MINUTES-TIMELY", "fires when circulated on the fourth working day",
                withMinutes().set(CIRCULATED_ON, "\"2024-05-20\""),
                gap(Severity.MINOR, "REC-MINUTES-TIMELY", CIRCULATED_ON).args("4", "3")));
        rows.add(passes("REC-MINUTES-CIRCULATED", "fires when circulated on the fourth working day",
                withMinutes().set(CIRCULATED_ON, "\"2024-05-20\"")));
        // Held Wednesday 2024-05-22; Monday 2024-05-27 is the spring bank holiday.
        rows.add(passes("REC-MINUTES-TIMELY", "does not count bank holidays",
                withMinutes().set("/heldAt", "\"2024-05-22T10:00:00+01:00\"").set(CIRCULATED_ON, "\"2024-05-28\"")));
        rows.add(passes("REC-MINUTES-TIMELY", "uses the profile's threshold, not the catalogue's three: within 5",
                withMinutes().set(CIRCULATED_ON, "\"2024-05-20\"")).checkedBy(minutesWithin(5)));
        rows.add(fires("REC-MINUTES-TIMELY", "uses the profile's threshold, not the catalogue's three: within 1",
                withMinutes(),
                gap(Severity.MINOR, "REC-MINUTES-TIMELY", CIRCULATED_ON).args("2", "1")).checkedBy(minutesWithin(1)));
        rows.add(notApplicable("REC-MINUTES-TIMELY", "does not apply to a draft even with minutes circulated",
                withMinutes().set("/status", "\"DRAFT\"").set(CIRCULATED_ON, "\"2024-06-28\"")));
        // One finding per agency, in a fixed order (by the agency's value) whatever order the engine fires in.
        rows.add(fires("REC-MINUTES-RECIPIENTS", "fires once per invited agency not sent the minutes",
                withMinutes().set(CIRCULATED_TO, "[\"CHILDRENS_SOCIAL_CARE\",\"EDUCATION\"]"),
                gap(Severity.MINOR, "REC-MINUTES-RECIPIENTS", CIRCULATED_TO).args("HEALTH"),
                gap(Severity.MINOR, "REC-MINUTES-RECIPIENTS", CIRCULATED_TO).args("POLICE")));
        rows.add(fires("REC-MINUTES-RECIPIENTS", "fires once for an agency with several participants",
                withMinutes().set(CIRCULATED_TO, "[\"POLICE\",\"HEALTH\",\"EDUCATION\"]"),
                gap(Severity.MINOR, "REC-MINUTES-RECIPIENTS", "/minutes/circulatedTo").args("CHILDRENS_SOCIAL_CARE")));
        rows.add(fires("REC-MINUTES-RECIPIENTS", "v1.1: reports recipients not recorded as one finding",
                withMinutes().remove(CIRCULATED_TO),
                gap(Severity.MINOR, "REC-MINUTES-RECIPIENTS.notRecorded", CIRCULATED_TO)));
        rows.add(fires("REC-MINUTES-RECIPIENTS", "v1.1: reports an empty list of recipients as not recorded, one finding",
                withMinutes().set(CIRCULATED_TO, "[]"),
                gap(Severity.MINOR, "REC-MINUTES-RECIPIENTS.notRecorded", CIRCULATED_TO)));
        rows.add(fires("REC-MINUTES-RECIPIENTS", "counts an attendee as invited and ignores an agency recorded as not invited",
                withMinutes().set("/participants/2/invited", "null").add("/participants", "{\"agency\":\"HOUSING\",\"role\":\"OTHER\",\"invited\":false}").set(CIRCULATED_TO, "[\"CHILDRENS_SOCIAL_CARE\",\"HEALTH\",\"EDUCATION\"]"),
                gap(Severity.MINOR, "REC-MINUTES-RECIPIENTS", "/minutes/circulatedTo").args("POLICE")));
        rows.add(passes("REC-MINUTES-RECIPIENTS", "passes when every invited agency was sent the minutes",
                withMinutes().set(CIRCULATED_TO, "[\"EDUCATION\",\"HEALTH\",\"POLICE\",\"CHILDRENS_SOCIAL_CARE\",\"HOUSING\"]")));
        rows.add(notApplicable("REC-MINUTES-RECIPIENTS", "does not apply to a draft even with minutes circulated",
                withMinutes().set("/status", "\"DRAFT\"").set(CIRCULATED_TO, "[]")));
        rows.add(fires("REC-FORMAT", "fires when held by telephone alone",
                significantInjury().set("/format", "\"TELEPHONE\""),
                gap(Severity.MINOR, "REC-FORMAT", "/format")));
        rows.add(fires("REC-FORMAT", "says so when the format is not recorded",
                significantInjury().remove("/format"),
                gap(Severity.MINOR, "REC-FORMAT.notRecorded", "/format")));
        for (String format : List.of("MEETING", "VIRTUAL_MEETING", "MIXED")) {
            rows.add(passes("REC-FORMAT", "passes when held as a meeting: " + format,
                    significantInjury().set("/format", "\"" + format + "\"")));
        }
        for (String category : List.of("FABRICATED_OR_INDUCED_ILLNESS", "ORGANISED_ABUSE", "CHILD_ON_CHILD_ABUSE", "PRE_BIRTH")) {
            rows.add(fires("REC-FORMAT", "applies to each concern that needs a meeting: " + category,
                    TestRecord.schoolAge().set("/concern/categories", "[\"NEGLECT\",\"" + category + "\"]").set("/format", "\"TELEPHONE\""),
                    gap(Severity.MINOR, "REC-FORMAT", "/format")));
        }
        rows.add(fires("REC-FORMAT", "applies to an unborn child",
                TestRecord.preSchool().remove("/children/0/dateOfBirth").set("/children/0/expectedDueDate", "\"2024-08-01\"").set("/format", "\"TELEPHONE\""),
                gap(Severity.MINOR, "REC-FORMAT", "/format")));
        rows.add(fires("REC-FORMAT", "applies to a child born after the discussion, who was unborn at it",
                TestRecord.schoolAge().set("/children/0/dateOfBirth", "\"2024-06-01\"").set("/format", "\"TELEPHONE\""),
                gap(Severity.MINOR, "REC-FORMAT", "/format")));
        rows.add(notApplicable("REC-FORMAT", "does not apply to other concerns",
                TestRecord.schoolAge().set("/format", "\"TELEPHONE\"")));
        rows.add(notApplicable("REC-FORMAT", "does not apply to other concerns",
                TestRecord.schoolAge().set("/concern/significantInjury", "false").set("/format", "\"TELEPHONE\"")));
        rows.add(fires("REC-FORMAT", "reports a planned telephone discussion in a draft",
                significantInjury().set("/status", "\"DRAFT\"").remove("/heldAt").set("/format", "\"TELEPHONE\""),
                gap(Severity.MINOR, "REC-FORMAT", "/format")));
        rows.add(passes("REC-FORMAT", "does not ask for the format of a draft not yet held",
                significantInjury().set("/status", "\"DRAFT\"").remove("/heldAt").remove("/format")));
        return rows;
    }

    static Stream<RuleCase> rows() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(RuleCase row) {
        row.verify();
    }
}
