package org.strategycheck.drl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.strategycheck.RuleDescription;
import org.strategycheck.RuleSource;
import org.strategycheck.drl.InvalidRulesException;
import org.strategycheck.drl.InvalidRulesException.Problem;

/**
 * Compiles a host's DRL at load time through the KIE API. Compiled against the API only, so
 * the library carries no compiler: the host opts in by adding one (drools-mvel).
 */
public final class HostRuleCompiler {

    private static final Pattern NAMESPACE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    private static final List<String> CATALOGUE_PREFIXES = List.of("ATT", "DEC", "INF", "ACT", "TIM", "REC", "CT");

    private HostRuleCompiler() {
    }

    /**
     * Compiles and validates host rules.
     *
     * @param source    the file or resource name, for messages
     * @param drl       the DRL text
     * @param namespace the prefix of every rule id
     * @return the compiled rules
     */
    public static RuleSource compile(String source, String drl, String namespace) {
        if (namespace == null || !NAMESPACE.matcher(namespace).matches() || CATALOGUE_PREFIXES.contains(namespace)) {
            throw new IllegalArgumentException("a host namespace is 2 to 16 upper-case letters and digits, not one of "
                    + CATALOGUE_PREFIXES + ": " + namespace);
        }
        KieBase kieBase = build(source, drl);
        List<Problem> problems = new ArrayList<>();
        boolean outcomeDeclared = false;
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            outcomeDeclared |= kiePackage.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("outcome")
                    && g.getType().equals("org.strategycheck.drl.RuleOutcome"));
            for (Rule rule : kiePackage.getRules()) {
                Object id = rule.getMetaData().get("id");
                if (!(id instanceof String text) || !text.startsWith(namespace + "-")) {
                    problems.add(new Problem(0, "rule '" + rule.getName() + "' needs an @id starting with " + namespace + "-"));
                }
            }
        }
        if (!outcomeDeclared) {
            problems.add(new Problem(0, "declare global org.strategycheck.drl.RuleOutcome outcome;"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(source, problems);
        }
        DroolsRuleEngine engine;
        try {
            engine = new DroolsRuleEngine(kieBase, "host");
        } catch (IllegalStateException badMetadata) {
            throw new InvalidRulesException(source, List.of(new Problem(0, badMetadata.getMessage())));
        }
        return new CompiledHostRules(source, engine);
    }

    private static KieBase build(String source, String drl) {
        KieBuilder builder;
        try {
            KieServices services = KieServices.get();
            KieFileSystem files = services.newKieFileSystem();
            files.write("src/main/resources/host/" + source.replaceAll("[^A-Za-z0-9_.-]", "_")
                    + (source.endsWith(".drl") ? "" : ".drl"), drl);
            builder = services.newKieBuilder(files).buildAll();
            List<Problem> problems = new ArrayList<>();
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
                problems.add(new Problem(Math.max(0, message.getLine()), message.getText().strip()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRulesException(source, problems);
            }
            return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        } catch (LinkageError | RuntimeException missingCompiler) {
            if (missingCompiler instanceof InvalidRulesException invalid) {
                throw invalid;
            }
            throw new IllegalStateException("host DRL is compiled at load time, which needs the opt-in dependency "
                    + "org.drools:drools-mvel (the library ships no rule compiler): " + missingCompiler, missingCompiler);
        }
    }

    /** Host rules, compiled and validated, ready to run beside the catalogue. */
    record CompiledHostRules(String description, DroolsRuleEngine engine) implements RuleSource {
        List<RuleDescription> rules() {
            return engine.rules();
        }
    }
}
