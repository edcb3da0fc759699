package org.strategycheck.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.internal.Intervals;
import org.strategycheck.audit.internal.ResultsFile;

/**
 * Two rounds of an audit compared: last year's and this year's, or the records before and after
 * a fix. For every rule, over all records and per partnership and team, the share met in each
 * round and the change in percentage points with its 95% interval (Newcombe's hybrid score
 * method, built from the two Wilson intervals), and a verdict that says "improved" or "worse"
 * only when the interval excludes no change.
 *
 * <p>Only final records count, as in a published report: a draft is judged at a stage where the
 * rules that hold only after the meeting do not apply, so mixing drafts in would move the
 * figures without any change in practice. Drafts and records that could not be read are counted
 * apart ({@link Round}).
 *
 * <p>Where the same record ids are final in both rounds (records corrected and audited again),
 * each such record's findings are matched by rule id and JSON pointer, as SARIF's baseline
 * states do: <em>fixed</em> (in the first round only), <em>new</em> (in the second only) and
 * <em>unchanged</em> ({@link Baseline}).
 *
 * <p>Reading is streaming, but the baseline keeps, per final record of the first round, its id
 * and a 64-bit hash per finding, so memory grows with the records of the first round: a few
 * hundred bytes a record, some tens of megabytes for a hundred thousand.
 */
public final class RoundComparison {

    /** Fewer records than this on either side, and a change is not judged. */
    public static final int TOO_FEW = 5;

    private final List<RuleDescription> rules;
    private final Round before;
    private final Round after;
    private final List<Group> groups;
    private final List<Row> rows;
    private final Map<Group, Map<String, Row>> index = new HashMap<>();
    private final Baseline baseline;

    private RoundComparison(List<RuleDescription> rules, Round before, Round after, List<Group> groups, List<Row> rows,
            Baseline baseline) {
        this.rules = List.copyOf(rules);
        this.before = before;
        this.after = after;
        this.groups = List.copyOf(groups);
        this.rows = List.copyOf(rows);
        this.baseline = baseline;
        for (Row row : this.rows) {
            index.computeIfAbsent(row.group(), g -> new HashMap<>()).put(row.ruleId(), row);
        }
    }

    /**
     * Compares the results of two audit folders ({@code audit --out}).
     *
     * @param rules     the rules to compare, in catalogue order ({@code StrategyCheck.rules()})
     * @param beforeDir the earlier round's folder
     * @param afterDir  the later round's folder
     * @return the comparison
     * @throws IOException    when a folder cannot be read
     * @throws AuditException when a folder holds no results, an audit is still writing it, or a
     *                        line of its results is not a results line (named by file and line)
     */
    public static RoundComparison of(List<RuleDescription> rules, Path beforeDir, Path afterDir) throws IOException {
        return of(rules, ResultsFile.of(beforeDir), ResultsFile.of(afterDir));
    }

