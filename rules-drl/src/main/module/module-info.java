/**
 * The StrategyCheck rule catalogue, compiled to a Drools executable model when the library is
 * built, and the engine that runs it. A host needs nothing from here but its presence:
 * {@link org.strategycheck.StrategyCheck} finds the engine as a service. The exported package
 * is for authors of a host's own rules.
 */
module org.strategycheck.drl {
    requires transitive org.strategycheck;
    requires org.slf4j;
    // Drools is made of automatic modules (its jars carry Automatic-Module-Name); requiring one
    // makes every other automatic module readable too, which the generated model relies on.
    requires org.drools.base;
    requires org.drools.canonicalmodel;
    requires org.drools.core;
    requires org.drools.kiesession;
    requires org.drools.modelcompiler;
    requires org.kie.api;

    exports org.strategycheck.drl;

    provides org.strategycheck.internal.RuleEngine.Provider with org.strategycheck.drl.internal.DroolsEngineProvider;
}
