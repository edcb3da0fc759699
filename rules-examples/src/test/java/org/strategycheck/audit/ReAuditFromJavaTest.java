package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.StrategyCheck;
import org.strategycheck.audit.report.AuditReport;
import org.strategycheck.audit.report.RecordsCsv;
import org.strategycheck.audit.report.SummaryCsv;
import org.strategycheck.profile.VersionChoice;

/** The vendor code of the README's "Re-audit from Java", run as it is written there. */
class ReAuditFromJavaTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS = Path.of("src", "test", "java", "org", "strategycheck", "audit",
            "ReAuditFromJavaTest.java");

    @TempDir
    Path temp;

    /** Where a vendor's dashboard would show a figure. */
    interface Dashboard {
        void show(String check, Proportion proportion);
    }

    static void reAudit(Path exports, Path out, Dashboard dashboard) throws IOException {
        // README begin
        StrategyCheck checker = StrategyCheck.builder()
                .versionChoice(VersionChoice.IN_FORCE_ON_RECORD_DATE)         // each record by the standard of its day
                .build();
        BatchAudit audit = BatchAudit.of(checker).withThreads(4);                // .withScope(a period of heldAt)
        try (AuditFolder folder = AuditFolder.create(out, checker);            // locked while this audit writes it
                RecordsCsv records = RecordsCsv.open(checker.rules(), audit.scope(), folder.file(AuditFolder.RECORDS_FILE))) {
            AuditFigures figures = audit.run(RecordSource.paths(exports), folder, records::add);   // results.jsonl, in order
            records.finish();                                                  // records.csv: the ids behind every figure
            AuditReport.write(figures, Clock.systemUTC(), folder.file(AuditFolder.REPORT_FILE));
            SummaryCsv.write(figures, folder.file(AuditFolder.SUMMARY_FILE));
            dashboard.show("health invited", figures.total().rule("ATT-HEALTH-INVITED"));   // 8 of 8 final, 68%-100%
        }
        // README end
    }

    @Test
    void aVendorAuditsAFolderIntoResultsFiguresAndAReport() throws IOException {
        Map<String, Proportion> shown = new TreeMap<>();
        Path out = temp.resolve("audit-2025");

        reAudit(Path.of("samples"), out, shown::put);

        assertEquals(9, Files.readAllLines(out.resolve(AuditFolder.RESULTS_FILE)).size());
        assertTrue(Files.readString(out.resolve(AuditFolder.REPORT_FILE)).contains("Health invited in 8 of 8 discussions"));
        assertTrue(Files.readAllLines(out.resolve(AuditFolder.SUMMARY_FILE)).size() > 1);
        assertEquals(1 + 9, Files.readAllLines(out.resolve(AuditFolder.RECORDS_FILE)).size(), "a row per record, drafts too");
        assertEquals(Map.of("health invited", new Proportion(8, 8)), shown, "final records only: the draft is apart");
        Proportion.Interval interval = shown.get("health invited").wilson95();
        assertEquals(68, Math.round(interval.lower() * 100));
        assertEquals(100, Math.round(interval.upper() * 100));
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = readme.indexOf("<!-- The code below is ReAuditFromJavaTest.reAudit: keep them the same. -->");
        assertTrue(marker >= 0, "the README marks the code");
        assertEquals("```java", readme.get(marker + 1));
        List<String> shown = new ArrayList<>();
        for (int i = marker + 2; !readme.get(i).equals("```"); i++) {
            shown.add(readme.get(i));
        }
        List<String> source = Files.readAllLines(THIS, StandardCharsets.UTF_8);
        int begin = source.indexOf("        // README begin");
        int end = source.indexOf("        // README end");
        List<String> tested = source.subList(begin + 1, end).stream().map(line -> line.substring(8)).toList();

        assertEquals(tested, shown);
    }
}
