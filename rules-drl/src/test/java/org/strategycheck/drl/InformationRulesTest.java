package org.strategycheck.drl;

import static org.strategycheck.drl.RuleCase.appliesToEveryRecord;
import static org.strategycheck.drl.RuleCase.fires;
import static org.strategycheck.drl.RuleCase.gap;
import static org.strategycheck.drl.RuleCase.notApplicable;
import static org.strategycheck.drl.RuleCase.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.Severity;

/**
 * Information rules: significant others, history, identity and MARAC, as a table.
 */
class InformationRulesTest {

    private static final String PREVIOUS = "/history/previousInvolvementRecorded";

    private static final String CURRENT = "/history/currentInvolvementRecorded";

    private static TestRecord withSignificantOthers() {
        return TestRecord.schoolAge()
                .add("/significantOthers", "{\"ref\":\"P1\",\"relationship\":\"MOTHER\",\"householdMember\":true,\"informationShared\":true}")
                .add("/significantOthers", "{\"ref\":\"P2\",\"relationship\":\"FATHER\",\"householdMember\":false}")
                .add("/significantOthers", "{\"ref\":\"P3\",\"relationship\":\"SIBLING\",\"householdMember\":true,\"informationShared\":true}");
    }

    private static TestRecord withHistory() {
        return TestRecord.schoolAge().set("/history", "{\"previousInvolvementRecorded\":true,\"currentInvolvementRecorded\":true}");
    }

    private static TestRecord domesticAbuse() {
        return TestRecord.schoolAge().set("/concern/categories", "[\"DOMESTIC_ABUSE\"]");
    }

