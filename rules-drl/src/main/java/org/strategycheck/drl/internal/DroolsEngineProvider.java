package org.strategycheck.drl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategycheck.RuleSource;
import org.strategycheck.internal.Requirements;
import org.strategycheck.internal.RuleEngine;

/**
 * Offers the Drools engine to {@link java.util.ServiceLoader}. The rule base is built once
 * per class loader, from the executable model that kie-maven-plugin generated at build time:
 * no DRL is parsed and no Java is compiled at run time.
 */
public final class DroolsEngineProvider implements RuleEngine.Provider {

    /** Where kie-maven-plugin lists the generated model classes of this module. */
    static final String MODEL_LIST = "META-INF/kie/org.strategycheck/rules-drl/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngineProvider.class);

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public DroolsEngineProvider() {
    }

    /**
     * The oldest SLF4J API supported: the oldest the vendor integration test runs, and of the
     * 1.7 line the last (1.7.25 and older have no module name, so cannot be required on the
     * module path). The library and Drools call only the 1.x {@code Logger} methods.
     */
    static final String MIN_SLF4J = "1.7.36";

    @Override
    public RuleEngine engine() {
        Requirements.atLeast("slf4j-api", slf4jVersion(), MIN_SLF4J);
        return Holder.ENGINE;
    }

    /**
     * The SLF4J API's version: on the class path from its jar's manifest; on the module path
     * (where packages carry no manifest data) from its module's version. A repackaged SLF4J
     * with neither is not checked.
     */
    static String slf4jVersion() {
        String version = LoggerFactory.class.getPackage().getImplementationVersion();
        if (version == null && LoggerFactory.class.getModule().isNamed()) {
            version = LoggerFactory.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return version;
    }

    @Override
    public RuleEngine engine(List<RuleSource> extra) {
        if (extra.isEmpty()) {
            return engine();
        }
        List<RuleEngine> engines = new ArrayList<>();
        engines.add(engine());
        for (RuleSource source : extra) {
            if (!(source instanceof HostRuleCompiler.CompiledHostRules host)) {
                throw new IllegalArgumentException("not rules this engine can run: " + source.description());
            }
            engines.add(host.engine());
        }
        return new CompositeRuleEngine(engines);
    }

    @Override
    public InputStream resource(String name) {
        // Here, not inherited: on the module path only this module may open its resources.
        return DroolsEngineProvider.class.getResourceAsStream(name);
    }

    private static final class Holder {
        static final RuleEngine ENGINE = build();
    }

    private static RuleEngine build() {
        long start = System.nanoTime();
        List<Model> models = models();
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        DroolsRuleEngine engine = new DroolsRuleEngine(kieBase, models, version(), catalogueVersion());
        LOG.debug("rule base of {} rules built in {} ms", engine.rules().size(), (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    static List<Model> models() {
        ClassLoader loader = DroolsEngineProvider.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String line : resource(loader, MODEL_LIST).split("\n")) {
            String className = line.strip();
            // The list starts with a "Drools-Model-Version:" header line.
            if (className.isEmpty() || className.contains(":")) {
                continue;
            }
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the pre-built rule model class " + className + " cannot be loaded", e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("no rule model listed in " + MODEL_LIST);
        }
        return models;
    }

    static String version() {
        return versions().getProperty("version", "unknown");
    }

    /**
     * The catalogue version the rules implement: written beside them in {@code version.properties}
     * ({@code catalogue}), changed with them, and never a constant in code.
     */
    static String catalogueVersion() {
        String catalogue = versions().getProperty("catalogue");
        if (catalogue == null || catalogue.isBlank()) {
            throw new IllegalStateException("the rules do not say which catalogue they implement: no catalogue in "
                    + VERSIONS);
        }
        return catalogue;
    }

    private static final String VERSIONS = "/org/strategycheck/rules/version.properties";

    private static Properties versions() {
        Properties properties = new Properties();
        try (InputStream in = DroolsEngineProvider.class.getResourceAsStream(VERSIONS)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the pre-built rule model is missing: no " + name
                        + " on the class path (a shaded jar must keep META-INF/kie)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
