package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;
import org.strategycheck.Severity;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.json.ResultJson;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Agency;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Section47Decision;

class ResultLinesTest {

    private static final AuditResult RESULT = new AuditResult("SD-1", Grade.REQUIRES_IMPROVEMENT,
            List.of(new Finding("ACT-DUE-DATE", Severity.MAJOR, "ACT-DUE-DATE", List.of("2"), List.of("/actions/1/dueBy"),
                    "GSCB D")),
            List.of("ATT-HEALTH-INVITED"), List.of("ATT-SCHOOL"), "1.1.0", "england", "1.0", CheckMode.FINAL, List.of(),
            "1.1");
    private static final RecordContext CONTEXT = new RecordContext("north", "north-mash", LocalDate.of(2024, 5, 14),
            DiscussionType.INITIAL, CaseStatus.NEW_REFERRAL, List.of(ConcernCategory.NEGLECT, ConcernCategory.MISSING),
            List.of(AgeBand.SCHOOL_AGE, AgeBand.PRE_SCHOOL));

    @Test
    void aGradedLineIsTheResultLineOfResultJsonWithTheContextAfterIt() {
        String line = ResultLines.write(new AuditedRecord.Graded(3, "in.jsonl:3", RESULT, CONTEXT), Messages.english());

        String result = ResultJson.result("in.jsonl:3", RESULT, Messages.english());
        assertEquals(result.substring(0, result.length() - 1) + ",\"partnership\":\"north\",\"team\":\"north-mash\","
                + "\"heldOn\":\"2024-05-14\",\"type\":\"INITIAL\",\"caseStatus\":\"NEW_REFERRAL\","
                + "\"categories\":[\"NEGLECT\",\"MISSING\"],\"ageBands\":[\"SCHOOL_AGE\",\"PRE_SCHOOL\"]}", line);
    }

