package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strategycheck.drl.TestRecord.assertNotApplicable;
import static org.strategycheck.drl.TestRecord.assertPassed;
import static org.strategycheck.drl.TestRecord.assertSingleFinding;
import static org.strategycheck.drl.TestRecord.findingsOf;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;

/** Information rules of the catalogue: significant others, social-work history and MARAC. */
class InformationCatalogueRulesTest {

    private static final String PREVIOUS = "/history/previousInvolvementRecorded";
    private static final String CURRENT = "/history/currentInvolvementRecorded";

    /**
     * The school-age record with three significant others: a mother in the household whose
     * information was shared, a father outside it with nothing recorded about sharing, and a
     * sibling in the household whose information was shared.
     */
    private static TestRecord withSignificantOthers() {
        return TestRecord.schoolAge()
                .add("/significantOthers", "{\"ref\":\"P1\",\"relationship\":\"MOTHER\",\"householdMember\":true,\"informationShared\":true}")
                .add("/significantOthers", "{\"ref\":\"P2\",\"relationship\":\"FATHER\",\"householdMember\":false}")
                .add("/significantOthers", "{\"ref\":\"P3\",\"relationship\":\"SIBLING\",\"householdMember\":true,\"informationShared\":true}");
    }

    /** The school-age record (a new referral) with previous and current involvement recorded. */
    private static TestRecord withHistory() {
        return TestRecord.schoolAge().set("/history", "{\"previousInvolvementRecorded\":true,\"currentInvolvementRecorded\":true}");
    }

    @Nested
    class SignificantOthers {
        @Test
        void firesOnceWhenNoSignificantOthersAreRecorded() {
            AuditResult result = TestRecord.schoolAge().check();
            Finding finding = assertSingleFinding(result, "INF-SIGNIFICANT-OTHERS", Severity.MAJOR, "/significantOthers");
            assertEquals("No significant others (household members, significant adults or peers) are recorded.",
                    finding.message());
        }

        @Test
        void firesOncePerHouseholdMemberWithoutInformationShared() {
            AuditResult result = withSignificantOthers()
                    .set("/significantOthers/0/informationShared", "null")
                    .set("/significantOthers/2/informationShared", "false").check();
            List<Finding> findings = findingsOf(result, "INF-SIGNIFICANT-OTHERS");
            assertEquals(List.of(List.of("/significantOthers/0/informationShared"),
                    List.of("/significantOthers/2/informationShared")), findings.stream().map(Finding::pointers).toList());
            assertEquals(List.of(Severity.MAJOR, Severity.MAJOR), findings.stream().map(Finding::severity).toList());
        }

        @Test
        void saysWhenSharingIsNotRecorded() {
            AuditResult result = withSignificantOthers().remove("/significantOthers/2/informationShared").check();
            Finding finding = assertSingleFinding(result, "INF-SIGNIFICANT-OTHERS", Severity.MAJOR,
                    "/significantOthers/2/informationShared");
            assertEquals("Significant other 3 lives in the household, but whether agencies' information about them "
                    + "was shared is not recorded.", finding.message());
        }

        @Test
        void saysWhenInformationIsRecordedAsNotShared() {
            AuditResult result = withSignificantOthers().set("/significantOthers/0/informationShared", "false").check();
            Finding finding = assertSingleFinding(result, "INF-SIGNIFICANT-OTHERS", Severity.MAJOR,
                    "/significantOthers/0/informationShared");
            assertEquals("Significant other 1 lives in the household, but agencies' information about them "
                    + "is recorded as not shared.", finding.message());
        }

        @Test
        void passesWhenEveryHouseholdMembersInformationWasShared() {
            assertPassed(withSignificantOthers().check(), "INF-SIGNIFICANT-OTHERS");
        }

        @Test
        void asksNothingOfSomeoneOutsideTheHouseholdOrNotRecordedAsInIt() {
            AuditResult result = withSignificantOthers()
                    .set("/significantOthers/1/informationShared", "false")
                    .add("/significantOthers", "{\"ref\":\"P4\",\"relationship\":\"FRIEND_OR_PEER\"}").check();
            assertPassed(result, "INF-SIGNIFICANT-OTHERS");
        }

        @Test
        void appliesToEveryRecordIncludingADraft() {
            AuditResult draft = TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/heldAt").check();
            assertSingleFinding(draft, "INF-SIGNIFICANT-OTHERS", Severity.MAJOR, "/significantOthers");
        }
    }

