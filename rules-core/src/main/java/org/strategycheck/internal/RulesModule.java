package org.strategycheck.internal;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the module that holds the rules ({@link RuleEngine.Provider}, through
 * {@link ServiceLoader}), and opens the resources that ship with them. With rules-core alone
 * there is none.
 */
public final class RulesModule {

    private RulesModule() {
    }

    /**
     * The rule engine's provider.
     *
     * @return the first provider found, or empty when no rules module is present
     */
    public static Optional<RuleEngine.Provider> provider() {
        Iterator<RuleEngine.Provider> providers =
                ServiceLoader.load(RuleEngine.Provider.class, RulesModule.class.getClassLoader()).iterator();
        return providers.hasNext() ? Optional.of(providers.next()) : Optional.empty();
    }

    /**
     * Opens a resource that ships with the rules.
     *
     * @param name an absolute resource name
     * @return the resource, or {@code null} when there is no rules module or it has no such resource
     */
    public static InputStream open(String name) {
        return provider().map(p -> p.resource(name)).orElse(null);
    }
}
