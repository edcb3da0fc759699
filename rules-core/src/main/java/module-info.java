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

    exports org.strategycheck;
    exports org.strategycheck.facts;
    exports org.strategycheck.json;
    exports org.strategycheck.model;
    exports org.strategycheck.profile;

    exports org.strategycheck.internal to org.strategycheck.drl;

    uses org.strategycheck.internal.RuleEngine.Provider;
}
