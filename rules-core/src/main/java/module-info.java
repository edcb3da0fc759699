/**
 * StrategyCheck: checks child-protection strategy-discussion records and grades them.
 *
 * <p>The API is {@link org.strategycheck.StrategyCheck} and the packages exported here. The
 * rules and their engine come from the module {@code org.strategycheck.drl}, found as a
 * service; {@code org.strategycheck.internal} is exported to that module alone.
 */
module org.strategycheck {
    // Jackson stays out of the API: nothing exported names a Jackson type, so a host need not read it.
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    // The census reader streams the DfE's XML with the JDK's StAX.
    requires java.xml;

    exports org.strategycheck;
    exports org.strategycheck.audit;
    exports org.strategycheck.audit.report;
    exports org.strategycheck.census;
    exports org.strategycheck.facts;
    exports org.strategycheck.json;
    exports org.strategycheck.model;
    exports org.strategycheck.profile;

    exports org.strategycheck.internal to org.strategycheck.drl;
    // The engine derives the rule vocabulary's facts from a record before it inserts them.
    exports org.strategycheck.internal.facts to org.strategycheck.drl;

    // No opens: Jackson binds the model through the public constructors and accessors of
    // records in an exported package, and the rule engine's module builds its model from its
    // own classes. The vendor project (rules-drl/src/it) checks this on the module path.

    uses org.strategycheck.internal.RuleEngine.Provider;
}
