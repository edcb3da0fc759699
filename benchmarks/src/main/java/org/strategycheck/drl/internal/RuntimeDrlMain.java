package org.strategycheck.drl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.strategycheck.AuditResult;
import org.strategycheck.RuleDescription;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.Evaluation;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.profile.Profile;

/**
 * Cold-start comparison: the same 43 rules compiled from their DRL at run time (drools-compiler
 * and drools-mvel, on this program's class path only), then one record checked the way
 * {@code StrategyCheck.check} does it, printing the grade. Benchmarks only: it sits in the
 * engine's package (a split package on the class path) to reuse the engine with this rule base.
 */
public final class RuntimeDrlMain {

    private RuntimeDrlMain() {
    }

    /**
     * @param args the record file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        StrategyDiscussion record = RecordJson.read(Files.readAllBytes(Path.of(args[0])));
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        for (String area : RuleCatalogue.AREAS) {
            String path = "org/strategycheck/rules/" + area + "/" + area + ".drl";
            try (InputStream in = RuntimeDrlMain.class.getClassLoader().getResourceAsStream(path)) {
                files.write("src/main/resources/" + path, in.readAllBytes());
            }
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        KieBase kieBase = services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
        DroolsRuleEngine engine = new DroolsRuleEngine(kieBase, "run-time DRL");

        List<RuleDescription> rules = engine.rules();
        Profile profile = Profile.catalogueDefaults();
        Evaluation evaluation = new Evaluation(rules, profile);
        engine.evaluate(RecordFacts.of(record, WorkingDayCalendar.englandAndWales(), profile.thresholds()), java.util.Set.of(),
                evaluation);
        AuditResult result = evaluation.result(record.recordId(), engine.version());
        System.out.println(result.recordId() + ": " + result.grade() + ", " + result.findings().size() + " findings, "
                + rules.size() + " rules compiled from DRL at run time");
    }
}