    @Nested
    class History {
        @ParameterizedTest
        @ValueSource(strings = {"OPEN_EARLY_HELP", "OPEN_CHILD_IN_NEED", "OPEN_CHILD_PROTECTION", "LOOKED_AFTER"})
        void isMajorForAnOpenCase(String caseStatus) {
            AuditResult result = TestRecord.schoolAge().set("/caseStatus", "\"" + caseStatus + "\"").check();
            Finding finding = assertSingleFinding(result, "INF-HISTORY", Severity.MAJOR, PREVIOUS, CURRENT);
            assertEquals("Previous and current social-work involvement is not fully recorded: 2 of 2 not recorded.",
                    finding.message());
        }

        @Test
        void isMinorForANewReferral() {
            AuditResult result = withHistory().set(CURRENT, "null").check();
            Finding finding = assertSingleFinding(result, "INF-HISTORY", Severity.MINOR, CURRENT);
            assertEquals("Previous and current social-work involvement is not fully recorded: 1 of 2 not recorded.",
                    finding.message());
        }

        @Test
        void isMinorWhenTheCaseStatusIsNotRecorded() {
            AuditResult result = withHistory().remove("/caseStatus").set(PREVIOUS, "null").check();
            assertSingleFinding(result, "INF-HISTORY", Severity.MINOR, PREVIOUS);
        }

        @Test
        void countsInvolvementRecordedAsFalseAsNotRecorded() {
            AuditResult result = withHistory().set("/caseStatus", "\"OPEN_CHILD_PROTECTION\"").set(PREVIOUS, "false").check();
            assertSingleFinding(result, "INF-HISTORY", Severity.MAJOR, PREVIOUS);
        }

        @Test
        void passesWhenPreviousAndCurrentInvolvementAreRecorded() {
            assertPassed(withHistory().set("/caseStatus", "\"OPEN_CHILD_IN_NEED\"").check(), "INF-HISTORY");
        }

        @Test
        void appliesToEveryRecordIncludingADraft() {
            AuditResult draft = TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/heldAt").check();
            assertSingleFinding(draft, "INF-HISTORY", Severity.MINOR, PREVIOUS, CURRENT);
        }
    }

    @Nested
    class Marac {
        private static TestRecord domesticAbuse() {
            return TestRecord.schoolAge().set("/concern/categories", "[\"DOMESTIC_ABUSE\"]");
        }

        @Test
        void firesWhenItIsNotRecordedWhetherMaracActionsWereConsidered() {
            AuditResult result = domesticAbuse().check();
            Finding finding = assertSingleFinding(result, "INF-MARAC", Severity.MAJOR, "/marac/actionsConsidered");
            assertEquals("Domestic abuse is a concern or the family is known to MARAC, but whether MARAC actions "
                    + "were considered is not recorded.", finding.message());
        }

        @Test
        void firesWhenMaracActionsAreRecordedAsNotConsidered() {
            AuditResult result = domesticAbuse().set("/marac", "{\"actionsConsidered\":false}").check();
            Finding finding = assertSingleFinding(result, "INF-MARAC", Severity.MAJOR, "/marac/actionsConsidered");
            assertEquals("Domestic abuse is a concern or the family is known to MARAC, but MARAC actions "
                    + "are recorded as not considered.", finding.message());
        }

        @Test
        void appliesWhenTheFamilyIsKnownToMaracWhateverTheConcern() {
            AuditResult result = TestRecord.schoolAge().set("/marac", "{\"known\":true}").check();
            assertSingleFinding(result, "INF-MARAC", Severity.MAJOR, "/marac/actionsConsidered");
        }

        @Test
        void passesWhenMaracActionsWereConsidered() {
            AuditResult result = domesticAbuse().set("/marac", "{\"known\":true,\"actionsConsidered\":true}").check();
            assertPassed(result, "INF-MARAC");
        }

        @Test
        void doesNotApplyWithoutDomesticAbuseOrAMaracLink() {
            assertNotApplicable(TestRecord.schoolAge().check(), "INF-MARAC");
            assertNotApplicable(TestRecord.schoolAge().set("/marac", "{\"known\":false,\"actionsConsidered\":false}").check(),
                    "INF-MARAC");
        }
    }
}
