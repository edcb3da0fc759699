package org.strategycheck.audit;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RecordError;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.model.ConcernCategory;

/**
 * The figures of an audit, as an immutable value: how many records were read, graded and
 * rejected; per grade, rule, area and practice measure ({@link Tally}) for the final records in
 * the audit's {@link AuditScope}, in all, per month of the discussion, per partnership, team,
 * concern category, age band and ethnic group; the drafts in scope counted apart (a draft is not
 * yet the record of a discussion, so it is in no headline figure); which profiles and rule sets
 * judged them; and the first Inadequate and rejected records by position. Memory grows with the
 * number of months and groups, never with the number of records.
 *
 * <p>Figures <em>merge</em>: the figures of the parts of an audit merged equal the figures of
 * the whole, and {@link #merge} is associative and commutative with {@link #empty} as its
 * identity. So threads, a resumed run or a cluster's partitions can each count and be
 * combined. The bounds keep that law: past {@value #MAX_GROUPS} names a grouping keeps the
 * first {@value #MAX_GROUPS} in name order and adds up the rest as {@value #OTHERS}; the lists
 * keep the records with the lowest positions.
 *
 * <p>Figures name records by id and position only, never by source: a report made from them
 * cannot show a file name. They are {@link Serializable} (as a compact form of counts and
 * strings), so a cluster's executors can send their figures to the driver to merge.
 */
