package org.strategycheck;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.strategycheck.facts.RecordFacts;
import org.strategycheck.internal.Evaluation;
import org.strategycheck.internal.RuleEngine;
import org.strategycheck.internal.json.RecordContract;
import org.strategycheck.internal.json.RecordMapper;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Checks strategy-discussion records against the rule catalogue: records in, graded findings
 * out.
 *
 * <pre>{@code
 * StrategyCheck checker = StrategyCheck.create();       // once: builds the rule base
 * AuditResult result = checker.check(jsonBytes);         // per record, from any thread
 * if (result.grade() == Grade.INADEQUATE) { ... }
 * result.findings().forEach(f -> show(f.pointers(), f.message()));
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: create one and share it. Creating the first
 * instance in a process loads the pre-compiled rules (a fraction of a second); later
 * instances share them. Nothing is compiled at run time.
 */
public final class StrategyCheck {

    private final RuleEngine engine;
    private final WorkingDayCalendar calendar;
    private final List<RuleDescription> rules;
    private final Map<String, RuleDescription> rulesById;
    private final Map<String, Integer> catalogueOrder;

    private StrategyCheck(Builder builder) {
        this.engine = defaultEngine();
        this.calendar = builder.calendar;
        this.rules = engine.rules();
        Map<String, RuleDescription> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            byId.put(rules.get(i).id(), rules.get(i));
            order.put(rules.get(i).id(), i);
        }
        this.rulesById = Map.copyOf(byId);
        this.catalogueOrder = Map.copyOf(order);
    }

    /**
     * A checker with the built-in rules and the default settings.
     *
     * @return the checker
     */
    public static StrategyCheck create() {
        return builder().build();
    }

    /**
     * A builder for a checker with other settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a record.
     *
     * @param record the record
     * @return the graded result
     * @throws InvalidRecordException when the record breaks the format's contract (no record
     *                                id, no child, a final record with no held date, ...)
     */
    public AuditResult check(StrategyDiscussion record) {
        RecordContract.require(record);
        Evaluation evaluation = new Evaluation(rules, rulesById, catalogueOrder);
        engine.evaluate(RecordFacts.of(record, calendar), evaluation);
        return evaluation.result(record.recordId(), engine.version());
    }

    /**
     * Reads a record from JSON and checks it.
     *
     * @param json the record in format v1, as UTF-8 bytes (a UTF-16 or UTF-32 BOM is honoured)
     * @return the graded result
     * @throws InvalidRecordException when the input cannot be read as a record; it says where
     *                                (a JSON pointer) and why
     */
    public AuditResult check(byte[] json) {
        return check(RecordMapper.read(json));
    }

    /**
     * Reads a record from JSON text and checks it.
     *
     * @param json the record in format v1
     * @return the graded result
     * @throws InvalidRecordException when the input cannot be read as a record
     */
    public AuditResult check(String json) {
        return check(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The rules this checker applies, as their own metadata describes them, in catalogue order.
     *
     * @return the rules
     */
    public List<RuleDescription> rules() {
        return rules;
    }

    /**
     * The version of the rule set, as reported in every result.
     *
     * @return the version
     */
    public String ruleSetVersion() {
        return engine.version();
    }

    private static RuleEngine defaultEngine() {
        Iterator<RuleEngine.Provider> providers =
                ServiceLoader.load(RuleEngine.Provider.class, StrategyCheck.class.getClassLoader()).iterator();
        if (!providers.hasNext()) {
            throw new IllegalStateException(
                    "no rule engine on the class path: add the dependency org.strategycheck:rules-drl");
        }
        return providers.next().engine();
    }

    /** Settings for a {@link StrategyCheck}. */
    public static final class Builder {
        private WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

        private Builder() {
        }

        /**
         * The working-day calendar for timeliness rules; by default the built-in bank holidays of
         * England and Wales.
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }


        /**
         * Builds the checker.
         *
         * @return the checker
         */
        public StrategyCheck build() {
            return new StrategyCheck(this);
        }
    }
}
