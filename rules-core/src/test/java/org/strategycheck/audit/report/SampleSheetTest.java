package org.strategycheck.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.strategycheck.audit.ResultsFixture.RULES;
import static org.strategycheck.audit.ResultsFixture.audit;
import static org.strategycheck.audit.ResultsFixture.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.audit.Agreement;
import org.strategycheck.audit.DipSample;

/** The auditors' sheet: what they need to find each record, empty columns to judge, and nothing of the audit's verdict. */
class SampleSheetTest {

    @TempDir
    Path temp;

    private Path auditDir() throws IOException {
        return audit(temp.resolve("audit"), List.of(
                record("SD-1").met("ATT-A", "DEC-A").team("Assessment, east"),
                record("SD-2").critical("DEC-A", "/decisions/section47").notMet("ATT-A", "/participants"),
                record("-3").notMet("ATT-A", "/participants").heldOn("2024-06-30")));
    }

    @Test
    void theSheetNamesEachRecordAndLeavesTheAuditorsColumnsEmpty() throws IOException {
        Path sheet = temp.resolve("sample.csv");
        SampleSheet.write(DipSample.draw(auditDir(), DipSample.Design.of(3, 1)), RULES, sheet);

        assertEquals(List.of("recordId,position,partnership,team,date,auditorGrade,ATT-A,DEC-A",
                "SD-1,1,north,\"Assessment, east\",2024-05-01,,,",
                "SD-2,2,north,a,2024-05-01,,,",
                "'-3,3,north,a,2024-06-30,,,"), Files.readAllLines(sheet, StandardCharsets.UTF_8));
    }

    @Test
    void theSheetHoldsNeitherTheGradeNorAFinding() throws IOException {
        Path sheet = temp.resolve("sample.csv");
        SampleSheet.write(DipSample.draw(auditDir(), DipSample.Design.of(3, 1)), RULES, sheet);

        String text = Files.readString(sheet, StandardCharsets.UTF_8);
        for (String verdict : List.of("GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE", "Good", "Inadequate", "CRITICAL",
                "MAJOR", "/participants", "/decisions", "not met")) {
            assertFalse(text.contains(verdict), verdict + " in " + text);
        }
    }

    @Test
    void aFilledSheetReadsBackAgainstTheAudit() throws IOException {
        Path dir = auditDir();
        Path sheet = temp.resolve("sample.csv");
        SampleSheet.write(DipSample.draw(dir, DipSample.Design.of(3, 1)), RULES, sheet);
        List<String> rows = Files.readAllLines(sheet, StandardCharsets.UTF_8);
        Files.write(sheet, List.of(rows.get(0) + ",notes", rows.get(1).replace(",,,", ",Good,met,met,fine"),
                rows.get(2).replace(",,,", ",Inadequate,not met,not met,"), rows.get(3).replace(",,,", ",Good,met,,")));

        Agreement agreement = Agreement.of(sheet, dir, RULES);

        assertEquals(new org.strategycheck.audit.Proportion(2, 3), agreement.grade().agreement());
        assertEquals("-3", agreement.grade().disagreements().get(0).recordId());
    }

    @Test
    void anExistingSheetIsNeverOverwritten() throws IOException {
        Path sheet = Files.writeString(temp.resolve("sample.csv"), "judged already");
        DipSample sample = DipSample.draw(auditDir(), DipSample.Design.of(3, 1));

        assertThrows(FileAlreadyExistsException.class, () -> SampleSheet.write(sample, RULES, sheet));
        assertEquals("judged already", Files.readString(sheet));
    }
}
