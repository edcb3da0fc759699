package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.EthnicGroup;
import org.strategycheck.audit.Proportion;
import org.strategycheck.audit.report.ReportWording;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.model.Agency;
import org.strategycheck.model.ConcernCategory;

/**
 * {@code records.csv} agrees with every figure of the report: each figure is summed here from
 * the rows of {@code records.csv} alone (the record ids behind it) and found, with that count, in
 * {@code report.html} (and per period in {@code summary.csv}). The input is 1,500 generated
 * records, in which every rule applies and fails somewhere, audited for a period in the middle
 * of their six years, so drafts, records outside the period and damaged lines all occur.
 */
class RecordsCsvAgreesWithReportTest {

    private static final ReportWording WORDING = ReportWording.english();

    @TempDir
    static Path temp;
    private static String html;
    private static List<Map<String, String>> finals;
    private static List<Map<String, String>> drafts;
    private static List<String> summaryCsv;
    private static List<RuleDescription> rules;

    @BeforeAll
    static void audit() throws IOException {
        Path input = temp.resolve("generated.jsonl");
        Cli.run("generate", "1500", input.toString(), "--seed", "5", "--broken", "1");
        Path out = temp.resolve("out");
        Cli.run("audit", input.toString(), "--out", out.toString(), "--from", "2019-07-01", "--to", "2023-06-30",
                "--quiet");
        html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        summaryCsv = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        List<Map<String, String>> rows = Csv.read(out.resolve("records.csv"));
        finals = rows.stream().filter(row -> row.get("stage").equals("FINAL")).toList();
        drafts = rows.stream().filter(row -> row.get("stage").equals("DRAFT")).toList();
        rules = StrategyCheckCli.checker().rules();
        assertTrue(finals.size() > 500, "enough to judge: " + finals.size());
        assertTrue(!drafts.isEmpty());
    }

    @Test
    void theHeadlineAndTheGradesAreTheRowsCounted() {
        assertTrue(html.contains("<strong>" + count(finals.size()) + "</strong> final records audited."));
        assertTrue(html.contains("<strong>" + drafts.size() + "</strong> drafts not yet final"), "drafts apart");
        for (String[] grade : new String[][] {{"GOOD", "Good"}, {"REQUIRES_IMPROVEMENT", "Requires improvement"},
                {"INADEQUATE", "Inadequate"}}) {
            long n = finals.stream().filter(row -> row.get("grade").equals(grade[0])).count();
            assertTrue(html.contains("<div class=\"big\">" + count(n) + "</div><div>" + grade[1] + "</div>"), grade[1]);
        }
    }

    @Test
    void everyRuleIsTheRowsWhereItWasMetAndNotMet() {
        for (RuleDescription rule : rules) {
            long met = finals.stream().filter(row -> row.get(rule.id()).equals("met")).count();
            long notMet = finals.stream().filter(row -> row.get(rule.id()).equals("not met")).count();
            String row = rowOf("<tr><td><span class=\"id\">" + rule.id() + "</span>");
            assertTrue(row.contains("<td class=\"num\">" + count(met + notMet) + "</td><td class=\"num\">" + count(met)
                    + "</td><td class=\"num\">" + count(notMet) + "</td>"), rule.id() + ": " + row);
            if (rule.core()) {
                assertTrue(html.contains(escape(WORDING.sentence(rule, new Proportion(met, met + notMet)))), rule.id());
            }
        }
    }

    @Test
    void attendanceByAgencyIsTheRowsThatInvitedAndSawEachAgency() {
        for (Agency agency : Agency.values()) {
            long invited = count(finals, row -> list(row, "invited").contains(agency.name()));
            if (invited == 0) {
                continue;
            }
            long attended = count(finals, row -> list(row, "invited").contains(agency.name())
                    && list(row, "attended").contains(agency.name()));
            long writingOnly = count(finals, row -> list(row, "invited").contains(agency.name())
                    && !list(row, "attended").contains(agency.name()) && list(row, "inWriting").contains(agency.name()));
            String row = rowOf("<tr><td>" + escape(WORDING.agency(agency)) + "</td><td class=\"rate\">");
            assertTrue(row.contains(">" + count(invited) + " of " + count(finals.size()) + "<br>"), agency + row);
            assertTrue(row.contains(">" + count(attended) + " of " + count(invited) + "<br>"), agency + row);
            assertTrue(row.contains(">" + count(writingOnly) + " of " + count(invited) + "<br>"), agency + row);
            assertTrue(row.contains(">" + count(attended + writingOnly) + " of " + count(invited) + "<br>"), agency + row);
        }
        long both = count(finals, row -> list(row, "attended").containsAll(List.of("CHILDRENS_SOCIAL_CARE", "POLICE")));
        sentence("socialCareAndPolice", both, finals.size());
        long someone = count(finals, row -> !row.get("everyoneInvitedAttended").isEmpty());
        sentence("everyoneAttended", count(finals, row -> row.get("everyoneInvitedAttended").equals("yes")), someone);
        long health = count(finals, row -> list(row, "invited").contains("HEALTH"));
        sentence("healthInvited", health, finals.size());
        sentence("healthTookPart", count(finals, row -> list(row, "attended").contains("HEALTH")
                || list(row, "inWriting").contains("HEALTH")), health);
    }

