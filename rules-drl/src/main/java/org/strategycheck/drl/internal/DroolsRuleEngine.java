package org.strategycheck.drl.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.strategycheck.RuleDescription;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.RuleEngine;

/**
 * Runs the pre-compiled rules. The rule base is immutable and shared; a session (and its
 * {@code outcome} global) is never shared between threads.
 *
 * <p>Sessions are reused from a small pool after {@code reset()} (which clears facts, node
 * memories, agenda, globals and listeners); the firing rule is told by an agenda filter rather
 * than an agenda event listener, and a catalogue rule's applicability is recorded there without
 * running its consequence; a profile's switched-off rules are left out of a rule base built for
 * that set of rules, so they cost nothing; and facts of a type no rule of a rule base matches are
 * not inserted. Each of these keeps the findings identical to a new session per record with an
 * agenda listener, which a test keeps as the reference ({@code PooledEngineEquivalenceTest}).
 *
 * <p>Not done: {@code ThreadSafeOption.NO}. It looked safe for sessions used by one thread at a
 * time, and saved a few per cent, but Drools 10.2 then caches each consequence's argument array in
 * the consequence object, which every session of the rule base shares: two threads firing the
 * same rule overwrite each other's arguments (seen as wrong globals under JMH with two threads).
 */
final class DroolsRuleEngine implements RuleEngine {

    /** Idle sessions kept per rule base; more threads than this still work, with new sessions. */
    static final int POOL_SIZE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final RuleCatalogue catalogue;
    private final String version;
    private final String catalogueVersion;
    private final List<Model> models;
    private final RuleBase full;
    private final ConcurrentMap<Set<String>, RuleBase> withoutRules = new ConcurrentHashMap<>();

    /**
     * An engine over a rule base that was not built from executable models (e.g. a host's DRL
     * compiled at run time, which implements no catalogue): switched-off rules are filtered at
     * firing.
     */
    DroolsRuleEngine(KieBase kieBase, String version) {
        this(kieBase, null, version, "");
    }

    DroolsRuleEngine(KieBase kieBase, List<Model> models, String version, String catalogueVersion) {
        this.catalogue = RuleCatalogue.read(kieBase);
        this.version = version;
        this.catalogueVersion = catalogueVersion;
        this.models = models == null ? null : List.copyOf(models);
        this.full = new RuleBase(kieBase, catalogue.bindings(), models == null);
    }

    @Override
    public List<RuleDescription> rules() {
        return catalogue.rules();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String catalogueVersion() {
        return catalogueVersion;
    }

    /** The catalogue as the rules describe themselves, with each DRL rule's binding. */
    RuleCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public void evaluate(RecordFacts facts, Set<String> disabled, Outcome outcome) {
        RuleBase base = disabled.isEmpty() || full.filtersAtFiring ? full : withoutRules(disabled);
        Pooled pooled = base.take();
        boolean reusable = false;
        try {
            pooled.outcome.start(outcome, base.filtersAtFiring ? disabled : Set.of());
            KieSession session = pooled.session;
            // reset() clears the globals: set it for every record.
            session.setGlobal("outcome", pooled.outcome);
            base.insert(session, facts.discussion());
            base.insert(session, facts.thresholds());
            base.insert(session, facts.attendance());
            base.insertAll(session, facts.agencies());
            base.insertAll(session, facts.children());
            base.insertAll(session, facts.actions());
            base.insertAll(session, facts.services());
            base.insertAll(session, facts.people());
            session.fireAllRules(pooled.outcome);
            reusable = true;
        } finally {
            pooled.outcome.finish();
            // A session a consequence failed in is not trusted again.
            base.release(pooled, reusable);
        }
    }

    /** A rule base without the rules of the given catalogue ids, built once per set and kept. */
    private RuleBase withoutRules(Set<String> disabled) {
        RuleBase base = withoutRules.get(disabled);
        if (base != null) {
            return base;
        }
        return withoutRules.computeIfAbsent(Set.copyOf(disabled), off -> {
            List<Model> kept = new ArrayList<>(models.size());
            for (Model model : models) {
                kept.add(new WithoutRules(model, off));
            }
            return new RuleBase(KieBaseBuilder.createKieBaseFromModel(kept), catalogue.bindings(), false);
        });
    }

    /** A model less the rules whose {@code @id} is switched off. */
    private record WithoutRules(Model model, Set<String> off) implements Model {
        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<org.drools.model.Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            List<Rule> rules = new ArrayList<>();
            for (Rule rule : model.getRules()) {
                if (!off.contains(String.valueOf(rule.getMetaData().get("id")))) {
                    rules.add(rule);
                }
            }
            return rules;
        }

        @Override
        public List<org.drools.model.Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<org.drools.model.TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<org.drools.model.EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }

