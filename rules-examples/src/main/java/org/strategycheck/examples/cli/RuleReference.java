package org.strategycheck.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.strategycheck.Messages;
import org.strategycheck.RuleDescription;
import org.strategycheck.Source;

/**
 * The rule reference ({@code docs/rules.md}) rendered from the rules' own metadata, so that the
 * document cannot drift from what runs: a test compares the checked-in file with this output.
 */
final class RuleReference {

    private RuleReference() {
    }

    static String markdown(List<RuleDescription> rules, String ruleSetVersion, String catalogueVersion,
            List<Source> sources) {
        Map<String, List<RuleDescription>> byArea = rules.stream()
                .collect(Collectors.groupingBy(RuleDescription::area, LinkedHashMap::new, Collectors.toList()));
        StringBuilder md = new StringBuilder();
        md.append("# Rule reference\n\n");
        md.append("<!-- Generated from the rules' own metadata by `strategycheck rules --markdown`: do not edit by hand.\n");
        md.append("     A test fails when this file differs from what the rules say. -->\n\n");
        md.append(rules.size()).append(" rules in ").append(byArea.size()).append(" areas (rule set ")
                .append(majorMinor(ruleSetVersion)).append(", rule catalogue ").append(catalogueVersion)
                .append("). Severities: CRITICAL and MAJOR make a record ")
                .append("Inadequate or Requires improvement under the default grading; MINOR marks a recording or ")
                .append("timeliness weakness; ADVISORY never changes the grade. A rule that does not apply to a ")
                .append("record is reported as not applicable, not as passed. A profile may switch a rule off or ")
                .append("change its severity or threshold, never its meaning.\n");
        for (Map.Entry<String, List<RuleDescription>> area : byArea.entrySet()) {
            md.append("\n## ").append(title(area.getKey())).append(" — `").append(area.getKey()).append(".drl`\n\n");
            md.append("| id | severity | applies | checks | source |\n");
            md.append("|---|---|---|---|---|\n");
            for (RuleDescription rule : area.getValue()) {
                md.append("| ").append(cell(rule.id()))
                        .append(" | ").append(cell(rule.severityText()))
                        .append(" | ").append(cell(rule.applies()))
                        .append(" | ").append(cell(rule.checks()))
                        .append(" | ").append(cell(rule.source()))
                        .append(" |\n");
            }
        }
        if (!sources.isEmpty()) {
            md.append("\n## Sources\n\n");
            md.append("A rule's source cites these by code (`GSCB A` is the learning sheet's part A, `SCR-AUD rec 1` ")
                    .append("the audit's first recommendation).\n\n");
            md.append("| code | source |\n");
            md.append("|---|---|\n");
            for (Source source : sources) {
                md.append("| ").append(cell(source.code())).append(" | ").append(cell(source.text())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** The reference names the rule set without its patch or snapshot suffix, so a release needs no regeneration. */
    private static String majorMinor(String version) {
        String[] parts = version.split("[.-]");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
    }

    private static String title(String area) {
        return switch (area) {
            case "casetypes" -> "Case types";
            default -> Character.toUpperCase(area.charAt(0)) + area.substring(1);
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