    @Test
    void timelinessMinutesAndTheDecisionAreTheRowsThatShowThem() {
        List<Map<String, String>> timed = finals.stream().filter(row -> row.get("type").equals("INITIAL")
                && !row.get("workingDaysFromConcern").isEmpty() && days(row, "workingDaysFromConcern") >= 0).toList();
        long within = count(timed, row -> days(row, "workingDaysFromConcern") <= 2);
        long lateWithReason = count(timed, row -> days(row, "workingDaysFromConcern") > 2
                && row.get("timingRationale").equals("yes"));
        sentence("heldWithin", within, timed.size(), "2");
        assertTrue(html.contains("Of the " + count(timed.size()) + " initial discussions with both dates: "
                + count(timed.size() - within) + " held later, " + count(lateWithReason) + " of them with a reason for "
                + "the timing recorded (counted apart: not prompt, but explained) and "
                + count(timed.size() - within - lateWithReason) + " without."));

        long circulated = count(finals, row -> row.get("minutesCirculated").equals("yes"));
        sentence("minutesCirculated", circulated, finals.size());
        List<Map<String, String>> dated = finals.stream().filter(row -> row.get("minutesCirculated").equals("yes")
                && !row.get("workingDaysToMinutes").isEmpty() && days(row, "workingDaysToMinutes") >= 0).toList();
        sentence("minutesWithin", count(dated, row -> days(row, "workingDaysToMinutes") <= 3), dated.size(), "3");

        long recorded = count(finals, row -> !row.get("section47").isEmpty());
        sentence("section47Recorded", recorded, finals.size());
        sentence("section47Rationale", count(finals, row -> row.get("section47Rationale").equals("yes")), recorded);
    }

    @Test
    void everyBreakdownIsTheRowsOfEachGroup() {
        breakdown("partnerships", row -> Set.of(row.get("partnership")), name -> name);
        breakdown("teams", row -> Set.of(row.get("team").isEmpty() ? "(not recorded)" : row.get("team")), name -> name);
        breakdown("categories", row -> list(row, "categories"),
                name -> WORDING.category(ConcernCategory.valueOf(name)));
        breakdown("ages", row -> list(row, "ageBands"), name -> WORDING.ageBand(AgeBand.valueOf(name)));
        breakdown("ethnicity", row -> list(row, "ethnicGroups"), name -> WORDING.ethnicGroup(EthnicGroup.valueOf(name)));
    }

    @Test
    void identityByEthnicGroupIsTheRowsOfEachGroup() {
        String section = section("ethnicity");
        for (EthnicGroup group : EthnicGroup.values()) {
            List<Map<String, String>> in = finals.stream().filter(row -> list(row, "ethnicGroups").contains(group.name()))
                    .toList();
            if (in.isEmpty()) {
                continue;
            }
            long met = count(in, row -> row.get("INF-IDENTITY").equals("met"));
            long applied = count(in, row -> !row.get("INF-IDENTITY").equals("not applicable"));
            assertTrue(section.contains("<tr><td>" + escape(WORDING.ethnicGroup(group)) + "</td><td class=\"num\">"
                    + count(in.size()) + "</td><td class=\"rate\">" + count(met) + " of " + count(applied) + "<br>"),
                    group.name());
        }
    }