    /** A session and the outcome global that goes with it, while idle in a pool. */
    private record Pooled(KieSession session, FiringOutcome outcome) {
    }

    /** One rule base and its idle sessions. */
    private static final class RuleBase {
        final KieBase kieBase;
        final Map<String, RuleBinding> bindings;
        /** The bindings by the rule base's rule objects (read-only once built, so shared by its sessions). */
        private final Map<org.kie.api.definition.rule.Rule, RuleBinding> byRule = new java.util.IdentityHashMap<>();
        /** The rule base has every rule: a profile's switched-off rules are filtered at firing. */
        final boolean filtersAtFiring;
        /** The classes the rule base matches facts of; {@code null} when every fact is inserted. */
        private final Set<Class<?>> matchedTypes;
        private final ArrayBlockingQueue<Pooled> idle = new ArrayBlockingQueue<>(POOL_SIZE);

        RuleBase(KieBase kieBase, Map<String, RuleBinding> bindings, boolean filtersAtFiring) {
            this.kieBase = kieBase;
            this.bindings = bindings;
            this.filtersAtFiring = filtersAtFiring;
            this.matchedTypes = matchedTypes(kieBase);
            for (org.kie.api.definition.KiePackage kiePackage : kieBase.getKiePackages()) {
                for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
                    RuleBinding binding = bindings.get(rule.getName());
                    if (binding != null) {
                        byRule.put(rule, binding);
                    }
                }
            }
        }

        /** The classes of the rule base's object type nodes, or {@code null} when one matches any object. */
        private static Set<Class<?>> matchedTypes(KieBase kieBase) {
            if (!(kieBase instanceof InternalRuleBase ruleBase)) {
                return null;
            }
            Set<Class<?>> types = new HashSet<>();
            for (ObjectTypeNode node : ruleBase.getRete().getObjectTypeNodes()) {
                if (!(node.getObjectType() instanceof ClassObjectType type) || type.getClassType() == Object.class) {
                    return null;
                }
                types.add(type.getClassType());
            }
            return Set.copyOf(types);
        }

        void insert(KieSession session, Object fact) {
            if (matchedTypes == null || matches(fact.getClass())) {
                session.insert(fact);
            }
        }

        void insertAll(KieSession session, List<?> facts) {
            if (facts.isEmpty() || matchedTypes != null && !matches(facts.get(0).getClass())) {
                // Every fact of a list is of the list's one record type.
                return;
            }
            for (int i = 0; i < facts.size(); i++) {
                session.insert(facts.get(i));
            }
        }

        private boolean matches(Class<?> type) {
            if (matchedTypes.contains(type)) {
                return true;
            }
            for (Class<?> matched : matchedTypes) {
                if (matched.isAssignableFrom(type)) {
                    return true;
                }
            }
            return false;
        }

        Pooled take() {
            Pooled pooled = idle.poll();
            return pooled != null ? pooled
                    : new Pooled(kieBase.newKieSession(), new FiringOutcome(bindings, byRule));
        }

        void release(Pooled pooled, boolean reusable) {
            if (reusable && pooled.session instanceof StatefulKnowledgeSessionImpl session) {
                // What Drools' own session pool does between uses: facts, memories, agenda, globals, listeners.
                session.reset();
                if (idle.offer(pooled)) {
                    return;
                }
            }
            // A session not disposed stays reachable from the rule base.
            pooled.session.dispose();
        }
    }
}
