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
                row("ATT-HEALTH-ATTENDED", "No health professional attended or contributed in writing."),
                row("ATT-SCHOOL-NURSE", "A child is of school age but the school nurse was not invited."),
                row("ATT-SCHOOL",
                        "A child is of school age but the school was not invited (a school nurse does not represent the school)."),
                row("ATT-HEALTH-VISITOR", "A child is under school age but the health visitor was not invited."),
                row("DEC-S47-RECORDED", "The section 47 decision is not recorded."),
                row("INF-IDENTITY",
                        "The ethnicity, culture, identity and discrimination section is incomplete: 3 of 4 headings not addressed.", "3"),
                row("ACT-OWNER-NAMED", "Action 1 has no named owner (an agency alone is not an owner).", "1"),
                row("ACT-OWNER-NAMED.immediate",
                        "Immediate action 2 has no named owner (an agency alone is not an owner).", "2"),
                row("ACT-DUE-DATE", "Action 2 has no due date.", "2"),
                row("ACT-DUE-DATE.immediate", "Immediate action 1 has no due date.", "1"),
                row("DEC-S47-RATIONALE", "The section 47 decision is recorded without a rationale."),
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
                row("INF-HISTORY",
                        "Previous and current social-work involvement is not fully recorded: 2 of 2 not recorded.", "2"),
                row("INF-MARAC",
                        "Domestic abuse is a concern or the family is known to MARAC, but whether MARAC actions were considered is not recorded."),
                row("INF-MARAC.notConsidered",
                        "Domestic abuse is a concern or the family is known to MARAC, but MARAC actions are recorded as not considered."),
                row("ACT-DUE-DATE-BEFORE-MEETING", "Action 2 is due before the date of the discussion.", "2"),
                row("ACT-PLAN-EXISTS", "A section 47 enquiry is to start or continue, but no actions are recorded."),
                row("REC-MINUTES-CIRCULATED", "The minutes are not recorded as circulated."),
                row("REC-MINUTES-TIMELY",
                        "The minutes were circulated 4 working days after the discussion; they should be circulated within 3.", "4", "3"),
                row("REC-MINUTES-RECIPIENTS",
                        "The minutes were not circulated to health, which was invited to the discussion.", "HEALTH"),
                row("REC-FORMAT",
                        "The discussion was held by telephone only; for this kind of concern it should be held as a meeting."),
                row("REC-FORMAT.notRecorded",
                        "How the discussion was held is not recorded; for this kind of concern it should be held as a meeting."),
                row("DEC-CONFERENCE-NOT-PURPOSE",
                        "A decision about a child protection conference is recorded but the section 47 decision is not: the discussion should centre on whether to start section 47 enquiries, from which any conference follows."),
                row("DEC-RISK", "The level of risk is not stated."),
                row("DEC-RISK.analysis", "The risk analysis is not recorded."),
                row("DEC-CRIMINAL-INVESTIGATION",
                        "The police attended but the decision on a criminal investigation is not recorded."),
                row("DEC-VISIT",
                        "Section 47 enquiries were decided but the decision on a joint or single-agency visit is not recorded."),
                row("DEC-VISIT.none",
                        "Section 47 enquiries were decided but the record says the child will not be visited (neither jointly nor by a single agency)."),
                row("DEC-VISIT.rationale", "The visit decision is recorded without a rationale."),
                row("DEC-MEDICAL", "The decision on a medical examination is not recorded."),
                row("DEC-MEDICAL.rationale", "The decision on a medical examination is recorded without a rationale."),
                row("DEC-MEDICAL.nonMobile",
                        "A non-mobile child is injured but the decision on a medical examination, or its rationale, is not recorded."),
                row("DEC-FAMILY-INFORMATION",
                        "What will be shared with the child and family, or why it is withheld, is not recorded."),
                row("DEC-IMMEDIATE-SAFETY",
                        "The immediate and short-term protection and support for the child is not recorded."),
                row("DEC-CHILD-VOICE", "Neither the child's views nor how the child will be seen is recorded."),
                row("DEC-LEGAL", "Whether legal action was considered is not recorded."),
                row("CT-NAMED-PROFESSIONAL", "No named, trusted professional is identified for the young person."),
                row("TIM-EMERGENCY-24H",
                        "The strategy discussion was held more than 24 hours after the emergency action.", "24"),
                row("TIM-SAME-DAY",
                        "The concern involves a significant injury or recent sexual abuse, but the discussion was not held on the day the concern was identified (UK time)."),
                row("TIM-SAME-DAY.identifiedNotRecorded",
                        "The concern involves a significant injury or recent sexual abuse, but when it was identified is not recorded, so a same-day discussion cannot be shown."),
                row("TIM-PROMPT",
                        "The initial discussion was held 3 working days after the concern was identified (the expected maximum is 2), and no reason for the timing is recorded.", "3", "2"),
                row("TIM-PROMPT.identifiedNotRecorded",
                        "When the concern was identified is not recorded, so the initial discussion cannot be shown to be prompt, and no reason for the timing is recorded."),
                row("TIM-CHRONOLOGY",
                        "The discussion is recorded as held before the concern was identified: one of the two dates is wrong."),
                row("TIM-CHRONOLOGY.bornAfterHeld",
                        "Child 2's date of birth is after the discussion: one of the two dates is wrong.", "2"),
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
