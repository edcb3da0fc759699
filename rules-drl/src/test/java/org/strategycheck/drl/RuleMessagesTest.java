package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.Messages;

/**
 * The English of every finding message, each key once, with arguments as the rules pass them
 * (positions from 1, enumeration values by name, rendered as words). The rule tables assert
 * message keys, never the English, so a change of wording is one line here.
 */
class RuleMessagesTest {

    private static Arguments row(String key, String english, String... arguments) {
        return Arguments.of(key, english, List.of(arguments));
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                row("ATT-HEALTH-INVITED", "No health professional was invited to the strategy discussion."),
                row("ATT-HEALTH-ATTENDED", "Health was invited but no health professional attended or contributed in writing."),
                row("ATT-SCHOOL-NURSE", "A child is of school age but the school nurse was not invited."),
                row("ATT-SCHOOL",
                        "A child is of school age but the school was not invited (a school nurse does not represent the school)."),
                row("ATT-HEALTH-VISITOR", "A child is under school age but the health visitor was not invited."),
                row("DEC-S47-RECORDED", "The section 47 decision is not recorded."),
                row("INF-IDENTITY",
                        "The ethnicity, culture, identity and discrimination section is incomplete: 3 of 4 headings not addressed.", "3"),
                row("INF-IDENTITY.placeholder",
                        "The ethnicity, culture, identity and discrimination section is incomplete: 3 of 4 headings not addressed, 1 of them recorded as a placeholder.", "3", "1"),
                row("ACT-OWNER-NAMED", "Action 1 has no named owner (an agency alone is not an owner).", "1"),
                row("ACT-OWNER-NAMED.immediate",
                        "Immediate action 2 has no named owner (an agency alone is not an owner).", "2"),
                row("ACT-OWNER-NAMED.placeholder", "Action 1 has a placeholder in place of its owner's name.", "1"),
                row("ACT-OWNER-NAMED.immediatePlaceholder",
                        "Immediate action 2 has a placeholder in place of its owner's name.", "2"),
                row("ACT-DUE-DATE", "Action 2 has no due date.", "2"),
                row("ACT-DUE-DATE.immediate", "Immediate action 1 has no due date.", "1"),
                row("DEC-S47-RATIONALE", "The section 47 decision is recorded without a rationale."),
                row("DEC-S47-RATIONALE.placeholder",
                        "The section 47 decision is recorded with a placeholder in place of a rationale."),
                row("ATT-POLICE", "The police were invited but no police officer attended or contributed in writing."),
                row("ATT-POLICE.notInvited",
                        "The police were not invited to the strategy discussion, so no police officer attended or contributed in writing."),
                row("ATT-SOCIAL-CARE", "No children's social care social worker attended the strategy discussion."),
                row("ATT-SOCIAL-CARE.manager",
                        "No children's social care manager (team manager or chair) attended the strategy discussion."),
                row("ATT-EARLY-YEARS",
                        "A child under school age attends an early years setting (nursery or childminder) but the setting was not invited."),
                row("ATT-MIDWIFE", "The child is unborn but no midwife was invited."),
                row("ATT-PAEDIATRICIAN",
                        "No paediatrician was invited, though there is a significant injury, a child in hospital or a medical is required."),
                row("ATT-PAEDIATRICIAN.nonMobile", "A non-mobile child is injured but no paediatrician was invited."),
                row("ATT-REFERRER", "The referral came from housing but that agency was not invited.", "HOUSING"),
                row("ATT-REFERRER.agencyNotRecorded",
                        "The referral came from a professional whose agency is not recorded, so it cannot be seen whether the referrer's agency was invited."),
                row("ATT-YOUTH-JUSTICE",
                        "The concern involves serious youth violence or criminal exploitation but neither youth justice nor a youth worker was invited."),
                row("ATT-INVOLVED-SERVICE",
                        "Involved service 2 (adult mental health) is working with the child or family but was not invited.", "2", "ADULT_MENTAL_HEALTH"),
                row("ATT-GP",
                        "The GP (involved service 1) is working with the child or family but was not invited.", "1"),
                row("ATT-DECISION-MAKERS",
                        "No one who attended for the police could make decisions for the agency: an attendee is recorded as unable to.", "POLICE"),
                row("ATT-INVOLVED-SERVICE.agencyNotRecorded",
                        "Involved service 1 (agency not recorded) is working with the child or family but was not invited.", "1"),
                row("INF-SIGNIFICANT-OTHERS",
                        "No significant others (household members, significant adults or peers) are recorded."),
                row("INF-SIGNIFICANT-OTHERS.sharingNotRecorded",
                        "Significant other 3 lives in the household, but whether agencies' information about them was shared is not recorded.", "3"),
                row("INF-SIGNIFICANT-OTHERS.notShared",
                        "Significant other 1 lives in the household, but agencies' information about them is recorded as not shared.", "1"),
                row("INF-HISTORY", "Neither previous nor current social-work involvement is recorded."),
                row("INF-HISTORY.previous", "Previous social-work involvement is not recorded."),
                row("INF-HISTORY.current", "Current social-work involvement is not recorded."),
                row("INF-MARAC", "The family is known to MARAC, but whether MARAC actions were considered is not recorded."),
                row("INF-MARAC.notConsidered",
                        "The family is known to MARAC, but MARAC actions are recorded as not considered."),
                row("INF-MARAC.knownNotRecorded",
                        "Domestic abuse is a concern, but whether the family is known to MARAC is not recorded, and MARAC actions are not recorded as considered."),
                row("ACT-DUE-DATE-BEFORE-MEETING", "Action 2 is due before the date of the discussion.", "2"),
                row("ACT-PLAN-EXISTS", "A section 47 enquiry is to start or continue, but no actions are recorded."),
                row("REC-MINUTES-CIRCULATED", "The minutes are not recorded as circulated."),
                row("REC-MINUTES-TIMELY",
                        "The minutes were circulated 4 working days after the discussion; they should be circulated within 3.", "4", "3"),
                row("REC-MINUTES-RECIPIENTS",
                        "The minutes were not circulated to health, which was invited to the discussion.", "HEALTH"),
                row("REC-MINUTES-RECIPIENTS.notRecorded", "The minutes are recorded as circulated, but not to whom."),
                row("REC-FORMAT",
                        "The discussion was held by telephone only; for this kind of concern it should be held as a meeting."),
                row("REC-FORMAT.notRecorded",
                        "How the discussion was held is not recorded; for this kind of concern it should be held as a meeting."),
                row("DEC-CONFERENCE-NOT-PURPOSE",
                        "A decision about a child protection conference is recorded but the section 47 decision is not: the discussion should centre on whether to start section 47 enquiries, from which any conference follows."),
                row("DEC-RISK", "The level of risk is not stated."),
                row("DEC-RISK.analysis", "The risk analysis is not recorded."),
                row("DEC-RISK.analysisPlaceholder", "The risk analysis is recorded as a placeholder, not an analysis."),
                row("DEC-RISK.levelAndAnalysis", "Neither the level of risk nor the risk analysis is recorded."),
                row("DEC-RISK.levelAndAnalysisPlaceholder",
                        "The level of risk is not stated and the risk analysis is recorded as a placeholder."),
                row("DEC-CRIMINAL-INVESTIGATION",
                        "The police attended but the decision on a criminal investigation is not recorded."),
                row("DEC-VISIT",
                        "Section 47 enquiries were decided but the decision on a joint or single-agency visit is not recorded."),
                row("DEC-VISIT.none",
                        "Section 47 enquiries were decided but the record says the child will not be visited (neither jointly nor by a single agency)."),
                row("DEC-VISIT.rationale", "The visit decision is recorded without a rationale."),
                row("DEC-VISIT.rationalePlaceholder", "The visit decision is recorded with a placeholder in place of a rationale."),
                row("DEC-MEDICAL", "The decision on a medical examination is not recorded."),
                row("DEC-MEDICAL.rationale", "The decision on a medical examination is recorded without a rationale."),
                row("DEC-MEDICAL.rationalePlaceholder",
                        "The decision on a medical examination is recorded with a placeholder in place of a rationale."),
                row("DEC-MEDICAL.nonMobile",
                        "A non-mobile child is injured but the decision on a medical examination, or its rationale, is not recorded."),
                row("DEC-MEDICAL.nonMobilePlaceholder",
                        "A non-mobile child is injured but the decision on a medical examination is recorded with a placeholder in place of a rationale."),
                row("DEC-FAMILY-INFORMATION",
                        "What will be shared with the child and family, or why it is withheld, is not recorded."),
                row("DEC-FAMILY-INFORMATION.placeholder",
                        "What will be shared with the child and family, or why it is withheld, is recorded as a placeholder."),
                row("DEC-IMMEDIATE-SAFETY",
                        "The immediate and short-term protection and support for the child is not recorded."),
                row("DEC-IMMEDIATE-SAFETY.placeholder",
                        "The immediate and short-term protection and support for the child is recorded as a placeholder."),
                row("DEC-CHILD-VOICE", "Neither the child's views nor how the child will be seen is recorded."),
                row("DEC-CHILD-VOICE.placeholder",
                        "Neither the child's views nor how the child will be seen is recorded: what is there is a placeholder."),
                row("DEC-LEGAL", "Whether legal action was considered is not recorded."),
                row("CT-NAMED-PROFESSIONAL", "No named, trusted professional is identified for the young person."),
                row("CT-NAMED-PROFESSIONAL.placeholder",
                        "The named, trusted professional for the young person is recorded as a placeholder, not a name."),
                row("TIM-EMERGENCY-24H",
                        "The strategy discussion was held more than 24 hours after the emergency action.", "24"),
                row("TIM-SAME-DAY",
                        "The concern involves a significant injury or recent sexual abuse, but the discussion was not held on the day the concern was identified (UK time)."),
                row("TIM-SAME-DAY.identifiedNotRecorded",
                        "The concern involves a significant injury or recent sexual abuse, but when it was identified is not recorded, so a same-day discussion cannot be shown."),
                row("TIM-PROMPT",
                        "The initial discussion was held 3 working days after the concern was identified (the expected maximum is 2), and no reason for the timing is recorded.", "3", "2"),
                row("TIM-PROMPT.placeholder",
                        "The initial discussion was held 3 working days after the concern was identified (the expected maximum is 2), and the reason for the timing is recorded as a placeholder.", "3", "2"),
                row("TIM-PROMPT.withReason",
                        "The initial discussion was held 3 working days after the concern was identified (the expected maximum is 2); a reason for the timing is recorded.", "3", "2"),
                row("TIM-PROMPT.identifiedNotRecorded",
                        "When the concern was identified is not recorded, so the initial discussion cannot be shown to be prompt, and no reason for the timing is recorded."),
                row("TIM-PROMPT.identifiedNotRecordedPlaceholder",
                        "When the concern was identified is not recorded, so the initial discussion cannot be shown to be prompt, and the reason for the timing is recorded as a placeholder."),
                row("TIM-PROMPT.identifiedNotRecordedWithReason",
                        "When the concern was identified is not recorded, so the initial discussion cannot be shown to be prompt; a reason for the timing is recorded."),
                row("TIM-CHRONOLOGY",
                        "The discussion is recorded as held before the concern was identified: one of the two dates is wrong."),
                row("TIM-CHRONOLOGY.circulatedBeforeHeld",
                        "The minutes are recorded as circulated before the discussion was held: one of the two dates is wrong."),
                row("TIM-CHRONOLOGY.completedBeforeHeld",
                        "The minutes are recorded as completed before the discussion was held: one of the two dates is wrong."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void rendersInEnglish(String key, String english, List<String> arguments) {
        assertEquals(english, Messages.english().render(key, arguments));
    }

    @Test
    void everyRuleMessageKeyIsHereOnce() {
        List<String> keys = messages().map(row -> (String) row.get()[0]).toList();
        assertEquals(keys.size(), new TreeSet<>(keys).size(), "a key twice");
        assertEquals(RuleTablesTest.ruleMessageKeys(), Set.copyOf(keys));
    }
}
