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
 * Decision rules: what the discussion decided, and whether the record says so and why, as a table.
 */
class DecisionRulesTest {

    private static final String POLICE = "/participants/2";

    private static TestRecord complete() {
        return TestRecord.load("complete-decisions.json");
    }

    private static TestRecord draft() {
        return complete().set("/status", "\"DRAFT\"");
    }

    private static TestRecord nonMobileInjury() {
        return complete().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]");
    }

    private static final String UNBORN = "{\"ref\":\"C1\",\"expectedDueDate\":\"2024-08-01\"}";

    static List<RuleCase> table() {
        List<RuleCase> rows = new ArrayList<>();
        rows.add(fires("DEC-S47-RECORDED", "section47 fires when a final record has no decision",
                TestRecord.schoolAge().remove("/decisions/section47"),
                gap(Severity.CRITICAL, "DEC-S47-RECORDED", "/decisions/section47")));
        rows.add(fires("DEC-S47-RECORDED", "section47 fires when the decisions section is absent",
                TestRecord.schoolAge().remove("/decisions"),
                gap(Severity.CRITICAL, "DEC-S47-RECORDED", "/decisions/section47")));
        rows.add(passes("DEC-S47-RECORDED", "section47 passes when recorded",
                TestRecord.schoolAge()));
        rows.add(passes("DEC-S47-RECORDED", "section47 passes when the decision is that no enquiry is required",
                TestRecord.preSchool()));
        rows.add(notApplicable("DEC-S47-RECORDED", "section47 does not apply to a draft",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/decisions/section47")));
        rows.add(fires("DEC-S47-RECORDED", "a record without status is final",
                TestRecord.schoolAge().remove("/status").remove("/decisions/section47"),
                gap(Severity.CRITICAL, "DEC-S47-RECORDED", "/decisions/section47")));
        rows.add(fires("DEC-S47-RATIONALE", "fires when the section47 decision has no rationale",
                complete().remove("/decisions/section47Rationale"),
                gap(Severity.MAJOR, "DEC-S47-RATIONALE", "/decisions/section47Rationale")));
        rows.add(fires("DEC-S47-RATIONALE", "fires when the rationale is blank",
                complete().set("/decisions/section47Rationale", "\" \\t \""),
                gap(Severity.MAJOR, "DEC-S47-RATIONALE", "/decisions/section47Rationale")));
        rows.add(fires("DEC-S47-RATIONALE", "fires when the decision that no enquiry is required has no rationale",
                TestRecord.preSchool(),
                gap(Severity.MAJOR, "DEC-S47-RATIONALE", "/decisions/section47Rationale")));
        rows.add(fires("DEC-S47-RATIONALE", "says the rationale is a placeholder",
                complete().set("/decisions/section47Rationale", "\"see notes\""),
                gap(Severity.MAJOR, "DEC-S47-RATIONALE.placeholder", "/decisions/section47Rationale")));
        rows.add(fires("DEC-S47-RATIONALE", "counts a rationale of one character as a placeholder",
                complete().set("/decisions/section47Rationale", "\"x\""),
                gap(Severity.MAJOR, "DEC-S47-RATIONALE.placeholder", "/decisions/section47Rationale")));
        rows.add(passes("DEC-S47-RATIONALE", "passes when a rationale is recorded",
                complete()));
        rows.add(notApplicable("DEC-S47-RATIONALE", "does not apply when no section47 decision is recorded which is reported only as missing decision",
                complete().remove("/decisions/section47").remove("/decisions/section47Rationale")));
        rows.add(fires("DEC-S47-RECORDED", "does not apply when no section47 decision is recorded which is reported only as missing decision",
                complete().remove("/decisions/section47").remove("/decisions/section47Rationale"),
                gap(Severity.CRITICAL, "DEC-S47-RECORDED", "/decisions/section47")));
        rows.add(fires("DEC-S47-RATIONALE", "applies to a draft",
                draft().remove("/decisions/section47Rationale"),
                gap(Severity.MAJOR, "DEC-S47-RATIONALE", "/decisions/section47Rationale")));
        rows.add(fires("DEC-CONFERENCE-NOT-PURPOSE", "fires when a conference is to be convened but no section47 decision is recorded",
                complete().remove("/decisions/section47").set("/decisions/initialConference", "\"CONVENE\""),
                gap(Severity.ADVISORY, "DEC-CONFERENCE-NOT-PURPOSE", "/decisions/initialConference", "/decisions/section47")));
        rows.add(fires("DEC-CONFERENCE-NOT-PURPOSE", "is reported alongside the missing section47 decision of a final record",
                complete().remove("/decisions/section47"),
                gap(Severity.ADVISORY, "DEC-CONFERENCE-NOT-PURPOSE", "/decisions/initialConference", "/decisions/section47")));
        rows.add(fires("DEC-S47-RECORDED", "is reported alongside the missing section47 decision of a final record",
                complete().remove("/decisions/section47"),
                gap(Severity.CRITICAL, "DEC-S47-RECORDED", "/decisions/section47")));
        rows.add(notApplicable("DEC-CONFERENCE-NOT-PURPOSE", "v1.1: does not apply to a draft, where the missing section47 decision is not yet a gap",
                draft().remove("/decisions/section47")));
        rows.add(notApplicable("DEC-S47-RECORDED", "applies to a draft where the missing section47 decision is not yet a gap",
                draft().remove("/decisions/section47")));
        for (String conference : List.of("CONVENE", "NOT_REQUIRED", "TO_BE_DECIDED")) {
            rows.add(fires("DEC-CONFERENCE-NOT-PURPOSE", "fires for any conference decision without the section47 decision: " + conference,
                    complete().remove("/decisions/section47").set("/decisions/initialConference", "\"" + conference + "\""),
                    gap(Severity.ADVISORY, "DEC-CONFERENCE-NOT-PURPOSE", "/decisions/initialConference", "/decisions/section47")));
        }
        rows.add(passes("DEC-CONFERENCE-NOT-PURPOSE", "v1.1: passes when the section47 decision is recorded too",
                complete().set("/decisions/initialConference", "\"CONVENE\"")));
        rows.add(passes("DEC-CONFERENCE-NOT-PURPOSE", "v1.1: passes when the section47 decision is recorded too, even that none is required",
                complete().set("/decisions/section47", "\"NOT_REQUIRED\"").set("/decisions/initialConference", "\"NOT_REQUIRED\"")));
        rows.add(notApplicable("DEC-CONFERENCE-NOT-PURPOSE", "does not apply when no conference decision is recorded",
                complete().remove("/decisions/section47").remove("/decisions/initialConference")));
        rows.add(fires("DEC-RISK", "fires when the level is not stated",
                complete().remove("/risk/level"),
                gap(Severity.MAJOR, "DEC-RISK", "/risk/level")));
        rows.add(fires("DEC-RISK", "fires when the analysis is blank",
                complete().set("/risk/analysis", "\"   \""),
                gap(Severity.MAJOR, "DEC-RISK.analysis", "/risk/analysis")));
        rows.add(fires("DEC-RISK", "reports one finding with both pointers when the section is absent",
                complete().remove("/risk"),
                gap(Severity.MAJOR, "DEC-RISK.levelAndAnalysis", "/risk/level", "/risk/analysis")));
        rows.add(fires("DEC-RISK", "reports one finding with both pointers when the level is not stated and the analysis is blank",
                complete().remove("/risk/level").set("/risk/analysis", "\"\""),
                gap(Severity.MAJOR, "DEC-RISK.levelAndAnalysis", "/risk/level", "/risk/analysis")));
        rows.add(fires("DEC-RISK", "says the analysis is a placeholder",
                complete().set("/risk/analysis", "\".\""),
                gap(Severity.MAJOR, "DEC-RISK.analysisPlaceholder", "/risk/analysis")));
        rows.add(fires("DEC-RISK", "reports one finding when the level is not stated and the analysis is a placeholder",
                complete().remove("/risk/level").set("/risk/analysis", "\"N/A\""),
                gap(Severity.MAJOR, "DEC-RISK.levelAndAnalysisPlaceholder", "/risk/level", "/risk/analysis")));
        rows.add(passes("DEC-RISK", "passes when the level is stated and the analysis recorded",
                complete()));
        rows.add(passes("DEC-RISK", "passes for a low level",
                complete().set("/risk/level", "\"LOW\"")));
        rows.add(appliesToEveryRecord("DEC-RISK", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(fires("DEC-CRIMINAL-INVESTIGATION", "fires when the police attended and no decision is recorded",
                complete().remove("/decisions/criminalInvestigation"),
                gap(Severity.MAJOR, "DEC-CRIMINAL-INVESTIGATION", "/decisions/criminalInvestigation")));
        for (String decision : List.of("YES", "NO", "TO_BE_DECIDED")) {
            rows.add(passes("DEC-CRIMINAL-INVESTIGATION", "passes whatever the recorded decision: " + decision,
                    complete().set("/decisions/criminalInvestigation", "\"" + decision + "\"")));
        }
        rows.add(notApplicable("DEC-CRIMINAL-INVESTIGATION", "does not apply when the police are recorded as not attending",
                complete().set(POLICE + "/attended", "false").remove("/decisions/criminalInvestigation")));
        rows.add(notApplicable("DEC-CRIMINAL-INVESTIGATION", "does not apply when the police only contributed in writing",
                complete().set(POLICE + "/attended", "false").set(POLICE + "/contributedInWriting", "true").remove("/decisions/criminalInvestigation")));
        rows.add(notApplicable("DEC-CRIMINAL-INVESTIGATION", "does not apply when police attendance is not recorded",
                complete().set(POLICE + "/attended", "null").remove("/decisions/criminalInvestigation")));
        rows.add(notApplicable("DEC-CRIMINAL-INVESTIGATION", "does not apply when no police officer took part",
                complete().remove(POLICE).remove("/decisions/criminalInvestigation")));
        rows.add(fires("DEC-CRIMINAL-INVESTIGATION", "applies to a draft when the police attended",
                draft().remove("/decisions/criminalInvestigation"),
                gap(Severity.MAJOR, "DEC-CRIMINAL-INVESTIGATION", "/decisions/criminalInvestigation")));
        rows.add(fires("DEC-VISIT", "fires when the visit decision is not recorded",
                complete().remove("/decisions/visit"),
                gap(Severity.MINOR, "DEC-VISIT", "/decisions/visit")));
        rows.add(fires("DEC-VISIT", "fires differently when recorded as no visit",
                complete().set("/decisions/visit", "\"NONE\""),
                gap(Severity.MINOR, "DEC-VISIT.none", "/decisions/visit")));
        rows.add(fires("DEC-VISIT", "fires when the visit decision has no rationale",
                complete().remove("/decisions/visitRationale"),
                gap(Severity.MINOR, "DEC-VISIT.rationale", "/decisions/visitRationale")));
        rows.add(fires("DEC-VISIT", "reports only the missing decision when neither decision nor rationale is recorded",
                complete().remove("/decisions/visit").remove("/decisions/visitRationale"),
                gap(Severity.MINOR, "DEC-VISIT", "/decisions/visit")));
        rows.add(fires("DEC-VISIT", "reports no visit and a missing rationale as two gaps",
                complete().set("/decisions/visit", "\"NONE\"").remove("/decisions/visitRationale"),
                gap(Severity.MINOR, "DEC-VISIT.none", "/decisions/visit"),
                gap(Severity.MINOR, "DEC-VISIT.rationale", "/decisions/visitRationale")));
        rows.add(fires("DEC-VISIT", "says the visit rationale is a placeholder",
                complete().set("/decisions/visitRationale", "\"TBC\""),
                gap(Severity.MINOR, "DEC-VISIT.rationalePlaceholder", "/decisions/visitRationale")));
        for (String visit : List.of("JOINT", "SINGLE_AGENCY")) {
            rows.add(passes("DEC-VISIT", "passes when a visit is decided with a rationale: " + visit,
                    complete().set("/decisions/visit", "\"" + visit + "\"")));
        }
        rows.add(fires("DEC-VISIT", "applies when section47 enquiries continue",
                complete().set("/decisions/section47", "\"CONTINUE\"").remove("/decisions/visit"),
                gap(Severity.MINOR, "DEC-VISIT", "/decisions/visit")));
        rows.add(notApplicable("DEC-VISIT", "does not apply when no section47 enquiry is required",
                complete().set("/decisions/section47", "\"NOT_REQUIRED\"").remove("/decisions/visit")));
        rows.add(notApplicable("DEC-VISIT", "does not apply when no section47 decision is recorded",
                complete().remove("/decisions/section47").remove("/decisions/visit")));
        rows.add(fires("DEC-MEDICAL", "fires when the medical decision is not recorded",
                complete().remove("/decisions/medical"),
                gap(Severity.MAJOR, "DEC-MEDICAL", "/decisions/medical")));
        rows.add(fires("DEC-MEDICAL", "fires when the medical decision has no rationale",
                complete().set("/decisions/medicalRationale", "\"\""),
                gap(Severity.MAJOR, "DEC-MEDICAL.rationale", "/decisions/medicalRationale")));
        rows.add(fires("DEC-MEDICAL", "reports only the missing decision when neither decision nor rationale is recorded",
                complete().remove("/decisions/medical").remove("/decisions/medicalRationale"),
                gap(Severity.MAJOR, "DEC-MEDICAL", "/decisions/medical")));
        rows.add(fires("DEC-MEDICAL", "says the medical rationale is a placeholder",
                complete().set("/decisions/medicalRationale", "\"N/A.\""),
                gap(Severity.MAJOR, "DEC-MEDICAL.rationalePlaceholder", "/decisions/medicalRationale")));
        rows.add(fires("DEC-MEDICAL", "says a non mobile childs medical rationale is a placeholder, as critical",
                nonMobileInjury().set("/decisions/medicalRationale", "\"-\""),
                gap(Severity.CRITICAL, "DEC-MEDICAL.nonMobilePlaceholder", "/decisions/medicalRationale")));
        rows.add(passes("DEC-MEDICAL", "passes when the decision and its rationale are recorded",
                complete()));
        rows.add(passes("DEC-MEDICAL", "passes when a medical is recorded as not required with a rationale",
                complete().set("/decisions/medical", "\"NOT_REQUIRED\"")));
        rows.add(fires("DEC-MEDICAL", "is critical when a non mobile childs medical decision is not recorded",
                nonMobileInjury().remove("/decisions/medical"),
                gap(Severity.CRITICAL, "DEC-MEDICAL.nonMobile", "/decisions/medical")));
        rows.add(fires("DEC-MEDICAL", "is critical when a non mobile childs medical decision has no rationale",
                nonMobileInjury().remove("/decisions/medicalRationale"),
                gap(Severity.CRITICAL, "DEC-MEDICAL.nonMobile", "/decisions/medicalRationale")));
        rows.add(fires("DEC-MEDICAL", "is reported once as critical when a non mobile injury is also physical abuse with a significant injury",
                complete().set("/concern/categories", "[\"PHYSICAL_ABUSE\",\"INJURY_NON_MOBILE_CHILD\"]").remove("/decisions/medical"),
                gap(Severity.CRITICAL, "DEC-MEDICAL.nonMobile", "/decisions/medical")));
        rows.add(passes("DEC-MEDICAL", "passes for a non mobile child when the decision and rationale are recorded",
                nonMobileInjury()));
        rows.add(fires("DEC-MEDICAL", "applies to sexual abuse without an injury",
                complete().set("/concern/categories", "[\"SEXUAL_ABUSE\"]").set("/concern/significantInjury", "false").remove("/decisions/medical"),
                gap(Severity.MAJOR, "DEC-MEDICAL", "/decisions/medical")));
        rows.add(fires("DEC-MEDICAL", "applies when recent sexual abuse is alleged though not categorised",
                complete().set("/concern/categories", "[\"NEGLECT\"]").set("/concern/significantInjury", "false").set("/concern/recentSexualAbuse", "true").remove("/decisions/medical"),
                gap(Severity.MAJOR, "DEC-MEDICAL", "/decisions/medical")));
        rows.add(notApplicable("DEC-MEDICAL", "does not apply to physical abuse without a significant injury",
                complete().set("/concern/significantInjury", "false").remove("/decisions/medical")));
        rows.add(notApplicable("DEC-MEDICAL", "does not apply to physical abuse when a significant injury is not recorded",
                complete().remove("/concern/significantInjury").remove("/decisions/medical")));
        rows.add(notApplicable("DEC-MEDICAL", "does not apply to a significant injury outside physical abuse",
                complete().set("/concern/categories", "[\"NEGLECT\"]").remove("/decisions/medical")));
        rows.add(fires("DEC-MEDICAL", "applies to a draft",
                draft().remove("/decisions/medical"),
                gap(Severity.MAJOR, "DEC-MEDICAL", "/decisions/medical")));
        rows.add(fires("DEC-FAMILY-INFORMATION", "fires when nothing is recorded on sharing with the family",
                complete().remove("/decisions/informationSharingWithFamily"),
                gap(Severity.MAJOR, "DEC-FAMILY-INFORMATION", "/decisions/informationSharingWithFamily")));
        rows.add(fires("DEC-FAMILY-INFORMATION", "fires when the entry is blank",
                complete().set("/decisions/informationSharingWithFamily", "\"\""),
                gap(Severity.MAJOR, "DEC-FAMILY-INFORMATION", "/decisions/informationSharingWithFamily")));
        rows.add(fires("DEC-FAMILY-INFORMATION", "says the entry is a placeholder",
                complete().set("/decisions/informationSharingWithFamily", "\"None.\""),
                gap(Severity.MAJOR, "DEC-FAMILY-INFORMATION.placeholder", "/decisions/informationSharingWithFamily")));
        rows.add(passes("DEC-FAMILY-INFORMATION", "passes when a recorded reason for withholding information is all there is",
                complete().set("/decisions/informationSharingWithFamily", "\"Not shared until the child is seen: sharing could put the child at risk.\"")));
        rows.add(notApplicable("DEC-FAMILY-INFORMATION", "does not apply to a draft",
                draft().remove("/decisions/informationSharingWithFamily")));
        rows.add(fires("DEC-IMMEDIATE-SAFETY", "fires when immediate protection is not recorded",
                complete().remove("/decisions/immediateSafety"),
                gap(Severity.MAJOR, "DEC-IMMEDIATE-SAFETY", "/decisions/immediateSafety")));
        rows.add(fires("DEC-IMMEDIATE-SAFETY", "fires when the entry is blank",
                complete().set("/decisions/immediateSafety", "\"\\n\""),
                gap(Severity.MAJOR, "DEC-IMMEDIATE-SAFETY", "/decisions/immediateSafety")));
        rows.add(fires("DEC-IMMEDIATE-SAFETY", "says the entry is a placeholder",
                complete().set("/decisions/immediateSafety", "\" See minutes \""),
                gap(Severity.MAJOR, "DEC-IMMEDIATE-SAFETY.placeholder", "/decisions/immediateSafety")));
        rows.add(passes("DEC-IMMEDIATE-SAFETY", "passes when recorded",
                complete()));
        rows.add(notApplicable("DEC-IMMEDIATE-SAFETY", "does not apply to a draft",
                draft().remove("/decisions/immediateSafety")));
        rows.add(fires("DEC-CHILD-VOICE", "fires when neither the childs views nor how the child will be seen is recorded",
                complete().remove("/childVoice"),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(fires("DEC-CHILD-VOICE", "fires when both are blank",
                complete().set("/childVoice/views", "\" \"").set("/childVoice/howChildWillBeSeen", "\"\""),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(fires("DEC-CHILD-VOICE", "fires when only whether the child was seen alone is recorded",
                complete().remove("/childVoice/views").remove("/childVoice/howChildWillBeSeen"),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(fires("DEC-CHILD-VOICE", "says what is recorded is a placeholder",
                complete().set("/childVoice/views", "\"unknown\"").remove("/childVoice/howChildWillBeSeen"),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE.placeholder", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(fires("DEC-CHILD-VOICE", "says what is recorded is a placeholder when both are",
                complete().set("/childVoice/views", "\"?\"").set("/childVoice/howChildWillBeSeen", "\"tbd\""),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE.placeholder", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(passes("DEC-CHILD-VOICE", "passes with the views recorded though how the child will be seen is a placeholder",
                complete().set("/childVoice/howChildWillBeSeen", "\"as above\"")));
        rows.add(passes("DEC-CHILD-VOICE", "passes with the childs views alone",
                complete().remove("/childVoice/howChildWillBeSeen")));
        rows.add(passes("DEC-CHILD-VOICE", "passes with how the child will be seen alone",
                complete().remove("/childVoice/views")));
        rows.add(notApplicable("DEC-CHILD-VOICE", "does not apply when the only child is unborn",
                complete().set("/children", "[" + UNBORN + "]").remove("/childVoice")));
        rows.add(notApplicable("DEC-CHILD-VOICE", "v1.1: does not apply when the only child was born after the discussion, so unborn at it",
                complete().set("/children/0/dateOfBirth", "\"2024-06-01\"").remove("/childVoice")));
        rows.add(fires("DEC-CHILD-VOICE", "applies when an unborn child has a born sibling",
                complete().set("/children", "[" + UNBORN + "]").add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2020-03-01\"}").remove("/childVoice"),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(fires("DEC-CHILD-VOICE", "applies when the date of birth is not recorded",
                complete().set("/children", "[{\"ref\":\"C1\"}]").remove("/childVoice"),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(fires("DEC-CHILD-VOICE", "applies to a draft",
                draft().remove("/childVoice"),
                gap(Severity.MAJOR, "DEC-CHILD-VOICE", "/childVoice/views", "/childVoice/howChildWillBeSeen")));
        rows.add(fires("DEC-LEGAL", "fires when legal action is not recorded as considered",
                complete().remove("/decisions/legalAction"),
                gap(Severity.ADVISORY, "DEC-LEGAL", "/decisions/legalAction")));
        for (String decision : List.of("YES", "NO", "CONSIDERED")) {
            rows.add(passes("DEC-LEGAL", "passes whatever the recorded decision: " + decision,
                    complete().set("/decisions/legalAction", "\"" + decision + "\"")));
        }
        rows.add(notApplicable("DEC-LEGAL", "does not apply to a draft",
                draft().remove("/decisions/legalAction")));

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
