package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.audit.ResultsFixture.RULES;
import static org.strategycheck.audit.ResultsFixture.audit;
import static org.strategycheck.audit.ResultsFixture.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.Grade;
import org.strategycheck.audit.Agreement.Judgement;
import org.strategycheck.audit.Agreement.Kappa;

/** The auditors' sheet read against the audit: what is counted, and a bad sheet said by row and column. */
class AgreementTest {

    private static final String HEADER = "recordId,position,partnership,team,date,auditorGrade,ATT-A,DEC-A,notes\n";

    @TempDir
    Path temp;

    private Path auditDir;

    /** Six final records: SD-1, SD-2 Good; SD-3, SD-4 Requires improvement; SD-5 Inadequate; SD-6 a draft. */
    @BeforeEach
    void sixRecords() throws IOException {
        auditDir = audit(temp.resolve("audit"), List.of(
                record("SD-1").met("ATT-A", "DEC-A"),
                record("SD-2").met("ATT-A").notApplicable("DEC-A"),
                record("SD-3").notMet("ATT-A", "/participants").met("DEC-A"),
                record("SD-4").notMet("ATT-A", "/participants").met("DEC-A"),
                record("SD-5").critical("DEC-A", "/decisions/section47").met("ATT-A"),
                record("SD-6").draft().met("ATT-A"),
                record("=SUM(A1)").met("ATT-A")));
    }

    private Agreement agreement(String rows) throws IOException {
        Path sheet = Files.writeString(temp.resolve("sample.csv"), HEADER + rows, StandardCharsets.UTF_8);
        return Agreement.of(sheet, auditDir, RULES);
    }

    private SheetException badSheet(String header, String rows) throws IOException {
        Path sheet = Files.writeString(temp.resolve("sample.csv"), header + rows, StandardCharsets.UTF_8);
        return assertThrows(SheetException.class, () -> Agreement.of(sheet, auditDir, RULES));
    }

    @Test
    void theAuditorsGradesAreCountedAgainstTheRecordGrades() throws IOException {
        Agreement agreement = agreement("""
                SD-1,1,north,a,2024-05-01,Good,met,met,
                SD-2,2,north,a,2024-05-01,Good,met,,
                SD-3,3,north,a,2024-05-01,Good,not met,met,
                SD-4,4,north,a,2024-05-01,Requires improvement,not met,met,
                SD-5,5,north,a,2024-05-01,Requires improvement,met,met,
                """);

        assertEquals(2, agreement.count(Grade.GOOD, Grade.GOOD));
        assertEquals(1, agreement.count(Grade.GOOD, Grade.REQUIRES_IMPROVEMENT));
        assertEquals(1, agreement.count(Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT));
        assertEquals(1, agreement.count(Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE));
        assertEquals(new Proportion(3, 5), agreement.grade().agreement());
        assertEquals(List.of("SD-3", "SD-5"),
                agreement.grade().disagreements().stream().map(Judgement::recordId).toList());
    }

    @Test
    void aCheckJudgedMetWhereTheRulesFoundANotMetIsADisagreement() throws IOException {
        Agreement agreement = agreement("""
                SD-1,1,,,,,met,met,
                SD-3,3,,,,,met,met,
                SD-5,5,,,,,met,met,
                """);

        Agreement.Measure attendance = agreement.checks().get(0);
        assertEquals("ATT-A", attendance.check());
        assertEquals(new Proportion(2, 3), attendance.agreement());
        assertEquals(List.of(new Judgement(3, 3, "SD-3", "ATT-A", "met", "not met")), attendance.disagreements());
        Agreement.Measure decisions = agreement.checks().get(1);
        assertEquals(List.of("SD-5"), decisions.disagreements().stream().map(Judgement::recordId).toList());
    }