    /**
     * Compares two rounds a host holds as audited records, e.g. read back with
     * {@link ResultLines#read}. Each is read once.
     *
     * @param rules  the rules to compare, in catalogue order
     * @param before the earlier round's records
     * @param after  the later round's records
     * @return the comparison
     */
    public static RoundComparison of(List<RuleDescription> rules, Iterable<? extends AuditedRecord> before,
            Iterable<? extends AuditedRecord> after) {
        Map<String, Earlier> earlier = new HashMap<>();
        long[] repeated = new long[1];
        Counted first = count(rules, before, graded -> {
            Earlier known = earlier.get(graded.recordId());
            if (known == null) {
                earlier.put(graded.recordId(), new Earlier(graded.position(), keys(graded.result().findings())));
            } else if (!known.repeated) {
                known.repeated = true;
                repeated[0]++;
            }
        });
        Counted second = count(rules, after, graded -> {
            Earlier known = earlier.get(graded.recordId());
            if (known == null || known.repeated) {
                return;
            }
            if (known.change != null || known.laterRepeated) {
                // An id twice in the later round: which of them is the corrected record cannot be told.
                if (!known.laterRepeated) {
                    known.laterRepeated = true;
                    known.change = null;
                    repeated[0]++;
                }
                return;
            }
            known.change = change(graded.recordId(), known, graded);
        });
        List<RecordChange> changes = new ArrayList<>();
        for (Earlier known : earlier.values()) {
            if (known.change != null) {
                changes.add(known.change);
            }
        }
        changes.sort(Comparator.comparingLong(RecordChange::afterPosition));
        Baseline baseline = Baseline.of(changes, repeated[0]);

        List<Group> groups = new ArrayList<>();
        groups.add(Group.ALL);
        names(first.figures.byPartnership(), second.figures.byPartnership())
                .forEach(name -> groups.add(new Group(Group.Kind.PARTNERSHIP, name)));
        names(first.figures.byTeam(), second.figures.byTeam())
                .forEach(name -> groups.add(new Group(Group.Kind.TEAM, name)));
        List<Row> rows = new ArrayList<>();
        for (Group group : groups) {
            Tally was = slice(first.figures, group);
            Tally is = slice(second.figures, group);
            for (RuleDescription rule : rules) {
                Proportion then = was == null ? Proportion.NONE : was.rule(rule.id());
                Proportion now = is == null ? Proportion.NONE : is.rule(rule.id());
                rows.add(new Row(rule.id(), group, then, now, Change.of(then, now)));
            }
        }
        return new RoundComparison(rules, new Round(first.figures, first.drafts), new Round(second.figures,
                second.drafts), groups, rows, baseline);
    }

    private interface FinalRecords {
        void add(AuditedRecord.Graded graded);
    }

    private record Counted(AuditFigures figures, long drafts) {
    }

    private static Counted count(List<RuleDescription> rules, Iterable<? extends AuditedRecord> records,
            FinalRecords each) {
        AuditFigures.Counter counter = AuditFigures.counter(rules);
        long[] drafts = new long[1];
        records.forEach(record -> {
            if (record instanceof AuditedRecord.Graded graded) {
                if (graded.result().mode() != CheckMode.FINAL) {
                    drafts[0]++;
                    return;
                }
                each.add(graded);
            }
            counter.add(record);
        });
        return new Counted(counter.snapshot(), drafts[0]);
    }

