package org.strategycheck.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.strategycheck.RuleDescription;
import org.strategycheck.StrategyCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck rules}: the rule catalogue as the rules describe themselves, so the
 * list a reviewer reads is the list that runs.
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        header = "Lists the rules applied, grouped by area.",
        description = "Lists the rules applied, grouped by area: id, severity, where the rule applies, "
                + "what it checks and the guidance it rests on; then the sources they cite, written out in full.")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--markdown", description = "Print the rule reference as Markdown (the content of docs/rules.md).")
    private boolean markdown;

    /** Picocli creates the command. */
    public RulesCommand() {
    }

    @Override
    public Integer call() {
        StrategyCheck checker = StrategyCheckCli.checker();
        List<RuleDescription> rules = checker.rules();
        if (markdown) {
            spec.commandLine().getOut().print(RuleReference.markdown(rules, checker.ruleSetVersion(),
                    StrategyCheckCli.MESSAGES));
            spec.commandLine().getOut().flush();
            return StrategyCheckCli.OK;
        }
        // The library lists rules area by area already; grouping keeps that order.
        Map<String, List<RuleDescription>> byArea = rules.stream()
                .collect(Collectors.groupingBy(RuleDescription::area, LinkedHashMap::new, Collectors.toList()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Rule set " + checker.ruleSetVersion() + ": " + rules.size() + " rules in "
                + byArea.size() + " areas.");
        // Ids in one column, so the severities line up and the list can be scanned.
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0) + 2;
        for (Map.Entry<String, List<RuleDescription>> area : byArea.entrySet()) {
            out.println();
            out.println(area.getKey() + " (" + area.getValue().size() + ")");
            for (RuleDescription rule : area.getValue()) {
                out.println("  " + rule.id() + " ".repeat(width - rule.id().length()) + rule.severityText());
                out.println("      applies: " + rule.applies());
                out.println("      checks:  " + rule.checks());
                out.println("      source:  " + rule.source());
            }
        }
        List<String> codes = RuleReference.sourcesCited(rules, StrategyCheckCli.MESSAGES);
        if (!codes.isEmpty()) {
            out.println();
            out.println("Sources (" + codes.size() + ")");
            int codeWidth = codes.stream().mapToInt(String::length).max().orElse(0) + 2;
            for (String code : codes) {
                out.println("  " + code + " ".repeat(codeWidth - code.length()) + StrategyCheckCli.MESSAGES.sourceInFull(code));
            }
        }
        out.flush();
        return StrategyCheckCli.OK;
    }
}
