package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;

/**
 * Recorded text (rule catalogue v1.1), rule by rule: every rule that checks that a text is
 * recorded uses the one definition. For each such text, a record that otherwise passes the rule
 * is checked with the text absent (the finding says it is not recorded), blank (the same), as
 * each placeholder of the catalogue's list written as a form might hold it (the finding says it
 * is recorded as a placeholder), and with something said (the rule passes).
 */
class RecordedTextTest {

    /**
     * The catalogue's placeholders, written as they turn up (any case, padded, with full stops),
     * and text of one character or only punctuation, which a finding reports as a placeholder too.
     */
    private static final List<String> PLACEHOLDERS = List.of("n/a", "NA", "None", "nil.", " Nothing ", "-", "--", "TBC",
            "tba", "Tbd.", "Not discussed", "not known", "UNKNOWN", "See notes.", "see above", "As above", "see minutes",
            "See record..", "x", "?", "...");

    /**
     * A text a rule checks.
     *
     * @param ruleId          the rule
     * @param pointer         the text's pointer
     * @param record          a record where the rule applies and passes
     * @param notRecordedKey  the finding's message key when the text is not recorded
     * @param placeholderKey  the finding's message key when the text is a placeholder
     */
    record CheckedText(String ruleId, String pointer, Supplier<TestRecord> record, String notRecordedKey,
            String placeholderKey) {
        @Override
        public String toString() {
            return ruleId + " " + pointer;
        }
    }

    private static TestRecord decisions() {
        return TestRecord.load("complete-decisions.json");
    }

    static List<CheckedText> texts() {
        return List.of(
                new CheckedText("DEC-S47-RATIONALE", "/decisions/section47Rationale", RecordedTextTest::decisions,
                        "DEC-S47-RATIONALE", "DEC-S47-RATIONALE.placeholder"),
                new CheckedText("DEC-RISK", "/risk/analysis", RecordedTextTest::decisions,
                        "DEC-RISK.analysis", "DEC-RISK.analysisPlaceholder"),
                new CheckedText("DEC-VISIT", "/decisions/visitRationale", RecordedTextTest::decisions,
                        "DEC-VISIT.rationale", "DEC-VISIT.rationalePlaceholder"),
                new CheckedText("DEC-MEDICAL", "/decisions/medicalRationale", RecordedTextTest::decisions,
                        "DEC-MEDICAL.rationale", "DEC-MEDICAL.rationalePlaceholder"),
                new CheckedText("DEC-MEDICAL", "/decisions/medicalRationale",
                        () -> decisions().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]"),
                        "DEC-MEDICAL.nonMobile", "DEC-MEDICAL.nonMobilePlaceholder"),
                new CheckedText("DEC-FAMILY-INFORMATION", "/decisions/informationSharingWithFamily", RecordedTextTest::decisions,
                        "DEC-FAMILY-INFORMATION", "DEC-FAMILY-INFORMATION.placeholder"),
                new CheckedText("DEC-IMMEDIATE-SAFETY", "/decisions/immediateSafety", RecordedTextTest::decisions,
                        "DEC-IMMEDIATE-SAFETY", "DEC-IMMEDIATE-SAFETY.placeholder"),
                new CheckedText("DEC-CHILD-VOICE", "/childVoice/views",
                        () -> decisions().remove("/childVoice/howChildWillBeSeen"),
                        "DEC-CHILD-VOICE", "DEC-CHILD-VOICE.placeholder"),
                new CheckedText("DEC-CHILD-VOICE", "/childVoice/howChildWillBeSeen",
                        () -> decisions().remove("/childVoice/views"),
                        "DEC-CHILD-VOICE", "DEC-CHILD-VOICE.placeholder"),
                new CheckedText("CT-NAMED-PROFESSIONAL", "/namedProfessional/name",
                        () -> decisions().set("/concern/categories", "[\"SERIOUS_YOUTH_VIOLENCE\"]")
                                .set("/namedProfessional", "{\"name\":\"Youth worker\",\"agency\":\"YOUTH_JUSTICE\"}"),
                        "CT-NAMED-PROFESSIONAL", "CT-NAMED-PROFESSIONAL.placeholder"),
                new CheckedText("ACT-OWNER-NAMED", "/actions/0/owner/name", RecordedTextTest::decisions,
                        "ACT-OWNER-NAMED", "ACT-OWNER-NAMED.placeholder"),
                new CheckedText("ACT-OWNER-NAMED", "/actions/0/owner/name",
                        () -> decisions().set("/actions/0/immediate", "true"),
                        "ACT-OWNER-NAMED.immediate", "ACT-OWNER-NAMED.immediatePlaceholder"),
                new CheckedText("INF-IDENTITY", "/identity/ethnicity", RecordedTextTest::decisions,
                        "INF-IDENTITY", "INF-IDENTITY.placeholder"),
                new CheckedText("INF-IDENTITY", "/identity/discrimination", RecordedTextTest::decisions,
                        "INF-IDENTITY", "INF-IDENTITY.placeholder"),
                // Held on the third working day after the concern: a reason makes it an advisory finding.
                new CheckedText("TIM-PROMPT", "/timingRationale",
                        () -> decisions().set("/concern/identifiedAt", "\"2024-05-09T10:00:00+01:00\"")
                                .set("/timingRationale", "\"The police could not attend sooner.\""),
                        "TIM-PROMPT", "TIM-PROMPT.placeholder"));
    }

    static Stream<Arguments> placeholders() {
        List<Arguments> cases = new ArrayList<>();
        for (CheckedText text : texts()) {
            for (String placeholder : PLACEHOLDERS) {
                cases.add(Arguments.of(text, placeholder));
            }
        }
        return cases.stream();
    }

    private static List<String> keys(AuditResult result, String ruleId) {
        return TestRecord.findingsOf(result, ruleId).stream().map(Finding::messageKey).toList();
    }

    /** Checks the record with the text removed ({@code json} null) or set to the JSON given. */
    private static AuditResult check(CheckedText text, String json) {
        TestRecord record = text.record().get();
        return (json == null ? record.remove(text.pointer()) : record.set(text.pointer(), json)).check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aSubstantiveTextIsRecorded(CheckedText text) {
        AuditResult result = text.record().get().check();
        List<String> keys = keys(result, text.ruleId());
        // TIM-PROMPT's record is late with a reason: what is left is the advisory finding, never a placeholder's.
        assertTrue(keys.isEmpty() || keys.equals(List.of("TIM-PROMPT.withReason")), () -> text + ": " + keys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void anAbsentTextIsNotRecorded(CheckedText text) {
        assertEquals(List.of(text.notRecordedKey()), keys(check(text, null), text.ruleId()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aBlankTextIsNotRecorded(CheckedText text) {
        assertEquals(List.of(text.notRecordedKey()), keys(check(text, "\" \\t \""), text.ruleId()));
    }

    @ParameterizedTest(name = "{0} as \"{1}\"")
    @MethodSource("placeholders")
    void aPlaceholderIsRecordedAsAPlaceholder(CheckedText text, String placeholder) {
        String json = "\"" + placeholder.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        assertEquals(List.of(text.placeholderKey()), keys(check(text, json), text.ruleId()), () -> text + " as " + placeholder);
    }
}