    @Test
    void aCheckTheAuditorsJudgedWhereTheRulesFoundItDidNotApplyIsCountedApartAndListed() throws IOException {
        Agreement agreement = agreement("SD-2,2,,,,,,met,\nSD-1,1,,,,,,met,\n");

        Agreement.Measure decisions = agreement.checks().get(1);
        assertEquals(1, decisions.judged());
        assertEquals(1, decisions.notApplicable());
        assertEquals(List.of(new Judgement(2, 2, "SD-2", "DEC-A", "met", Agreement.NOT_APPLICABLE)),
                decisions.disagreements());
    }

    @Test
    void twentyFiveTenFifteenAgreementOnACheckIsKappa0Point40() throws IOException {
        // The worked value: the 2x2 table 20/5/10/15 (auditors met and rules met 20, auditors
        // met and rules not met 5, auditors not met and rules met 10, both not met 15) gives 0.40.
        List<Object> lines = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            boolean auditorMet = i <= 25;
            boolean rulesMet = i <= 20 || i > 25 && i <= 35;
            ResultsFixture.Line line = record("R-" + i);
            lines.add(rulesMet ? line.met("ATT-A") : line.notMet("ATT-A", "/participants"));
            rows.append("R-").append(i).append(',').append(i).append(",,,,,").append(auditorMet ? "met" : "not met")
                    .append(",,\n");
        }
        auditDir = audit(temp.resolve("fifty"), lines);

        Agreement.Measure attendance = agreement(rows.toString()).checks().get(0);