public final class AuditFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The group of records that do not say their partnership or team. */
    public static final String NOT_RECORDED = "(not recorded)";
    /** The group of the names past {@link #MAX_GROUPS}, added up. */
    public static final String OTHERS = "(all others)";
    /** Names kept apart in each grouping (partnership, team). */
    public static final int MAX_GROUPS = 500;
    /** Inadequate records listed by position; the rest are counted. */
    public static final int LISTED_INADEQUATE = 500;
    /** Rejected records listed by position; the rest are counted. */
    public static final int LISTED_REJECTED = 200;

    private static final Comparator<InadequateRecord> INADEQUATE_ORDER = Comparator
            .comparingLong(InadequateRecord::position)
            .thenComparing(InadequateRecord::recordId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Object::toString);
    private static final Comparator<RejectedRecord> REJECTED_ORDER = Comparator
            .comparingLong(RejectedRecord::position)
            .thenComparing(RejectedRecord::recordId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Object::toString);

    private final RuleIndex index;
    private final Limits limits;
    private final AuditScope scope;
    private final long rejected;
    private final long blankLines;
    private final long[] gradedGrades;
    private final long outOfScope;
    private final Tally total;
    private final Tally undated;
    private final Tally drafts;
    private final SortedMap<YearMonth, Tally> byMonth;
    private final SortedMap<String, Tally> byPartnership;
    private final SortedMap<String, Tally> byTeam;
    private final Map<ConcernCategory, Tally> byCategory;
    private final Map<AgeBand, Tally> byAgeBand;
    private final Map<EthnicGroup, Tally> byEthnicGroup;
    private final SortedMap<String, Long> profiles;
    private final SortedMap<String, Long> ruleSetVersions;
    private final List<InadequateRecord> inadequate;
    private final List<RejectedRecord> rejectedRecords;

    private AuditFigures(RuleIndex index, Limits limits, AuditScope scope, long rejected, long blankLines,
            long[] gradedGrades, long outOfScope, Tally total, Tally undated, Tally drafts,
            SortedMap<YearMonth, Tally> byMonth, SortedMap<String, Tally> byPartnership, SortedMap<String, Tally> byTeam,
            Map<ConcernCategory, Tally> byCategory, Map<AgeBand, Tally> byAgeBand,
            Map<EthnicGroup, Tally> byEthnicGroup, SortedMap<String, Long> profiles,
            SortedMap<String, Long> ruleSetVersions, List<InadequateRecord> inadequate,
            List<RejectedRecord> rejectedRecords) {
        this.index = index;
        this.limits = limits;
        this.scope = scope;
        this.rejected = rejected;
        this.blankLines = blankLines;
        if (gradedGrades.length != Grade.values().length) {
            throw new IllegalArgumentException("one count per grade");
        }
        this.gradedGrades = gradedGrades.clone();
        this.outOfScope = outOfScope;
        this.total = total;
        this.undated = undated;
        this.drafts = drafts;
        this.byMonth = Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
        this.byPartnership = Collections.unmodifiableSortedMap(new TreeMap<>(byPartnership));
        this.byTeam = Collections.unmodifiableSortedMap(new TreeMap<>(byTeam));
        this.byCategory = enumMap(ConcernCategory.class, byCategory);
        this.byAgeBand = enumMap(AgeBand.class, byAgeBand);
        this.byEthnicGroup = enumMap(EthnicGroup.class, byEthnicGroup);
        this.profiles = Collections.unmodifiableSortedMap(new TreeMap<>(profiles));
        this.ruleSetVersions = Collections.unmodifiableSortedMap(new TreeMap<>(ruleSetVersions));
        this.inadequate = List.copyOf(inadequate);
        this.rejectedRecords = List.copyOf(rejectedRecords);
    }

    private AuditFigures(Counter counter) {
        this.index = counter.index;
        this.limits = counter.limits;
        this.scope = counter.scope;
        this.rejected = counter.rejected;
        this.blankLines = counter.blankLines;
        this.gradedGrades = counter.gradedGrades.clone();
        this.outOfScope = counter.outOfScope;
        this.total = counter.total.snapshot();
        this.undated = counter.undated.snapshot();
        this.drafts = counter.drafts.snapshot();
        TreeMap<YearMonth, Tally> months = new TreeMap<>();
        counter.byMonth.forEach((month, tally) -> months.put(month, tally.snapshot()));
        this.byMonth = Collections.unmodifiableSortedMap(months);
        this.byPartnership = counter.partnerships.snapshot();
        this.byTeam = counter.teams.snapshot();
        this.byCategory = snapshot(ConcernCategory.class, counter.byCategory);
        this.byAgeBand = snapshot(AgeBand.class, counter.byAgeBand);
        this.byEthnicGroup = snapshot(EthnicGroup.class, counter.byEthnicGroup);
        this.profiles = Collections.unmodifiableSortedMap(new TreeMap<>(counter.profiles));
        this.ruleSetVersions = Collections.unmodifiableSortedMap(new TreeMap<>(counter.ruleSetVersions));
        this.inadequate = List.copyOf(counter.inadequate);
        this.rejectedRecords = List.copyOf(counter.rejectedRecords);
    }

    private static <K extends Enum<K>> Map<K, Tally> enumMap(Class<K> type, Map<K, Tally> map) {
        EnumMap<K, Tally> copy = new EnumMap<>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    private static <K extends Enum<K>> Map<K, Tally> snapshot(Class<K> type, Map<K, Tally.Mutable> map) {
        EnumMap<K, Tally> copy = new EnumMap<>(type);
        map.forEach((key, tally) -> copy.put(key, tally.snapshot()));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The figures of no records.
     *
     * @param rules the rules to count, in catalogue order ({@code StrategyCheck.rules()})
     * @return empty figures
     */
    public static AuditFigures empty(List<RuleDescription> rules) {
        return counter(rules).snapshot();
    }

    /**
     * A counter to add records to one at a time.
     *
     * @param rules the rules to count, in catalogue order ({@code StrategyCheck.rules()})
     * @return a new counter
     */
    public static Counter counter(List<RuleDescription> rules) {
        return counter(rules, AuditScope.ALL);
    }

    /**
     * A counter to add records to one at a time, whose figures are about the discussions held in
     * a period; records outside it are counted apart ({@link #outOfScope()}).
     *
     * @param rules the rules to count, in catalogue order ({@code StrategyCheck.rules()})
     * @param scope the period
     * @return a new counter
     */
    public static Counter counter(List<RuleDescription> rules, AuditScope scope) {
        return new Counter(new RuleIndex(rules), new Limits(MAX_GROUPS, LISTED_INADEQUATE, LISTED_REJECTED),
                Objects.requireNonNull(scope, "scope"));
    }

    /** A counter with smaller bounds, so tests can reach them with a few records. */
    static Counter counter(List<RuleDescription> rules, int groups, int listedInadequate, int listedRejected) {
        return counter(rules, AuditScope.ALL, groups, listedInadequate, listedRejected);
    }

    /** A counter with smaller bounds and a scope. */
    static Counter counter(List<RuleDescription> rules, AuditScope scope, int groups, int listedInadequate,
            int listedRejected) {
        return new Counter(new RuleIndex(rules), new Limits(groups, listedInadequate, listedRejected), scope);
    }

    /**
     * The figures of some records.
     *
     * @param rules   the rules to count
     * @param records the records
     * @return their figures
     */
    public static AuditFigures of(List<RuleDescription> rules, Iterable<? extends AuditedRecord> records) {
        Counter counter = counter(rules);
        records.forEach(counter::add);
        return counter.snapshot();
    }

    /**
     * These figures and another's added up: the figures of both sets of records.
     *
     * @param other figures of other records, counted for the same rules
     * @return the merged figures
     * @throws IllegalArgumentException when the other figures count other rules, or for another scope
     */
    public AuditFigures merge(AuditFigures other) {
        Counter counter = new Counter(index, limits, scope);
        counter.add(this);
        counter.add(other);
        return counter.snapshot();
    }

    /**
     * The rules counted, in catalogue order.
     *
     * @return the rules
     */
    public List<RuleDescription> rules() {
        return index.rules();
    }

    /**
     * The checks published audits report (the rules marked {@code @core}), in catalogue order.
     *
     * @return the core rules
     */
    public List<RuleDescription> coreRules() {
        return index.core();
    }

    /**
     * The areas of practice of the rules, in catalogue order.
     *
     * @return the areas, e.g. {@code attendance}
     */
    public List<String> areas() {
        return index.areas();
    }

    /**
     * Records read: graded and rejected, one per result line.
     *
     * @return the count
     */
    public long read() {
        return graded() + rejected;
    }

    /**
     * Records read and graded, in scope or not, final or draft.
     *
     * @return the count: {@code total().graded() + drafts().graded() + outOfScope()}
     */
    public long graded() {
        return gradedGrades[0] + gradedGrades[1] + gradedGrades[2];
    }

    /**
     * Records read and graded with a grade, in scope or not, final or draft: the run's count,
     * as the closing line of a run gives it.
     *
     * @param grade the grade
     * @return the count
     */
    public long graded(Grade grade) {
        return gradedGrades[grade.ordinal()];
    }

    /**
     * The period these figures are about.
     *
     * @return the scope; {@link AuditScope#ALL} when none was set
     */
    public AuditScope scope() {
        return scope;
    }

    /**
     * Graded records held outside the {@linkplain #scope() scope} (and, for a bounded scope,
     * drafts not yet held): in no figure but this one.
     *
     * @return the count
     */
    public long outOfScope() {
        return outOfScope;
    }

    /**
     * Records that could not be read or checked; each has an error line.
     *
     * @return the count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * Blank lines of JSON Lines inputs: not records, but counted so that records read plus
     * blank lines account for every line.
     *
     * @return the count
     */
    public long blankLines() {
        return blankLines;
    }

    /**
     * The final records in scope: the headline figures. A draft is in {@link #drafts()} instead.
     *
     * @return the tally
     */
    public Tally total() {
        return total;
    }

    /**
     * Final records in scope with no {@code heldAt}: in the total, in no month. A record judged as
     * final always says when it was held, so this counts only what a host built otherwise.
     *
     * @return the tally
     */
    public Tally undated() {
        return undated;
    }

    /**
     * The drafts in scope, judged as drafts (rules about what happens after the meeting still to
     * do): counted apart, in no other figure.
     *
     * @return the tally
     */
    public Tally drafts() {
        return drafts;
    }

    /**
     * Final records in scope by the month of {@code heldAt} in Europe/London; only months that
     * hold records.
     *
     * @return month to tally, in time order
     */
    public SortedMap<YearMonth, Tally> byMonth() {
        return byMonth;
    }

    /**
     * Final records in scope by partnership, {@value #NOT_RECORDED} for those that do not say
     * and {@value #OTHERS} past {@value #MAX_GROUPS} names.
     *
     * @return name to tally, by name
     */
    public SortedMap<String, Tally> byPartnership() {
        return byPartnership;
    }

    /**
     * Final records in scope by team, as {@link #byPartnership()}.
     *
     * @return name to tally, by name
     */
    public SortedMap<String, Tally> byTeam() {
        return byTeam;
    }

    /**
     * Final records in scope by the concern's categories: a record is in each category it
     * records, so the rows add up to more than the total; only categories that occur.
     *
     * @return category to tally, in catalogue order
     */
    public Map<ConcernCategory, Tally> byCategory() {
        return byCategory;
    }

    /**
     * Final records in scope by the children's age bands at the discussion: a record is in each
     * band one of its children is in; only bands that occur.
     *
     * @return band to tally, in band order
     */
    public Map<AgeBand, Tally> byAgeBand() {
        return byAgeBand;
    }

    /**
     * Final records in scope by the children's ethnicity as DfE major groups: a record is in each
     * group one of its children is in; only groups that occur. Records whose results line
     * carries no practice values are in no group.
     *
     * @return group to tally, in group order
     */
    public Map<EthnicGroup, Tally> byEthnicGroup() {
        return byEthnicGroup;
    }

    /**
     * How many graded records in scope (final and draft) each profile version judged.
     *
     * @return e.g. {@code england 1.0} to count
     */
    public SortedMap<String, Long> profiles() {
        return profiles;
    }

    /**
     * How many graded records in scope (final and draft) each rule-set version judged.
     *
     * @return version to count
     */
    public SortedMap<String, Long> ruleSetVersions() {
        return ruleSetVersions;
    }

    /**
     * The final Inadequate records in scope with the lowest positions, at most
     * {@value #LISTED_INADEQUATE}, in position order; {@code total().count(INADEQUATE)} counts
     * them all.
     *
     * @return the listed records
     */
    public List<InadequateRecord> inadequate() {
        return inadequate;
    }

    /**
     * The rejected records with the lowest positions, at most {@value #LISTED_REJECTED}, in
     * position order; {@link #rejected()} counts them all.
     *
     * @return the listed records
     */
    public List<RejectedRecord> rejectedRecords() {
        return rejectedRecords;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditFigures that && index.equals(that.index) && limits.equals(that.limits)
                && scope.equals(that.scope) && rejected == that.rejected && blankLines == that.blankLines
                && java.util.Arrays.equals(gradedGrades, that.gradedGrades) && outOfScope == that.outOfScope
                && total.equals(that.total) && undated.equals(that.undated) && drafts.equals(that.drafts)
                && byMonth.equals(that.byMonth) && byPartnership.equals(that.byPartnership) && byTeam.equals(that.byTeam)
                && byCategory.equals(that.byCategory) && byAgeBand.equals(that.byAgeBand)
                && byEthnicGroup.equals(that.byEthnicGroup)
                && profiles.equals(that.profiles) && ruleSetVersions.equals(that.ruleSetVersions)
                && inadequate.equals(that.inadequate) && rejectedRecords.equals(that.rejectedRecords);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rejected, blankLines, total, byMonth.keySet(), byTeam.keySet(), inadequate.size());
    }

    @Override
    public String toString() {
        return "AuditFigures[read=" + read() + ", graded=" + graded() + ", rejected=" + rejected + ", blankLines="
                + blankLines + ", final=" + total.graded() + ", drafts=" + drafts.graded() + ", outOfScope=" + outOfScope
                + ", grades=" + total.grades() + ", months=" + byMonth.size() + "]";
    }

    /**
     * An Inadequate record, for the list a report shows: its findings by rule, severity and
     * JSON pointer (a finding's arguments are positions and enumeration values, never text
     * from the record).
     *
     * @param position where it stands in the input
     * @param recordId its id
     * @param findings all its findings
     */
    public record InadequateRecord(long position, String recordId, List<Finding> findings) {

        /** Copies the findings. */
        public InadequateRecord {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A rejected record, for the list a report shows.
     *
     * @param position where it stands in the input
     * @param recordId its id when it could be read that far, else {@code null}
     * @param error    the first error
     */
    public record RejectedRecord(long position, String recordId, RecordError error) {

        /** Checks the error. */
        public RejectedRecord {
            Objects.requireNonNull(error, "error");
        }
    }

    private record Limits(int groups, int inadequate, int rejected) {
    }

    private Object writeReplace() {
        return new Form(this);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("figures are read through their serialised form");
    }

    /**
     * The serialised form of figures: the rules, the counts as arrays and the listed records as
     * strings, independent of the classes' fields. Reading it back checks it as the
     * constructors of its parts do.
     */
    private static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String[][] rules;
        private final int[] limits;
        private final String[] scope;
        private final long rejected;
        private final long blankLines;
        private final long[] gradedGrades;
        private final long outOfScope;
        private final long[] total;
        private final long[] undated;
        private final long[] drafts;
        private final String[] categories;
        private final long[][] categoryCounts;
        private final String[] ageBands;
        private final long[][] ageBandCounts;
        private final String[] ethnicGroups;
        private final long[][] ethnicGroupCounts;
        private final YearMonth[] months;
        private final long[][] monthCounts;
        private final String[] partnerships;
        private final long[][] partnershipCounts;
        private final String[] teams;
        private final long[][] teamCounts;
        private final String[] profiles;
        private final long[] profileCounts;
        private final String[] ruleSets;
        private final long[] ruleSetCounts;
        private final long[] inadequatePositions;
        private final String[] inadequateIds;
        private final String[][][] inadequateFindings;
        private final long[] rejectedPositions;
        private final String[] rejectedIds;
        private final String[][] rejectedErrors;

        Form(AuditFigures figures) {
            rules = figures.rules().stream().map(Form::rule).toArray(String[][]::new);
            limits = new int[] {figures.limits.groups(), figures.limits.inadequate(), figures.limits.rejected()};
            scope = new String[] {date(figures.scope.from()), date(figures.scope.to())};
            rejected = figures.rejected;
            blankLines = figures.blankLines;
            gradedGrades = figures.gradedGrades.clone();
            outOfScope = figures.outOfScope;
            total = figures.total.flat();
            undated = figures.undated.flat();
            drafts = figures.drafts.flat();
            categories = figures.byCategory.keySet().stream().map(Enum::name).toArray(String[]::new);
            categoryCounts = figures.byCategory.values().stream().map(Tally::flat).toArray(long[][]::new);
            ageBands = figures.byAgeBand.keySet().stream().map(Enum::name).toArray(String[]::new);
            ageBandCounts = figures.byAgeBand.values().stream().map(Tally::flat).toArray(long[][]::new);
            ethnicGroups = figures.byEthnicGroup.keySet().stream().map(Enum::name).toArray(String[]::new);
            ethnicGroupCounts = figures.byEthnicGroup.values().stream().map(Tally::flat).toArray(long[][]::new);
            months = figures.byMonth.keySet().toArray(new YearMonth[0]);
            monthCounts = figures.byMonth.values().stream().map(Tally::flat).toArray(long[][]::new);
            partnerships = figures.byPartnership.keySet().toArray(new String[0]);
            partnershipCounts = figures.byPartnership.values().stream().map(Tally::flat).toArray(long[][]::new);
            teams = figures.byTeam.keySet().toArray(new String[0]);
            teamCounts = figures.byTeam.values().stream().map(Tally::flat).toArray(long[][]::new);
            profiles = figures.profiles.keySet().toArray(new String[0]);
            profileCounts = figures.profiles.values().stream().mapToLong(Long::longValue).toArray();
            ruleSets = figures.ruleSetVersions.keySet().toArray(new String[0]);
            ruleSetCounts = figures.ruleSetVersions.values().stream().mapToLong(Long::longValue).toArray();
            inadequatePositions = figures.inadequate.stream().mapToLong(InadequateRecord::position).toArray();
            inadequateIds = figures.inadequate.stream().map(InadequateRecord::recordId).toArray(String[]::new);
            inadequateFindings = figures.inadequate.stream()
                    .map(r -> r.findings().stream().map(Form::finding).toArray(String[][]::new)).toArray(String[][][]::new);
            rejectedPositions = figures.rejectedRecords.stream().mapToLong(RejectedRecord::position).toArray();
            rejectedIds = figures.rejectedRecords.stream().map(RejectedRecord::recordId).toArray(String[]::new);
            rejectedErrors = figures.rejectedRecords.stream().map(r -> error(r.error())).toArray(String[][]::new);
        }

        private static String date(java.time.LocalDate date) {
            return date == null ? null : date.toString();
        }

        private static java.time.LocalDate date(String text) {
            return text == null ? null : java.time.LocalDate.parse(text);
        }

        private static <K extends Enum<K>> Map<K, Tally> enums(RuleIndex index, Class<K> type, String[] names,
                long[][] counts) {
            EnumMap<K, Tally> map = new EnumMap<>(type);
            for (int i = 0; i < names.length; i++) {
                map.put(Enum.valueOf(type, names[i]), Tally.fromFlat(index, counts[i]));
            }
            return map;
        }

        private static String[] rule(RuleDescription rule) {
            List<String> row = new ArrayList<>(List.of(rule.id(), rule.area(), rule.severity().name(), rule.condition(),
                    String.valueOf(rule.applies()), String.valueOf(rule.checks()), String.valueOf(rule.source()),
                    String.valueOf(rule.finalOnly()), String.valueOf(rule.core())));
            rule.variants().forEach(v -> row.addAll(List.of(v.severity().name(), v.condition())));
            return row.toArray(new String[0]);
        }

        private static RuleDescription rule(String[] row) {
            List<RuleDescription.SeverityVariant> variants = new ArrayList<>();
            for (int i = 9; i + 1 < row.length; i += 2) {
                variants.add(new RuleDescription.SeverityVariant(Severity.valueOf(row[i]), row[i + 1]));
            }
            return new RuleDescription(row[0], row[1], Severity.valueOf(row[2]), row[3], variants, row[4], row[5], row[6],
                    Boolean.parseBoolean(row[7]), Boolean.parseBoolean(row[8]));
        }

        /** ruleId, severity, key, source, the number of arguments, the arguments, the pointers. */
        private static String[] finding(Finding finding) {
            List<String> row = new ArrayList<>(List.of(finding.ruleId(), finding.severity().name(), finding.messageKey(),
                    finding.source(), String.valueOf(finding.arguments().size())));
            row.addAll(finding.arguments());
            row.addAll(finding.pointers());
            return row.toArray(new String[0]);
        }

        private static Finding finding(String[] row) {
            int arguments = Integer.parseInt(row[4]);
            List<String> rest = List.of(row).subList(5, row.length);
            return new Finding(row[0], Severity.valueOf(row[1]), row[2], rest.subList(0, arguments),
                    rest.subList(arguments, rest.size()), row[3]);
        }

        /** pointer, key, line, column, the arguments. */
        private static String[] error(RecordError error) {
            List<String> row = new ArrayList<>(List.of(error.pointer(), error.messageKey(), String.valueOf(error.line()),
                    String.valueOf(error.column())));
            row.addAll(error.arguments());
            return row.toArray(new String[0]);
        }

        private static RecordError error(String[] row) {
            return new RecordError(row[0], row[1], List.of(row).subList(4, row.length), Integer.parseInt(row[2]),
                    Integer.parseInt(row[3]));
        }

        private Object readResolve() throws InvalidObjectException {
            try {
                RuleIndex index = new RuleIndex(java.util.Arrays.stream(rules).map(Form::rule).toList());
                TreeMap<YearMonth, Tally> byMonth = new TreeMap<>();
                for (int i = 0; i < months.length; i++) {
                    byMonth.put(months[i], Tally.fromFlat(index, monthCounts[i]));
                }
                List<InadequateRecord> inadequate = new ArrayList<>();
                for (int i = 0; i < inadequatePositions.length; i++) {
                    inadequate.add(new InadequateRecord(inadequatePositions[i], inadequateIds[i],
                            java.util.Arrays.stream(inadequateFindings[i]).map(Form::finding).toList()));
                }
                List<RejectedRecord> rejectedRecords = new ArrayList<>();
                for (int i = 0; i < rejectedPositions.length; i++) {
                    rejectedRecords.add(new RejectedRecord(rejectedPositions[i], rejectedIds[i], error(rejectedErrors[i])));
                }
                return new AuditFigures(index, new Limits(limits[0], limits[1], limits[2]),
                        new AuditScope(date(scope[0]), date(scope[1])), rejected, blankLines, gradedGrades, outOfScope,
                        Tally.fromFlat(index, total), Tally.fromFlat(index, undated), Tally.fromFlat(index, drafts),
                        byMonth, groups(index, partnerships, partnershipCounts), groups(index, teams, teamCounts),
                        enums(index, ConcernCategory.class, categories, categoryCounts),
                        enums(index, AgeBand.class, ageBands, ageBandCounts),
                        enums(index, EthnicGroup.class, ethnicGroups, ethnicGroupCounts),
                        counts(profiles, profileCounts), counts(ruleSets, ruleSetCounts), inadequate, rejectedRecords);
            } catch (RuntimeException damaged) {
                InvalidObjectException invalid = new InvalidObjectException("not the serialised form of audit figures");
                invalid.initCause(damaged);
                throw invalid;
            }
        }

        private static TreeMap<String, Tally> groups(RuleIndex index, String[] names, long[][] counts) {
            TreeMap<String, Tally> groups = new TreeMap<>();
            for (int i = 0; i < names.length; i++) {
                groups.put(names[i], Tally.fromFlat(index, counts[i]));
            }
            return groups;
        }

        private static TreeMap<String, Long> counts(String[] names, long[] counts) {
            TreeMap<String, Long> map = new TreeMap<>();
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], counts[i]);
            }
            return map;
        }
    }

    /**
     * Counts records one at a time, in any order, and gives their figures. Not thread-safe:
     * give each thread its own counter and {@linkplain AuditFigures#merge merge} their
     * figures, or add from one thread.
     */
    public static final class Counter {
        private final RuleIndex index;
        private final Limits limits;
        private final AuditScope scope;
        private long rejected;
        private long blankLines;
        private final long[] gradedGrades = new long[Grade.values().length];
        private long outOfScope;
        private final Tally.Mutable total;
        private final Tally.Mutable undated;
        private final Tally.Mutable drafts;
        private final TreeMap<YearMonth, Tally.Mutable> byMonth = new TreeMap<>();
        private final Groups partnerships;
        private final Groups teams;
        private final EnumMap<ConcernCategory, Tally.Mutable> byCategory = new EnumMap<>(ConcernCategory.class);
        private final EnumMap<AgeBand, Tally.Mutable> byAgeBand = new EnumMap<>(AgeBand.class);
        private final EnumMap<EthnicGroup, Tally.Mutable> byEthnicGroup = new EnumMap<>(EthnicGroup.class);
        private final TreeMap<String, Long> profiles = new TreeMap<>();
        private final TreeMap<String, Long> ruleSetVersions = new TreeMap<>();
        private final List<InadequateRecord> inadequate = new ArrayList<>();
        private final List<RejectedRecord> rejectedRecords = new ArrayList<>();
        private final boolean[] ruleApplies;
        private final boolean[] ruleFailed;
        private final boolean[] areaApplies;
        private final boolean[] areaFailed;

        private Counter(RuleIndex index, Limits limits, AuditScope scope) {
            this.index = index;
            this.limits = limits;
            this.scope = scope;
            this.total = new Tally.Mutable(index);
            this.undated = new Tally.Mutable(index);
            this.drafts = new Tally.Mutable(index);
            this.partnerships = new Groups(index, limits.groups());
            this.teams = new Groups(index, limits.groups());
            ruleApplies = new boolean[index.size()];
            ruleFailed = new boolean[index.size()];
            areaApplies = new boolean[index.areas().size()];
            areaFailed = new boolean[index.areas().size()];
        }

        /**
         * Counts one record. Rules the figures do not count (another rule set's) are left out. A
         * graded record outside the scope counts only as out of scope; a draft in scope only
         * among the drafts.
         *
         * @param record a graded or rejected record
         * @return this counter
         */
        public Counter add(AuditedRecord record) {
            if (record instanceof AuditedRecord.Rejected rejection) {
                rejected++;
                insert(rejectedRecords, new RejectedRecord(rejection.position(), rejection.recordId(),
                        rejection.errors().get(0)), limits.rejected(), REJECTED_ORDER);
                return this;
            }
            AuditedRecord.Graded graded = (AuditedRecord.Graded) record;
            Grade grade = graded.result().grade();
            gradedGrades[grade.ordinal()]++;
            RecordContext context = graded.context();
            if (!scope.includes(context.heldOn())) {
                outOfScope++;
                return this;
            }
            java.util.Arrays.fill(ruleApplies, false);
            java.util.Arrays.fill(ruleFailed, false);
            java.util.Arrays.fill(areaApplies, false);
            java.util.Arrays.fill(areaFailed, false);
            for (String id : graded.result().passed()) {
                int i = index.rule(id);
                if (i >= 0) {
                    ruleApplies[i] = true;
                    areaApplies[index.areaOf(i)] = true;
                }
            }
            for (Finding finding : graded.result().findings()) {
                int i = index.rule(finding.ruleId());
                if (i >= 0) {
                    ruleApplies[i] = true;
                    ruleFailed[i] = true;
                    areaApplies[index.areaOf(i)] = true;
                    areaFailed[index.areaOf(i)] = true;
                }
            }
            int[] practice = PracticeCounts.indices(context);
            profiles.merge(graded.result().profileId() + " " + graded.result().profileVersion(), 1L, Long::sum);
            ruleSetVersions.merge(graded.result().ruleSetVersion(), 1L, Long::sum);
            if (graded.result().mode() == CheckMode.DRAFT) {
                drafts.add(grade, ruleApplies, ruleFailed, areaApplies, areaFailed, practice);
                return this;
            }
            Tally.Mutable period = context.heldOn() == null ? undated
                    : byMonth.computeIfAbsent(YearMonth.from(context.heldOn()), m -> new Tally.Mutable(index));
            List<Tally.Mutable> slices = new ArrayList<>(8);
            slices.addAll(List.of(total, period, partnerships.slice(context.partnership()), teams.slice(context.team())));
            // A record counts once in each group it belongs to, however many children or
            // categories put it there.
            for (ConcernCategory category : java.util.EnumSet.copyOf(withNone(context.categories(),
                    ConcernCategory.class))) {
                slices.add(byCategory.computeIfAbsent(category, c -> new Tally.Mutable(index)));
            }
            for (AgeBand band : java.util.EnumSet.copyOf(withNone(context.ageBands(), AgeBand.class))) {
                slices.add(byAgeBand.computeIfAbsent(band, b -> new Tally.Mutable(index)));
            }
            if (context.practice() != null) {
                for (EthnicGroup group : java.util.EnumSet.copyOf(withNone(context.practice().ethnicGroups(),
                        EthnicGroup.class))) {
                    slices.add(byEthnicGroup.computeIfAbsent(group, g -> new Tally.Mutable(index)));
                }
            }
            for (Tally.Mutable slice : slices) {
                slice.add(grade, ruleApplies, ruleFailed, areaApplies, areaFailed, practice);
            }
            if (grade == Grade.INADEQUATE) {
                insert(inadequate, new InadequateRecord(graded.position(), graded.recordId(),
                        graded.result().findings()), limits.inadequate(), INADEQUATE_ORDER);
            }
            return this;
        }

        /**
         * Counts a blank line of a JSON Lines input.
         *
         * @return this counter
         */
        public Counter addBlankLine() {
            blankLines++;
            return this;
        }

        /**
         * Adds figures counted elsewhere, as {@link AuditFigures#merge} does.
         *
         * @param figures figures of other records, counted for the same rules
         * @return this counter
         * @throws IllegalArgumentException when the figures count other rules
         */
        public Counter add(AuditFigures figures) {
            if (!figures.index.equals(index)) {
                throw new IllegalArgumentException("figures of different rules cannot be merged");
            }
            if (!figures.limits.equals(limits)) {
                throw new IllegalArgumentException("figures with different bounds cannot be merged");
            }
            if (!figures.scope.equals(scope)) {
                throw new IllegalArgumentException("figures of different periods cannot be merged");
            }
            rejected = Math.addExact(rejected, figures.rejected);
            blankLines = Math.addExact(blankLines, figures.blankLines);
            for (int g = 0; g < gradedGrades.length; g++) {
                gradedGrades[g] = Math.addExact(gradedGrades[g], figures.gradedGrades[g]);
            }
            outOfScope = Math.addExact(outOfScope, figures.outOfScope);
            total.add(figures.total);
            undated.add(figures.undated);
            drafts.add(figures.drafts);
            figures.byCategory.forEach((key, tally) -> byCategory.computeIfAbsent(key, k -> new Tally.Mutable(index))
                    .add(tally));
            figures.byAgeBand.forEach((key, tally) -> byAgeBand.computeIfAbsent(key, k -> new Tally.Mutable(index))
                    .add(tally));
            figures.byEthnicGroup.forEach((key, tally) -> byEthnicGroup.computeIfAbsent(key,
                    k -> new Tally.Mutable(index)).add(tally));
            figures.byMonth.forEach((month, tally) -> byMonth.computeIfAbsent(month, m -> new Tally.Mutable(index))
                    .add(tally));
            partnerships.add(figures.byPartnership);
            teams.add(figures.byTeam);
            figures.profiles.forEach((profile, n) -> profiles.merge(profile, n, Math::addExact));
            figures.ruleSetVersions.forEach((version, n) -> ruleSetVersions.merge(version, n, Math::addExact));
            figures.inadequate.forEach(listed -> insert(inadequate, listed, limits.inadequate(), INADEQUATE_ORDER));
            figures.rejectedRecords.forEach(listed -> insert(rejectedRecords, listed, limits.rejected(), REJECTED_ORDER));
            return this;
        }

        /**
         * The figures counted so far; the counter can go on counting.
         *
         * @return an immutable snapshot
         */
        public AuditFigures snapshot() {
            return new AuditFigures(this);
        }

        /** The values, or an empty set's worth when there are none (EnumSet.copyOf needs a type). */
        private static <E extends Enum<E>> java.util.Collection<E> withNone(List<E> values, Class<E> type) {
            return values.isEmpty() ? java.util.EnumSet.noneOf(type) : values;
        }

        /** Keeps the {@code limit} lowest entries in order; a run's records come in order, so most go at the end. */
        private static <T> void insert(List<T> list, T entry, int limit, Comparator<T> order) {
            int size = list.size();
            if (size == limit && order.compare(entry, list.get(size - 1)) >= 0) {
                return;
            }
            int at = size == 0 || order.compare(entry, list.get(size - 1)) >= 0 ? size
                    : insertionPoint(list, entry, order);
            list.add(at, entry);
            if (list.size() > limit) {
                list.remove(list.size() - 1);
            }
        }

        private static <T> int insertionPoint(List<T> list, T entry, Comparator<T> order) {
            int low = 0;
            int high = list.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (order.compare(list.get(middle), entry) <= 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /**
     * The tallies of one grouping, bounded: the first {@code limit} names in name order are
     * kept apart and every other name is added into one row. Which names are kept depends only
     * on the set of names seen, never on their order, so merged figures equal the whole's.
     */
    private static final class Groups {
        private final RuleIndex index;
        private final int limit;
        private final TreeMap<String, Tally.Mutable> kept = new TreeMap<>();
        private Tally.Mutable others;

        Groups(RuleIndex index, int limit) {
            this.index = index;
            this.limit = limit;
        }

        Tally.Mutable slice(String name) {
            String key = name == null || name.isBlank() ? NOT_RECORDED : name;
            Tally.Mutable slice = kept.get(key);
            if (slice != null) {
                return slice;
            }
            if (kept.size() >= limit) {
                if (key.compareTo(kept.lastKey()) > 0) {
                    return others();
                }
                // A hostile export could hold a million team names: past the bound memory stays flat.
                others().add(kept.pollLastEntry().getValue());
            }
            slice = new Tally.Mutable(index);
            kept.put(key, slice);
            return slice;
        }

        private Tally.Mutable others() {
            if (others == null) {
                others = new Tally.Mutable(index);
            }
            return others;
        }

        void add(Map<String, Tally> groups) {
            groups.forEach((name, tally) -> (name.equals(OTHERS) ? others() : slice(name)).add(tally));
        }

        SortedMap<String, Tally> snapshot() {
            TreeMap<String, Tally> groups = new TreeMap<>();
            kept.forEach((name, slice) -> groups.put(name, slice.snapshot()));
            if (others != null) {
                groups.put(OTHERS, others.snapshot());
            }
            return Collections.unmodifiableSortedMap(groups);
        }
    }
}
