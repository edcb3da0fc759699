package org.strategycheck;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.Evaluation;
import org.strategycheck.internal.London;
import org.strategycheck.internal.RuleEngine;
import org.strategycheck.internal.Requirements;
import org.strategycheck.internal.RulesModule;
import org.strategycheck.profile.Profile;
import org.strategycheck.profile.Profiles;
import org.strategycheck.profile.VersionChoice;
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
 * <p>On a form: {@code check(jsonBytes, CheckMode.DRAFT)} when the social worker saves,
 * {@code check(jsonBytes, CheckMode.FINAL)} when they submit; {@link AuditResult#byField()}
 * says which field each finding belongs to.
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
    private final Profiles profiles;
    private final String forcedProfile;
    private final VersionChoice versionChoice;
    private final Clock clock;
    private final CheckMode mode;
    /** Per profile version (the very instances {@link Profiles} hands out): its switched-off rules and thresholds. */
    private final Map<Profile, InForce> inForce;

    private record InForce(Set<String> disabled, org.strategycheck.facts.Thresholds thresholds, Evaluation.Plan plan) {
    }

    private StrategyCheck(Builder builder) {
        this.engine = engine(builder.extraRules);
        this.mode = builder.mode;
        this.calendar = builder.calendar;
        this.profiles = builder.profiles;
        this.forcedProfile = builder.profile;
        this.versionChoice = builder.versionChoice;
        this.clock = builder.clock;
        this.rules = engine.rules();
        Map<String, RuleDescription> byId = new HashMap<>();
        for (RuleDescription rule : rules) {
            byId.put(rule.id(), rule);
        }
        this.rulesById = Map.copyOf(byId);
        profiles.requireKnownRules(rulesById.keySet());
        if (forcedProfile != null && profiles.versions(forcedProfile).isEmpty()) {
            throw new IllegalArgumentException("unknown profile " + forcedProfile + "; known: " + profiles.ids());
        }
        if (profiles.versions(Profiles.DEFAULT_PROFILE).isEmpty() && forcedProfile == null) {
            throw new IllegalArgumentException("no profile " + Profiles.DEFAULT_PROFILE + " and none chosen");
        }
        Map<Profile, InForce> perProfile = new java.util.IdentityHashMap<>();
        for (String id : profiles.ids()) {
            for (Profile profile : profiles.versions(id)) {
                perProfile.put(profile, inForce(profile));
            }
        }
        // Looked up by identity: a profile record's own hashCode hashes all its settings on every call.
        this.inForce = java.util.Collections.unmodifiableMap(perProfile);
    }

    /**
     * A checker with the built-in rules and the default settings.
     *
     * @return the checker
     * @throws IllegalStateException when no rule engine ({@code rules-drl}) is present, or a
     *                               library it needs is older than supported (a Jackson before
     *                               2.16): the message names the version found and the version
     *                               needed
     */
    public static StrategyCheck create() {
        return builder().build();
    }

    /**
     * A builder for a checker with other settings.
     *
     * @return a new builder
     * @throws IllegalStateException when a library StrategyCheck needs is older than supported
     */
    public static Builder builder() {
        // Before anything touches Jackson: an old one would otherwise fail at the first record.
        Requirements.check();
        return new Builder();
    }

    /**
     * Checks a record at the stage the checker was built with (by default the stage its
     * {@code status} says).
     *
     * @param record the record
     * @return the graded result
     * @throws InvalidRecordException when the record breaks the format's contract (no record
     *                                id, no child, a final record with no held date, ...)
     */
    public AuditResult check(StrategyDiscussion record) {
        return check(record, mode);
    }

    /**
     * Checks a record at a stage the host chooses for this call: as a draft (what is still
     * missing; the rules that can only hold after the meeting are {@linkplain AuditResult#pending()
     * pending}), as final (every rule), or as its {@code status} says. The record is not changed;
     * the result names the stage used.
     *
     * @param record the record
     * @param mode   the stage to judge it at
     * @return the graded result
     * @throws InvalidRecordException when the record breaks the format's contract at that stage;
     *                                judged as final, a record without {@code heldAt} is an error
     *                                at {@code /heldAt}, whatever its status
     */
    public AuditResult check(StrategyDiscussion record, CheckMode mode) {
        Objects.requireNonNull(mode, "mode");
        RecordContract.require(record, mode);
        CheckMode stage = mode.stageOf(record);
        Profile profile = profileFor(record);
        InForce settings = inForce.get(profile);
        if (settings == null) {
            settings = inForce(profile);
        }
        Evaluation evaluation = new Evaluation(settings.plan());
        engine.evaluate(RecordFacts.of(record, calendar, settings.thresholds(), stage == CheckMode.FINAL),
                settings.disabled(), evaluation);
        return evaluation.result(record.recordId(), engine.version(), engine.catalogueVersion(), stage);
    }

    private InForce inForce(Profile profile) {
        return new InForce(disabled(profile), profile.thresholds(), new Evaluation.Plan(rules, profile));
    }

    private static Set<String> disabled(Profile profile) {
        Set<String> off = new HashSet<>();
        profile.rules().forEach((rule, settings) -> {
            if (!settings.enabled()) {
                off.add(rule);
            }
        });
        return Set.copyOf(off);
    }

    /**
     * The profile version that applies to a record: the host's choice of profile, else the
     * record's {@code partnership} when a profile of that id is known, else
     * {@value Profiles#DEFAULT_PROFILE}; and of its versions the one in force today or on the
     * record's date, as the checker was built.
     *
     * @param record a record
     * @return the profile version applied to it
     */
    public Profile profileFor(StrategyDiscussion record) {
        String id = forcedProfile;
        if (id == null) {
            String partnership = record.partnership();
            id = partnership != null && !profiles.versions(partnership).isEmpty() ? partnership : Profiles.DEFAULT_PROFILE;
        }
        LocalDate today = LocalDate.now(clock.withZone(London.ZONE));
        LocalDate date = today;
        if (versionChoice == VersionChoice.IN_FORCE_ON_RECORD_DATE) {
            LocalDate held = London.date(record.heldAt());
            LocalDate identified = London.date(record.concern().identifiedAt());
            date = held != null ? held : identified != null ? identified : today;
        }
        return profiles.inForce(id, date);
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
        return check(json, mode);
    }

    /**
     * Reads a record from JSON and checks it at a stage the host chooses for this call (see
     * {@link #check(StrategyDiscussion, CheckMode)}).
     *
     * @param json the record in format v1, as UTF-8 bytes (a UTF-16 or UTF-32 BOM is honoured)
     * @param mode the stage to judge it at
     * @return the graded result
     * @throws InvalidRecordException when the input cannot be read as a record, or breaks the
     *                                contract at that stage
     */
    public AuditResult check(byte[] json, CheckMode mode) {
        Objects.requireNonNull(mode, "mode");
        // Bound without the contract: whether heldAt is required depends on the stage chosen.
        return check(RecordMapper.bind(json), mode);
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
     * Reads a record from JSON text and checks it at a stage the host chooses for this call.
     *
     * @param json the record in format v1
     * @param mode the stage to judge it at
     * @return the graded result
     * @throws InvalidRecordException when the input cannot be read as a record, or breaks the
     *                                contract at that stage
     */
    public AuditResult check(String json, CheckMode mode) {
        return check(json.getBytes(StandardCharsets.UTF_8), mode);
    }

    /**
     * The stage {@link #check(StrategyDiscussion)} judges records at, as the checker was built.
     *
     * @return the default mode
     */
    public CheckMode mode() {
        return mode;
    }

    /**
     * The profile this checker applies to every record, when the host chose one.
     *
     * @return the profile id, or empty when each record's {@code partnership} decides
     */
    public java.util.Optional<String> chosenProfile() {
        return java.util.Optional.ofNullable(forcedProfile);
    }

    /**
     * The profiles this checker knows.
     *
     * @return the profiles
     */
    public Profiles profiles() {
        return profiles;
    }

    /**
     * Which version of a profile this checker applies: today's or the record date's.
     *
     * @return the choice
     */
    public VersionChoice versionChoice() {
        return versionChoice;
    }

    /**
     * The working-day calendar of the timeliness rules.
     *
     * @return the calendar
     */
    public WorkingDayCalendar calendar() {
        return calendar;
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

    /**
     * The version of the rule catalogue the rules implement, as reported in every result beside
     * the rule set's version ({@link AuditResult#catalogueVersion()}). It comes from the rules, not
     * from this library: catalogue 1.1 changed where six rules apply and what counts as recorded
     * text, so a re-audit names the catalogue that judged each record.
     *
     * @return e.g. {@code 1.1}
     */
    public String catalogueVersion() {
        return engine.catalogueVersion();
    }

    /**
     * The sources the rules rest on, written out in full, in the catalogue's order: the glossary
     * of the codes a rule's {@link RuleDescription#source()} cites ("WT; GSCB A; SCR-AUD rec 1"),
     * for a report or a rule reference to print. Read from the rules' own wording.
     *
     * @return the sources; unmodifiable
     */
    public List<Source> sources() {
        return Source.ofRules();
    }

    private static RuleEngine engine(List<RuleSource> extraRules) {
        RuleEngine.Provider provider = RulesModule.provider().orElseThrow(() -> new IllegalStateException(
                "no rule engine on the class path or module path: add the dependency org.strategycheck:rules-drl"));
        return provider.engine(extraRules);
    }

    /** Settings for a {@link StrategyCheck}. */
    public static final class Builder {
        private WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        private Profiles profiles = Profiles.builtIn();
        private String profile;
        private VersionChoice versionChoice = VersionChoice.IN_FORCE_TODAY;
        private Clock clock = Clock.systemUTC();
        private final List<RuleSource> extraRules = new java.util.ArrayList<>();
        private CheckMode mode = CheckMode.AS_RECORDED;

        private Builder() {
        }

        /**
         * The stage records are judged at when a call does not say: as their {@code status}
         * says (the default), always as drafts, or always as final.
         *
         * @param mode the default mode
         * @return this builder
         */
        public Builder mode(CheckMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * The profiles the checker knows; by default the built-in ones. Every profile must name
         * only rules that exist, or {@link #build()} fails naming the key.
         *
         * @param profiles the profiles
         * @return this builder
         */
        public Builder profiles(Profiles profiles) {
            this.profiles = Objects.requireNonNull(profiles, "profiles");
            return this;
        }

        /**
         * Applies this profile to every record, whatever its {@code partnership} says.
         *
         * @param id a known profile id
         * @return this builder
         */
        public Builder profile(String id) {
            this.profile = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Which version of a profile applies: today's (the default) or the one in force on the
         * record's date.
         *
         * @param choice the choice
         * @return this builder
         */
        public Builder versionChoice(VersionChoice choice) {
            this.versionChoice = Objects.requireNonNull(choice, "choice");
            return this;
        }

        /**
         * Adds a host's own rules to the catalogue's (see {@code org.strategycheck.drl.HostRules}).
         * They are evaluated with the catalogue's, reported after them, and may be named in
         * profiles like any rule.
         *
         * @param rules the host's rules, already loaded and validated
         * @return this builder
         */
        public Builder addRules(RuleSource rules) {
            this.extraRules.add(Objects.requireNonNull(rules, "rules"));
            return this;
        }

        /**
         * The clock that says what "today" is; the system clock by default.
         *
         * @param clock a clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
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