        assertEquals(new Proportion(35, 50), attendance.agreement());
        assertEquals(0.40, assertInstanceOf(Kappa.Estimate.class, attendance.kappa()).value(), 1e-12);
    }

    @Test
    void theGradeIsMeasuredWithLinearWeightsAndUnweighted() throws IOException {
        Agreement agreement = agreement("""
                SD-1,1,,,,Good,,,
                SD-2,2,,,,Good,,,
                SD-3,3,,,,Inadequate,,,
                SD-4,4,,,,Requires improvement,,,
                SD-5,5,,,,Requires improvement,,,
                """);

        double linear = assertInstanceOf(Kappa.Estimate.class, agreement.grade().kappa()).value();
        double unweighted = assertInstanceOf(Kappa.Estimate.class, agreement.gradeUnweighted().kappa()).value();
        // Rows (auditors) G,G,I,R,R against columns (record) G,G,R,R,I: a half-step off counts half with weights.
        assertEquals(Agreement.Weights.LINEAR, agreement.grade().weights());
        assertTrue(linear > unweighted, linear + " against " + unweighted);
    }

    @Test
    void gradesAreReadWhateverTheirCaseAndSpacing() throws IOException {
        Agreement agreement = agreement("SD-1,1,,,, GOOD ,,,\nSD-3,3,,,,requires   improvement,,,\n"
                + "SD-5,5,,,,Inadequate,,,\nSD-2,2,,,,Requires_Improvement,,,\n");

        assertEquals(new Proportion(3, 4), agreement.grade().agreement());
    }

    @Test
    void blankCellsAreNotJudgedAndBlankRowsAreSkipped() throws IOException {
        Agreement agreement = agreement("SD-1,1,,,,,,,\n,,,,,,,,\n,,,,,,,,a note on an empty row\n");

        assertEquals(1, agreement.rows());
        assertEquals(1, agreement.grade().blank());
        assertEquals(0, agreement.grade().judged());
        assertInstanceOf(Kappa.Undefined.class, agreement.grade().kappa());
        assertTrue(agreement.judgements().isEmpty());
    }

    @Test
    void anIdThatWouldStartAFormulaIsReadWithoutTheApostropheTheSheetPutInFrontOfIt() throws IOException {
        Agreement agreement = agreement("'=SUM(A1),7,,,,Good,,,\n");

        assertEquals("=SUM(A1)", agreement.judgements().get(0).recordId());
    }

    @Test
    void anotherColumnIsNeverRead() throws IOException {
        Agreement agreement = agreement("SD-1,1,,,,Good,met,met,\"CANARY the child, aged 4, said \"\"no\"\"\"\n");

        assertFalse(agreement.judgements().toString().contains("CANARY"));
        assertEquals(3, agreement.judgements().size());
    }

    @Test
    void anUnknownRecordIdIsAnErrorNamingTheRowAndColumnNotTheId() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,1,,,,Good,,,\nSECRET-ID,2,,,,Good,,,\n");

        assertEquals(List.of(new SheetException.Problem(3, "recordId",
                "not the id of the audit's record at this row's position (an id the audit does not hold there)")),
                bad.problems());
        assertFalse(bad.getMessage().contains("SECRET"), bad.getMessage());
    }

    @Test
    void aPositionTheAuditDoesNotHoldIsAnError() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,99,,,,Good,,,\n");

        assertEquals(List.of(new SheetException.Problem(2, "position", "the audit holds no record at this position")),
                bad.problems());
    }

    @Test
    void aRecordJudgedAsADraftIsNotOneASampleDraws() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-6,6,,,,Good,,,\n");

        assertEquals("position", bad.problems().get(0).column());
        assertTrue(bad.problems().get(0).reason().contains("draft"));
    }

    @Test
    void aRecordNamedTwiceIsAnErrorNamingTheEarlierRow() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,1,,,,Good,,,\nSD-2,2,,,,,,,\nSD-1,1,,,,Good,,,\n");

        assertEquals(List.of(new SheetException.Problem(4, "recordId", "the same record id as row 2"),
                new SheetException.Problem(4, "position", "the same position as row 2")), bad.problems());
    }

    @Test
    void aGradeNotOnTheScaleIsAnErrorThatDoesNotQuoteIt() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,1,,,,Outstanding SECRET,,,\n");

        SheetException.Problem problem = bad.problems().get(0);
        assertEquals(2, problem.row());
        assertEquals("auditorGrade", problem.column());
        assertFalse(bad.getMessage().contains("SECRET") || bad.getMessage().contains("Outstanding"), bad.getMessage());
    }

    @Test
    void aCheckNeitherMetNorNotMetIsAnError() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,1,,,,,n/a,,\n");

        assertEquals(new SheetException.Problem(2, "ATT-A",
                "neither \"met\" nor \"not met\" (blank when not judged or not applicable)"), bad.problems().get(0));
    }

    @Test
    void aMissingColumnIsAnErrorNamingIt() throws IOException {
        SheetException bad = badSheet("recordId,position,auditorGrade,ATT-A\n", "SD-1,1,Good,met\n");

        assertEquals(List.of(new SheetException.Problem(1, "DEC-A", "the column is missing")), bad.problems());
        assertEquals("the sheet has 1 problem: row 1, column DEC-A: the column is missing", bad.getMessage());
    }

    @Test
    void aDefinedColumnTwiceIsAnError() throws IOException {
        SheetException bad = badSheet("recordId,position,auditorGrade,ATT-A,DEC-A,auditorGrade\n", "");

        assertEquals(List.of(new SheetException.Problem(1, "auditorGrade", "the column appears twice")), bad.problems());
    }

    @Test
    void aPositionThatIsNotAWholeNumberIsAnError() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,first,,,,Good,,,\n");

        assertEquals(List.of(new SheetException.Problem(2, "position", "not a position (a whole number from 1)")),
                bad.problems());
    }

    @Test
    void everyProblemOfTheSheetIsReportedNotOnlyTheFirst() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,1,,,,Great,,,\nSD-3,3,,,,Good,maybe,,\n");

        assertEquals(List.of(2L, 3L), bad.problems().stream().map(SheetException.Problem::row).toList());
    }

    @Test
    void aQuotedCellNotClosedIsAnErrorAtItsRow() throws IOException {
        SheetException bad = badSheet(HEADER, "SD-1,1,,,,Good,,,\"SECRET note\n");

        assertEquals(2, bad.problems().get(0).row());
        assertFalse(bad.getMessage().contains("SECRET"), bad.getMessage());
    }
}