    private static final RecordContext.Practice PRACTICE = new RecordContext.Practice(
            java.util.Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE, Agency.HEALTH),
            java.util.Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE), java.util.Set.of(Agency.HEALTH), false, 1,
            false, true, 2, Section47Decision.INITIATE, true, List.of(EthnicGroup.WHITE, EthnicGroup.NOT_RECORDED));

    @Test
    void thePracticeValuesAreAppendedAfterTheContextInAgencyOrder() {
        RecordContext withPractice = new RecordContext("north", "north-mash", LocalDate.of(2024, 5, 14),
                DiscussionType.INITIAL, CaseStatus.NEW_REFERRAL, List.of(ConcernCategory.NEGLECT, ConcernCategory.MISSING),
                List.of(AgeBand.SCHOOL_AGE, AgeBand.PRE_SCHOOL), PRACTICE);

        String line = ResultLines.write(new AuditedRecord.Graded(3, "in.jsonl:3", RESULT, withPractice), Messages.english());

        String before = ResultLines.write(new AuditedRecord.Graded(3, "in.jsonl:3", RESULT, CONTEXT), Messages.english());
        assertEquals(before.substring(0, before.length() - 1) + ",\"invited\":[\"CHILDRENS_SOCIAL_CARE\",\"POLICE\","
                + "\"HEALTH\"],\"attended\":[\"CHILDRENS_SOCIAL_CARE\",\"POLICE\"],\"inWriting\":[\"HEALTH\"],"
                + "\"everyoneInvitedAttended\":false,\"workingDaysFromConcern\":1,\"timingRationale\":false,"
                + "\"minutesCirculated\":true,\"workingDaysToMinutes\":2,\"section47\":\"INITIATE\","
                + "\"section47Rationale\":true,\"ethnicGroups\":[\"WHITE\",\"NOT_RECORDED\"]}", line);
        assertEquals(new AuditedRecord.Graded(3, "in.jsonl:3", RESULT, withPractice), ResultLines.read(line, 3));
    }

    @Test
    void practiceValuesNotRecordedAreWrittenAsNullAndReadBack() {
        RecordContext.Practice unknown = new RecordContext.Practice(java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), null, null, false, false, null, null, false, List.of());
        RecordContext context = new RecordContext(null, null, null, null, null, List.of(), List.of(), unknown);

        String line = ResultLines.write(new AuditedRecord.Graded(1, "a.json", RESULT, context), Messages.english());

        assertTrue(line.endsWith(",\"invited\":[],\"attended\":[],\"inWriting\":[],\"everyoneInvitedAttended\":null,"
                + "\"workingDaysFromConcern\":null,\"timingRationale\":false,\"minutesCirculated\":false,"
                + "\"workingDaysToMinutes\":null,\"section47\":null,\"section47Rationale\":false,\"ethnicGroups\":[]}"),
                line);
        assertEquals(context, ((AuditedRecord.Graded) ResultLines.read(line, 1)).context());
    }

    @Test
    void aLineWrittenBeforeThePracticeValuesWereKeptReadsWithoutThemAndIsWrittenBackAsItWas() {
        String old = ResultLines.write(new AuditedRecord.Graded(3, "in.jsonl:3", RESULT, CONTEXT), Messages.english());

        AuditedRecord read = ResultLines.read(old, 3);

        assertEquals(null, ((AuditedRecord.Graded) read).context().practice());
        assertEquals(old, ResultLines.write(read, Messages.english()));
    }

    @Test
    void aPracticeValueOfTheWrongTypeIsAnErrorAtItsField() {
        RecordContext context = new RecordContext(null, null, null, null, null, List.of(), List.of(), PRACTICE);
        String line = ResultLines.write(new AuditedRecord.Graded(1, "a.json", RESULT, context), Messages.english())
                .replace("\"workingDaysFromConcern\":1", "\"workingDaysFromConcern\":\"one\"");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ResultLines.read(line, 1));

        assertEquals("not a results line: /workingDaysFromConcern: expected a whole number", error.getMessage());
    }

    @Test
    void contextNotRecordedIsWrittenAsNull() {
        RecordContext unknown = new RecordContext(null, null, null, null, null, List.of(), List.of());

        String line = ResultLines.write(new AuditedRecord.Graded(1, "a.json", RESULT, unknown), Messages.english());

        assertTrue(line.endsWith(",\"partnership\":null,\"team\":null,\"heldOn\":null,\"type\":null,"
                + "\"caseStatus\":null,\"categories\":[],\"ageBands\":[]}"), line);
    }

    @Test
    void aRejectedLineIsTheErrorLineOfResultJson() {
        List<RecordError> errors = List.of(new RecordError("/status", "record.unknownValue", List.of("DRAFT, FINAL"), 3, 14),
                RecordError.at("/heldAt", "record.badInstant"));

        String line = ResultLines.write(new AuditedRecord.Rejected(2, "in.jsonl:2", "SD-2", errors), Messages.english());

        assertEquals(ResultJson.error("in.jsonl:2", "SD-2", errors, Messages.english()), line);
    }

    @Test
    void aLineReadBackHasThePositionItIsGiven() {
        String line = ResultLines.write(new AuditedRecord.Graded(3, "in.jsonl:3", RESULT, CONTEXT), Messages.english());

        assertEquals(new AuditedRecord.Graded(41, "in.jsonl:3", RESULT, CONTEXT), ResultLines.read(line, 41));
    }

    @Test
    void aLineWithoutTheContextReadsAsContextNotRecorded() {
        String line = ResultJson.result("old.jsonl:1", RESULT, Messages.english());

        AuditedRecord.Graded read = (AuditedRecord.Graded) ResultLines.read(line, 1);

        assertEquals(new RecordContext(null, null, null, null, null, List.of(), List.of()), read.context());
    }

    @Test
    void aLineWrittenBeforeResultsNamedTheCatalogueReadsAsCatalogueNotKnown() {
        String line = ResultLines.write(new AuditedRecord.Graded(1, "a.json", RESULT, CONTEXT), Messages.english())
                .replace(",\"catalogueVersion\":\"1.1\"", "");

        AuditedRecord.Graded read = (AuditedRecord.Graded) ResultLines.read(line, 1);

        assertEquals("", read.result().catalogueVersion());
        assertEquals("1.1.0", read.result().ruleSetVersion());
    }

    @Test
    void aDamagedLineIsAnErrorNamingTheFieldAndQuotingNothing() {
        String line = ResultLines.write(new AuditedRecord.Graded(1, "a.json", RESULT, CONTEXT), Messages.english())
                .replace("\"grade\":\"REQUIRES_IMPROVEMENT\"", "\"grade\":\"SECRET-VALUE\"");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultLines.read(line, 1));

        assertEquals("not a results line: /grade: not an allowed value", e.getMessage());
    }

    @Test
    void aFindingWithoutItsRuleIsAnErrorAtItsPointer() {
        String line = ResultLines.write(new AuditedRecord.Graded(1, "a.json", RESULT, CONTEXT), Messages.english())
                .replace("\"ruleId\":\"ACT-DUE-DATE\",", "");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultLines.read(line, 1));

        assertEquals("not a results line: /findings/0/ruleId: expected a string", e.getMessage());
    }

    @Test
    void somethingElseThanAJsonObjectIsNotAResultsLine() {
        for (String line : List.of("", "[]", "{\"source\":", "42")) {
            assertThrows(IllegalArgumentException.class, () -> ResultLines.read(line, 1), line);
        }
    }
}
