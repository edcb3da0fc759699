package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.strategycheck.Messages;
import org.strategycheck.RuleDescription;
import org.strategycheck.Source;

/**
 * The rules' own metadata agrees with the published rule catalogue (a copy of the spec's
 * {@code rule-catalogue.md} under test resources): same area, severity, applicability, check
 * and source, word for word.
 */
class RuleCatalogueTest {

    record Row(String area, String severity, String applies, String checks, String source) {
    }

    /** Ids the catalogue marks ★: the checks published audits report. */
    static java.util.Set<String> starred() throws IOException {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("^\\| ★([A-Z0-9-]+) ", Pattern.MULTILINE).matcher(catalogueText());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String catalogueText() throws IOException {
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/catalogue/rule-catalogue.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Row> catalogue() throws IOException {
        String text = catalogueText();
        Map<String, Row> rows = new LinkedHashMap<>();
        String area = null;
        Pattern heading = Pattern.compile("^## .*`(\\w+)\\.drl`");
        for (String line : text.split("\n")) {
            Matcher m = heading.matcher(line);
            if (line.startsWith("## ")) {
                // Only an area's heading names its DRL file: the tables after the areas (the sources) are not rules.
                area = m.find() ? m.group(1) : null;
            } else if (area != null && line.startsWith("| ") && !line.startsWith("| id ") && !line.startsWith("|---")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                String id = cells[0].strip().replace("★", "");
                rows.put(id, new Row(area, words(cells[1]), words(cells[2]), words(cells[3]), words(cells[4])));
            }
        }
        return rows;
    }

    /**
     * A cell's words. The catalogue marks where v1.1 changed a row ({@code **v1.1**}): the mark
     * says when the words changed, not what the rule checks, so the rules' metadata leaves it out.
     */
    static String words(String cell) {
        return cell.replace("**v1.1**: ", "").replace("**v1.1** ", "").strip();
    }

    @Test
    void everyRuleMatchesItsCatalogueEntryWordForWord() throws IOException {
        Map<String, Row> catalogue = catalogue();
        for (RuleDescription rule : TestRecord.CHECKER.rules()) {
            Row row = catalogue.get(rule.id());
            assertNotNull(row, rule.id() + " is not in the catalogue");
            assertEquals(new Row(row.area(), row.severity(), row.applies(), row.checks(), row.source()),
                    new Row(rule.area(), rule.severityText(), rule.applies(), rule.checks(), rule.source()), rule.id());
        }
    }

    @Test
    void theEngineImplementsExactlyTheRulesOfTheCatalogue() throws IOException {
        assertEquals(new java.util.TreeSet<>(catalogue().keySet()),
                new java.util.TreeSet<>(TestRecord.CHECKER.rules().stream().map(RuleDescription::id).toList()));
    }

    @Test
    void everyMessageKeyARuleDeclaresHasAnEnglishMessage() throws IOException {
        Pattern key = Pattern.compile("@(?:id|message)\\(\"([^\"]+)\"\\)");
        for (String area : List.of("attendance", "decisions", "information", "actions", "timeliness", "records", "casetypes")) {
            String drl;
            try (InputStream in = getClass().getResourceAsStream("/org/strategycheck/rules/" + area + "/" + area + ".drl")) {
                drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = key.matcher(drl);
            while (m.find()) {
                assertTrue(Messages.english().has(m.group(1)), area + ".drl: no message for " + m.group(1));
            }
        }
    }

    @Test
    void theCoreRulesAreExactlyTheStarredRulesOfTheCatalogue() throws IOException {
        java.util.Set<String> core = new java.util.TreeSet<>(TestRecord.CHECKER.rules().stream()
                .filter(RuleDescription::core).map(RuleDescription::id).toList());
        assertEquals(7, core.size(), core.toString());
        assertEquals(starred(), core);
    }

    @Test
    void rulesAreReportedInCatalogueOrder() throws IOException {
        List<String> engineIds = TestRecord.CHECKER.rules().stream().map(RuleDescription::id).toList();
        List<String> catalogueOrder = catalogue().keySet().stream().filter(engineIds::contains).toList();
        assertEquals(catalogueOrder, engineIds);
    }

    @Test
    void everyRuleAndSeverityVariantHasAnEnglishMessage() {
        for (RuleDescription rule : TestRecord.CHECKER.rules()) {
            assertTrue(Messages.english().has(rule.id()), rule.id());

        }
    }

    /** The "Sources in full" table: code, then what it stands for. */
    static List<Source> cataloguedSources() throws IOException {
        List<Source> sources = new java.util.ArrayList<>();
        boolean inSources = false;
        for (String line : catalogueText().split("\n")) {
            if (line.startsWith("## ")) {
                inSources = line.equals("## Sources in full");
            } else if (inSources && line.startsWith("| ") && !line.startsWith("| code ")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                sources.add(new Source(cells[0].strip(), cells[1].strip()));
            }
        }
        return sources;
    }

    @Test
    void theSourcesAreTheCataloguesSourcesInFullWordForWordInItsOrder() throws IOException {
        List<Source> catalogued = cataloguedSources();
        assertEquals(9, catalogued.size(), catalogued.toString());
        assertEquals(catalogued, TestRecord.CHECKER.sources());
    }

    /**
     * Each citation in a rule's source ("WT; GSCB A; SCR-AUD rec 1") is of a code the glossary
     * writes out: the code itself, or its family with a letter, number or note ({@code GSCB A},
     * {@code SCR-AUD rec 3}, {@code WT 2018}, {@code CHSCP-TR (ELFT)}).
     */
    @Test
    void everyRuleCitesOnlySourcesTheGlossaryWritesOut() {
        List<String> families = TestRecord.CHECKER.sources().stream()
                .map(source -> source.code().replace(" A / B / C / D", "").replace(" rec N", "")).toList();
        for (RuleDescription rule : TestRecord.CHECKER.rules()) {
            for (String citation : rule.source().split("; ")) {
                boolean known = families.stream().anyMatch(family -> citation.equals(family)
                        || citation.startsWith(family + " "));
                assertTrue(known, rule.id() + " cites " + citation);
            }
        }
    }

    @Test
    void theCatalogueVersionIsTheVersionOfTheCatalogueTheRulesAreHeldTo() throws IOException {
        Matcher heading = Pattern.compile("^# Rule catalogue v(\\S+)$", Pattern.MULTILINE).matcher(catalogueText());
        assertTrue(heading.find());
        assertEquals(heading.group(1), TestRecord.CHECKER.catalogueVersion());
    }

    @Test
    void everyResultNamesTheCatalogueVersionBesideTheRuleSetVersion() {
        var result = TestRecord.schoolAge().check();
        assertEquals(TestRecord.CHECKER.catalogueVersion(), result.catalogueVersion());
        assertEquals(TestRecord.CHECKER.ruleSetVersion(), result.ruleSetVersion());
    }

    @Test
    void theRuleSetVersionIsTheBuildVersion() {
        assertTrue(TestRecord.CHECKER.ruleSetVersion().matches("\\d+\\.\\d+\\.\\d+.*"), TestRecord.CHECKER.ruleSetVersion());
    }
}
