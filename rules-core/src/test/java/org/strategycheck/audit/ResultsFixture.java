package org.strategycheck.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strategycheck.RuleDescription;

/**
 * Audit folders written by hand: {@code results.jsonl} lines as the audit writes them, built as
 * JSON text rather than through the codec's types, so the fixtures say exactly what a folder
 * holds. Six rules in three areas; ATT-A and DEC-A are the published (core) checks.
 */
public final class ResultsFixture {

    /** The rules of every fixture: those of the figures' properties. */
    public static final List<RuleDescription> RULES = AuditArbitraries.RULES;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultsFixture() {
    }

    /**
     * A final record held on 1 May 2024 in partnership north, team a, with no rule applied yet.
     *
     * @param id its record id
     * @return the line, to add outcomes to
     */
    public static Line record(String id) {
        return new Line(id);
    }

    /**
     * The line of a record that could not be read.
     *
     * @param id its record id, or {@code null}
     * @return the line
     */
    public static String rejected(String id) {
        ObjectNode line = JSON.createObjectNode();
        line.put("source", "in.jsonl:1");
        line.put("recordId", id);
        ObjectNode error = line.putObject("error");
        error.put("pointer", "/status");
        error.put("messageKey", "record.unknownValue");
        error.putArray("arguments");
        return line.toString();
    }

    /**
     * Writes an audit folder's results.
     *
     * @param dir   the folder, created if need be
     * @param lines the lines, as {@link Line}s or strings
     * @return the folder
     * @throws IOException when it cannot be written
     */
    public static Path audit(Path dir, List<?> lines) throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder();
        for (Object line : lines) {
            text.append(line).append('\n');
        }
        Files.writeString(dir.resolve("results.jsonl"), text, StandardCharsets.UTF_8);
        return dir;
    }

    /** A graded record's results line under construction. */
    public static final class Line {
        private final String id;
        private String mode = "FINAL";
        private String heldOn = "2024-05-01";
        private String partnership = "north";
        private String team = "a";
        private String ruleSet = "1.1.0";
        private final List<String> passed = new ArrayList<>();
        private final List<String> notApplicable = new ArrayList<>();
        private final List<String[]> findings = new ArrayList<>();

        private Line(String id) {
            this.id = id;
        }

        /** @return the line, rules passed */
        public Line met(String... rules) {
            passed.addAll(List.of(rules));
            return this;
        }

        /** @return the line, with a MAJOR finding of the rule at the pointer */
        public Line notMet(String rule, String pointer) {
            findings.add(new String[] {rule, "MAJOR", pointer});
            return this;
        }

        /** @return the line, with a CRITICAL finding of the rule at the pointer */
        public Line critical(String rule, String pointer) {
            findings.add(new String[] {rule, "CRITICAL", pointer});
            return this;
        }

        /** @return the line, rules not applicable */
        public Line notApplicable(String... rules) {
            notApplicable.addAll(List.of(rules));
            return this;
        }

        /** @return the line, judged as a draft not yet held */
        public Line draft() {
            mode = "DRAFT";
            heldOn = null;
            return this;
        }

        /** @return the line, held on another day */
        public Line heldOn(String date) {
            heldOn = date;
            return this;
        }

        /** @return the line, of another team */
        public Line team(String name) {
            team = name;
            return this;
        }

        /** @return the line, of another partnership */
        public Line partnership(String name) {
            partnership = name;
            return this;
        }

        /** @return the line, judged by another rule set */
        public Line ruleSet(String version) {
            ruleSet = version;
            return this;
        }

        @Override
        public String toString() {
            ObjectNode line = JSON.createObjectNode();
            line.put("source", "in.jsonl:" + id);
            line.put("recordId", id);
            boolean critical = findings.stream().anyMatch(f -> f[1].equals("CRITICAL"));
            line.put("grade", critical ? "INADEQUATE" : findings.isEmpty() ? "GOOD" : "REQUIRES_IMPROVEMENT");
            ArrayNode list = line.putArray("findings");
            for (String[] finding : findings) {
                ObjectNode f = list.addObject();
                f.put("ruleId", finding[0]);
                f.put("severity", finding[1]);
                f.put("messageKey", finding[0]);
                f.putArray("arguments");
                f.putArray("pointers").add(finding[2]);
                f.put("source", "GUIDE");
            }
            passed.forEach(line.putArray("passed")::add);
            notApplicable.forEach(line.putArray("notApplicable")::add);
            line.put("ruleSetVersion", ruleSet);
            line.put("profile", "england");
            line.put("profileVersion", "1.0");
            line.put("mode", mode);
            line.putArray("pending");
            line.put("partnership", partnership);
            line.put("team", team);
            line.put("heldOn", heldOn);
            return line.toString();
        }
    }
}