    static List<RuleCase> table() {
        List<RuleCase> rows = new ArrayList<>();
        rows.add(appliesToEveryRecord("INF-SIGNIFICANT-OTHERS", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(appliesToEveryRecord("INF-HISTORY", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(appliesToEveryRecord("INF-IDENTITY", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(fires("INF-IDENTITY", "identity fires with a pointer per heading not addressed",
                TestRecord.schoolAge().set("/identity/ethnicity", "\" \"").set("/identity/culture", "\"\"").remove("/identity/discrimination"),
                gap(Severity.MAJOR, "INF-IDENTITY", "/identity/ethnicity", "/identity/culture", "/identity/discrimination").args("3")));
        rows.add(fires("INF-IDENTITY", "identity says how many headings not addressed are placeholders",
                TestRecord.schoolAge().set("/identity/ethnicity", "\"n/a\"").set("/identity/culture", "\"\"").remove("/identity/discrimination"),
                gap(Severity.MAJOR, "INF-IDENTITY.placeholder", "/identity/ethnicity", "/identity/culture", "/identity/discrimination").args("3", "1")));
        rows.add(fires("INF-IDENTITY", "v1.1: a placeholder heading is not addressed by a not relevant reason",
                TestRecord.schoolAge().set("/identity/culture", "\"Not known.\"").set("/identity/notRelevantReason", "\"Agreed with the family that this heading does not apply.\""),
                gap(Severity.MAJOR, "INF-IDENTITY.placeholder", "/identity/culture").args("1", "1")));
        rows.add(fires("INF-IDENTITY", "v1.1: a placeholder not relevant reason addresses nothing",
                TestRecord.schoolAge().remove("/identity/culture").set("/identity/notRelevantReason", "\"see notes\""),
                gap(Severity.MAJOR, "INF-IDENTITY", "/identity/culture").args("1")));
        rows.add(fires("INF-IDENTITY", "identity fires when the section is absent",
                TestRecord.schoolAge().remove("/identity"),
                gap(Severity.MAJOR, "INF-IDENTITY", "/identity/ethnicity", "/identity/culture", "/identity/identity", "/identity/discrimination").args("4")));
        rows.add(passes("INF-IDENTITY", "identity passes when every heading is addressed",
                TestRecord.schoolAge()));
        rows.add(passes("INF-IDENTITY", "identity passes when a reasoned not relevant decision is recorded",
                TestRecord.schoolAge().remove("/identity/culture").set("/identity/notRelevantReason", "\"Agreed with the family that this heading does not apply.\"")));
        rows.add(passes("INF-IDENTITY", "identity passes when one reasoned not relevant decision addresses every heading left empty",
                TestRecord.schoolAge().remove("/identity/culture").set("/identity/identity", "\"  \"").remove("/identity/discrimination").set("/identity/notRelevantReason", "\"Agreed with the family that these headings do not apply.\"")));
        rows.add(fires("INF-IDENTITY", "identity applies to every record so is never not applicable",
                TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/identity"),
                gap(Severity.MAJOR, "INF-IDENTITY", "/identity/ethnicity", "/identity/culture", "/identity/identity", "/identity/discrimination").args("4")));
        rows.add(fires("INF-SIGNIFICANT-OTHERS", "fires once when no significant others are recorded",
                TestRecord.schoolAge(),
                gap(Severity.MAJOR, "INF-SIGNIFICANT-OTHERS", "/significantOthers")));
        rows.add(fires("INF-SIGNIFICANT-OTHERS", "fires once per household member without information shared",
                withSignificantOthers()
                        .set("/significantOthers/0/informationShared", "null")
                        .set("/significantOthers/2/informationShared", "false"),
                gap(Severity.MAJOR, "INF-SIGNIFICANT-OTHERS.sharingNotRecorded", "/significantOthers/0/informationShared")
                        .args("1"),
                gap(Severity.MAJOR, "INF-SIGNIFICANT-OTHERS.notShared", "/significantOthers/2/informationShared")
                        .args("3")));
        rows.add(fires("INF-SIGNIFICANT-OTHERS", "says when sharing is not recorded",
                withSignificantOthers().remove("/significantOthers/2/informationShared"),
                gap(Severity.MAJOR, "INF-SIGNIFICANT-OTHERS.sharingNotRecorded", "/significantOthers/2/informationShared").args("3")));
        rows.add(fires("INF-SIGNIFICANT-OTHERS", "says when information is recorded as not shared",
                withSignificantOthers().set("/significantOthers/0/informationShared", "false"),
                gap(Severity.MAJOR, "INF-SIGNIFICANT-OTHERS.notShared", "/significantOthers/0/informationShared").args("1")));
        rows.add(passes("INF-SIGNIFICANT-OTHERS", "passes when every household members information was shared",
                withSignificantOthers()));
        rows.add(passes("INF-SIGNIFICANT-OTHERS", "asks nothing of someone outside the household or not recorded as in it",
                withSignificantOthers().set("/significantOthers/1/informationShared", "false").add("/significantOthers", "{\"ref\":\"P4\",\"relationship\":\"FRIEND_OR_PEER\"}")));
        rows.add(fires("INF-SIGNIFICANT-OTHERS", "applies to every record including a draft",
                TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/heldAt"),
                gap(Severity.MAJOR, "INF-SIGNIFICANT-OTHERS", "/significantOthers")));
        for (String caseStatus : List.of("OPEN_EARLY_HELP", "OPEN_CHILD_IN_NEED", "OPEN_CHILD_PROTECTION", "LOOKED_AFTER")) {
            rows.add(fires("INF-HISTORY", "is major for an open case: " + caseStatus,
                    TestRecord.schoolAge().set("/caseStatus", "\"" + caseStatus + "\""),
                    gap(Severity.MAJOR, "INF-HISTORY", PREVIOUS, CURRENT)));
        }
        rows.add(fires("INF-HISTORY", "is minor for a new referral, and names current involvement",
                withHistory().set(CURRENT, "null"),
                gap(Severity.MINOR, "INF-HISTORY.current", CURRENT)));
        rows.add(fires("INF-HISTORY", "is minor when the case status is not recorded, and names previous involvement",
                withHistory().remove("/caseStatus").set(PREVIOUS, "null"),
                gap(Severity.MINOR, "INF-HISTORY.previous", PREVIOUS)));
        rows.add(fires("INF-HISTORY", "counts involvement recorded as false as not recorded",
                withHistory().set("/caseStatus", "\"OPEN_CHILD_PROTECTION\"").set(PREVIOUS, "false"),
                gap(Severity.MAJOR, "INF-HISTORY.previous", PREVIOUS)));
        rows.add(fires("INF-HISTORY", "names current involvement for an open case",
                withHistory().set("/caseStatus", "\"LOOKED_AFTER\"").set(CURRENT, "false"),
                gap(Severity.MAJOR, "INF-HISTORY.current", CURRENT)));
        rows.add(passes("INF-HISTORY", "passes when previous and current involvement are recorded",
                withHistory().set("/caseStatus", "\"OPEN_CHILD_IN_NEED\"")));
        rows.add(fires("INF-HISTORY", "applies to every record including a draft",
                TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/heldAt"),
                gap(Severity.MINOR, "INF-HISTORY", "/history/previousInvolvementRecorded", "/history/currentInvolvementRecorded")));
        rows.add(fires("INF-MARAC", "v1.1: says for domestic abuse that whether the family is known to marac is not recorded",
                domesticAbuse(),
                gap(Severity.MAJOR, "INF-MARAC.knownNotRecorded", "/marac/known", "/marac/actionsConsidered")));
        rows.add(fires("INF-MARAC", "v1.1: says for domestic abuse that whether the family is known to marac is not recorded, with actions recorded as not considered",
                domesticAbuse().set("/marac", "{\"actionsConsidered\":false}"),
                gap(Severity.MAJOR, "INF-MARAC.knownNotRecorded", "/marac/known", "/marac/actionsConsidered")));
        rows.add(fires("INF-MARAC", "fires when it is not recorded whether marac actions were considered for a family known to marac",
                domesticAbuse().set("/marac", "{\"known\":true}"),
                gap(Severity.MAJOR, "INF-MARAC", "/marac/actionsConsidered")));
        rows.add(fires("INF-MARAC", "fires when marac actions are recorded as not considered",
                domesticAbuse().set("/marac", "{\"known\":true,\"actionsConsidered\":false}"),
                gap(Severity.MAJOR, "INF-MARAC.notConsidered", "/marac/actionsConsidered")));
        rows.add(passes("INF-MARAC", "passes for domestic abuse when marac actions were considered though whether the family is known is not recorded",
                domesticAbuse().set("/marac", "{\"actionsConsidered\":true}")));
        rows.add(notApplicable("INF-MARAC", "v1.1: does not apply to domestic abuse when the family is recorded as not known to marac",
                domesticAbuse().set("/marac", "{\"known\":false}")));
        rows.add(fires("INF-MARAC", "applies when the family is known to marac whatever the concern",
                TestRecord.schoolAge().set("/marac", "{\"known\":true}"),
                gap(Severity.MAJOR, "INF-MARAC", "/marac/actionsConsidered")));
        rows.add(passes("INF-MARAC", "passes when marac actions were considered",
                domesticAbuse().set("/marac", "{\"known\":true,\"actionsConsidered\":true}")));
        rows.add(notApplicable("INF-MARAC", "does not apply without domestic abuse or a marac link",
                TestRecord.schoolAge()));
        rows.add(notApplicable("INF-MARAC", "does not apply without domestic abuse or a marac link",
                TestRecord.schoolAge().set("/marac", "{\"known\":false,\"actionsConsidered\":false}")));
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
