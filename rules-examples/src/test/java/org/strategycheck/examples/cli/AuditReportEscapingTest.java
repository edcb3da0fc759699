package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditReportEscapingTest {

    @TempDir
    Path temp;

    @Test
    void idsPartnershipsAndTeamsFromARecordAreEscapedInTheReport() throws IOException {
        String record = Files.readAllLines(Path.of("samples/batch.jsonl")).get(0)
                .replace("\"recordId\":\"SD-SAMPLE-0007\"", "\"recordId\":\"<script>alert(1)</script>\"")
                .replace("\"partnership\":\"riverside\"", "\"partnership\":\"a&b \\\"quoted\\\"\"")
                .replace("\"team\":\"riverside-mash\"", "\"team\":\"<img src=x onerror=alert(2)>\"")
                // No health invited: Inadequate, so the id is listed too.
                .replace("\"agency\":\"HEALTH\"", "\"agency\":\"POLICE\"");
        Path input = Files.write(temp.resolve("hostile.jsonl"), List.of(record), StandardCharsets.UTF_8);

        Cli.run("audit", input.toString(), "--out", temp.resolve("out").toString(), "--quiet");

        String html = Files.readString(temp.resolve("out/report.html"));
        assertFalse(html.contains("<script"), "an id never becomes markup");
        assertFalse(html.contains("<img"), "a team never becomes markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("a&amp;b &quot;quoted&quot;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
    }
}