    @Test
    void theFiguresPerQuarterAreTheRowsOfEachQuarter() {
        // Four years of discussions: quarters.
        Map<String, List<Map<String, String>>> byQuarter = new TreeMap<>();
        for (Map<String, String> row : finals) {
            LocalDate held = LocalDate.parse(row.get("heldOn"));
            byQuarter.computeIfAbsent(held.getYear() + "-Q" + ((held.getMonthValue() - 1) / 3 + 1),
                    q -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<Map<String, String>>> quarter : byQuarter.entrySet()) {
            for (RuleDescription rule : rules) {
                long met = count(quarter.getValue(), row -> row.get(rule.id()).equals("met"));
                long notMet = count(quarter.getValue(), row -> row.get(rule.id()).equals("not met"));
                String prefix = quarter.getKey() + "," + rule.id() + "," + (met + notMet) + "," + met + "," + notMet + ",";
                assertTrue(summaryCsv.stream().anyMatch(line -> line.startsWith(prefix)), prefix);
            }
            LocalDate first = LocalDate.parse(quarter.getValue().get(0).get("heldOn"));
            int startMonth = (first.getMonthValue() - 1) / 3 * 3 + 1;
            String label = month(startMonth) + "\u2013" + month(startMonth + 2) + " " + first.getYear();
            List<Map<String, String>> timed = quarter.getValue().stream().filter(row -> row.get("type").equals("INITIAL")
                    && !row.get("workingDaysFromConcern").isEmpty() && days(row, "workingDaysFromConcern") >= 0).toList();
            long within = count(timed, row -> days(row, "workingDaysFromConcern") <= 2);
            assertTrue(section("timeliness-by-period").contains("<tr><td>" + label + "</td><td class=\"rate\">"
                    + count(within) + " of " + count(timed.size()) + "<br>"), label);
        }
        long draftRows = summaryCsv.stream().filter(line -> line.startsWith("drafts,")).count();
        assertEquals(rules.size(), draftRows);
    }

    private static void breakdown(String id, Function<Map<String, String>, Set<String>> groupsOf,
            Function<String, String> label) {
        String section = section(id);
        section = section.substring(section.indexOf("<table class=\"groups\">"));
        Set<String> names = new LinkedHashSet<>();
        finals.forEach(row -> names.addAll(groupsOf.apply(row)));
        List<RuleDescription> core = rules.stream().filter(RuleDescription::core).toList();
        for (String name : names) {
            List<Map<String, String>> in = finals.stream().filter(row -> groupsOf.apply(row).contains(name)).toList();
            String start = "<tr><td" + (name.startsWith("(") ? " class=\"placeholder\"" : "") + ">"
                    + escape(label.apply(name)) + "</td><td class=\"num\">" + count(in.size()) + "</td>";
            int at = section.indexOf(start);
            assertTrue(at >= 0, id + ": " + start);
            String row = section.substring(at, section.indexOf("</tr>", at));
            long good = count(in, r -> r.get("grade").equals("GOOD"));
            long ri = count(in, r -> r.get("grade").equals("REQUIRES_IMPROVEMENT"));
            long inadequate = count(in, r -> r.get("grade").equals("INADEQUATE"));
            assertTrue(row.contains(count(good) + " &middot; " + count(ri) + " &middot; " + count(inadequate)), row);
            for (RuleDescription rule : core) {
                long met = count(in, r -> r.get(rule.id()).equals("met"));
                long applied = count(in, r -> !r.get(rule.id()).equals("not applicable"));
                assertTrue(applied == 0 ? row.contains("\u2013") : row.contains(">" + count(met) + "/<wbr>" + count(applied)
                        + "<br>"), id + " " + name + " " + rule.id() + ": " + row);
            }
        }
    }

    private static void sentence(String measure, long met, long of, String... arguments) {
        String sentence = escape(WORDING.sentence(WORDING.measure(measure, arguments), new Proportion(met, of)));
        assertTrue(html.contains(sentence), sentence);
    }

    private static String rowOf(String start) {
        int at = html.indexOf(start);
        assertTrue(at >= 0, start);
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String section(String id) {
        return ReportHtml.section(html, id);
    }

    private static Set<String> list(Map<String, String> row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? Set.of() : new java.util.HashSet<>(List.of(value.split(";")));
    }

    private static int days(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }

    private static long count(List<Map<String, String>> rows, Predicate<Map<String, String>> test) {
        return rows.stream().filter(test).count();
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static String month(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** RFC 4180 as records.csv writes it: a header row, CRLF, quotes only where needed. */
    static final class Csv {
        private Csv() {
        }

        static List<Map<String, String>> read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> lines = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    fields.add(field.toString());
                    field.setLength(0);
                    lines.add(fields);
                    fields = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            List<String> header = lines.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> line : lines.subList(1, lines.size())) {
                assertEquals(header.size(), line.size(), "every row has every column");
                Map<String, String> row = new java.util.HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), line.get(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