    private static TreeSet<String> names(SortedMap<String, Tally> a, SortedMap<String, Tally> b) {
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    private static Tally slice(AuditFigures figures, Group group) {
        return switch (group.kind()) {
            case ALL -> figures.total();
            case PARTNERSHIP -> figures.byPartnership().get(group.name());
            case TEAM -> figures.byTeam().get(group.name());
        };
    }

    /** A first-round record, and what became of it in the second. */
    private static final class Earlier {
        final long position;
        final long[] keys;
        boolean repeated;
        boolean laterRepeated;
        RecordChange change;

        Earlier(long position, long[] keys) {
            this.position = position;
            this.keys = keys;
        }
    }

    private static RecordChange change(String recordId, Earlier known, AuditedRecord.Graded later) {
        long[] was = known.keys;
        long[] is = keys(later.result().findings());
        int i = 0;
        int j = 0;
        int unchanged = 0;
        while (i < was.length && j < is.length) {
            if (was[i] == is[j]) {
                unchanged++;
                i++;
                j++;
            } else if (was[i] < is[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new RecordChange(recordId, known.position, later.position(), was.length - unchanged,
                is.length - unchanged, unchanged);
    }

    /** Each finding as a 64-bit hash of its rule id and pointers, sorted: a multiset a merge can compare. */
    private static long[] keys(List<Finding> findings) {
        long[] keys = new long[findings.size()];
        for (int i = 0; i < keys.length; i++) {
            Finding finding = findings.get(i);
            StringBuilder key = new StringBuilder(finding.ruleId());
            for (String pointer : finding.pointers()) {
                key.append('\u0000').append(pointer);
            }
            keys[i] = hash(key.toString());
        }
        Arrays.sort(keys);
        return keys;
    }

    /** FNV-1a over UTF-8, then a finaliser, so near-identical keys spread over all 64 bits. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /**
     * The rules compared, in catalogue order.
     *
     * @return the rules
     */
    public List<RuleDescription> rules() {
        return rules;
    }

    /**
     * The earlier round.
     *
     * @return its final records' figures and its drafts
     */
    public Round before() {
        return before;
    }

    /**
     * The later round.
     *
     * @return its final records' figures and its drafts
     */
    public Round after() {
        return after;
    }

    /**
     * The groups compared: all records, then each partnership and each team named in either
     * round, by name.
     *
     * @return the groups
     */
    public List<Group> groups() {
        return groups;
    }

    /**
     * Every rule in every group: the groups in {@link #groups()} order, and in each the rules in
     * catalogue order.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * One rule in one group.
     *
     * @param ruleId a rule compared
     * @param group  a group of {@link #groups()}
     * @return the row
     * @throws IllegalArgumentException when there is no such rule or group
     */
    public Row row(String ruleId, Group group) {
        Row row = index.getOrDefault(group, Map.of()).get(ruleId);
        if (row != null) {
            return row;
        }
        throw new IllegalArgumentException("no comparison of " + ruleId + " in " + group.label());
    }

    /**
     * The records final in both rounds, and what became of their findings.
     *
     * @return the baseline
     */
    public Baseline baseline() {
        return baseline;
    }

    /**
     * One round as compared.
     *
     * @param figures the figures of its final records, and of the records that could not be read
     * @param drafts  its records judged as drafts, left out of every figure
     */
    public record Round(AuditFigures figures, long drafts) {

        /** Checks the components. */
        public Round {
            Objects.requireNonNull(figures, "figures");
        }
    }

    /**
     * A group of records compared.
     *
     * @param kind what the group is
     * @param name the partnership's or team's name, {@link AuditFigures#NOT_RECORDED} for the
     *             records that do not say; empty for all records
     */
    public record Group(Kind kind, String name) {

        /** All records. */
        public static final Group ALL = new Group(Kind.ALL, "");

        /** Checks the components. */
        public Group {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }

        /**
         * The group as {@code compare.csv} names it: {@code all}, {@code partnership:NAME} or
         * {@code team:NAME}.
         *
         * @return the label
         */
        public String label() {
            return switch (kind) {
                case ALL -> "all";
                case PARTNERSHIP -> "partnership:" + name;
                case TEAM -> "team:" + name;
            };
        }

        /** What a group is. */
        public enum Kind {
            /** All records. */
            ALL,
            /** The records of one partnership. */
            PARTNERSHIP,
            /** The records of one team. */
            TEAM
        }
    }

    /**
     * One rule in one group, in both rounds.
     *
     * @param ruleId the rule
     * @param group  the group
     * @param before met of applicable in the earlier round
     * @param after  met of applicable in the later round
     * @param change the change from one to the other
     */
    public record Row(String ruleId, Group group, Proportion before, Proportion after, Change change) {

        /** Checks the components. */
        public Row {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(change, "change");
        }
    }

    /** What a comparison concludes about a change. */
    public enum Verdict {
        /** The 95% interval of the change lies wholly above no change. */
        IMPROVED("improved"),
        /** The 95% interval of the change lies wholly below no change. */
        WORSE("worse"),
        /** The 95% interval includes no change. */
        NO_CLEAR_CHANGE("no clear change"),
        /** Fewer than {@value RoundComparison#TOO_FEW} records on either side: not judged. */
        TOO_FEW("too few");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        /**
         * The verdict as {@code compare.csv} writes it.
         *
         * @return e.g. {@code no clear change}
         */
        public String words() {
            return words;
        }
    }

    /** The change in a share met from one round to the next. */
    public sealed interface Change permits Change.Difference, Change.TooFew {

        /**
         * What the change amounts to.
         *
         * @return the verdict
         */
        Verdict verdict();

        /**
         * The change from {@code before} to {@code after}: a difference with its 95% interval
         * when each side has at least {@value RoundComparison#TOO_FEW} records, else too few.
         * 48 of 80 before and 56 of 70 after is +20.0 points, 5.2 to 33.4: improved.
         *
         * @param before met of applicable in the earlier round
         * @param after  met of applicable in the later round
         * @return the change
         */
        static Change of(Proportion before, Proportion after) {
            if (before.of() < TOO_FEW || after.of() < TOO_FEW) {
                return new TooFew();
            }
            double[] d = Intervals.newcombeDifference(after.met(), after.of(), before.met(), before.of());
            return new Difference(100 * d[0], 100 * d[1], 100 * d[2]);
        }

        /**
         * A change measured: the later share minus the earlier, in percentage points, with
         * Newcombe's hybrid score 95% interval.
         *
         * @param points the change, from -100 to 100
         * @param low    the lower bound of the interval
         * @param high   the upper bound of the interval
         */
        record Difference(double points, double low, double high) implements Change {

            /** Checks that {@code -100 <= low <= points <= high <= 100}. */
            public Difference {
                if (!(-100 - 1e-9 <= low && low <= points + 1e-9 && points <= high + 1e-9 && high <= 100 + 1e-9)) {
                    throw new IllegalArgumentException("a change lies within its interval, within -100 to 100: "
                            + points + " (" + low + " to " + high + ")");
                }
            }

            @Override
            public Verdict verdict() {
                return low > 0 ? Verdict.IMPROVED : high < 0 ? Verdict.WORSE : Verdict.NO_CLEAR_CHANGE;
            }
        }

        /** Fewer than {@value RoundComparison#TOO_FEW} records on either side: no change is judged. */
        record TooFew() implements Change {

            @Override
            public Verdict verdict() {
                return Verdict.TOO_FEW;
            }
        }
    }

    /**
     * The records final in both rounds (the same record id, once in each), with their findings
     * matched by rule id and JSON pointer. Ids that appear more than once in a round cannot be
     * matched and are counted apart.
     *
     * @param fixed       findings of the first round gone in the second, over all records
     * @param newFindings findings of the second round that the first did not have
     * @param unchanged   findings in both rounds
     * @param repeated    record ids left out because a round holds them more than once
     * @param records     each record in both rounds, by its position in the later round
     */
    public record Baseline(long fixed, long newFindings, long unchanged, long repeated, List<RecordChange> records) {

        /** Copies the records. */
        public Baseline {
            records = List.copyOf(records);
        }

        static Baseline of(List<RecordChange> records, long repeated) {
            long fixed = 0;
            long added = 0;
            long unchanged = 0;
            for (RecordChange change : records) {
                fixed += change.fixed();
                added += change.newFindings();
                unchanged += change.unchanged();
            }
            return new Baseline(fixed, added, unchanged, repeated, records);
        }
    }

    /**
     * One record final in both rounds.
     *
     * @param recordId       its id
     * @param beforePosition its position in the earlier round's results
     * @param afterPosition  its position in the later round's results
     * @param fixed          its findings gone (SARIF: absent)
     * @param newFindings    its findings that are new (SARIF: new)
     * @param unchanged      its findings in both rounds (SARIF: unchanged)
     */
    public record RecordChange(String recordId, long beforePosition, long afterPosition, int fixed, int newFindings,
            int unchanged) {

        /** Checks the components. */
        public RecordChange {
            Objects.requireNonNull(recordId, "recordId");
            if (fixed < 0 || newFindings < 0 || unchanged < 0) {
                throw new IllegalArgumentException("counts of findings cannot be negative");
            }
        }
    }
}
