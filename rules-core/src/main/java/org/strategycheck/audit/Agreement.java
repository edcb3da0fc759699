package org.strategycheck.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.internal.CsvReader;
import org.strategycheck.audit.internal.ResultsFile;

/**
 * How far the auditors of a dip sample agree with the audit: the auditors' grade of each record
 * against the grade the audit gave it, and each published check met or not in their judgement
 * against the rules'. For the grade, the confusion matrix, the share of records where the two
 * agree (with its Wilson interval) and Cohen's kappa with linear weights (the grades are
 * ordered: Good against Inadequate is a wider disagreement than Good against Requires
 * improvement) with its 95% interval; for each check, the share and unweighted kappa; and the
 * records where they disagree.
 *
 * <p>The sheet is the one {@code sample} wrote ({@code sample.csv}), filled in: read are only
 * the columns defined here ({@value #RECORD_ID}, {@value #POSITION}, {@value #AUDITOR_GRADE} and
 * one per published check, headed by its rule id); any other column, such as an auditor's notes,
 * is neither read into memory beyond its row nor copied anywhere. A blank cell means not judged.
 * A grade is {@code Good}, {@code Requires improvement} or {@code Inadequate}; a check is
 * {@value #MET} or {@value #NOT_MET} (case and surrounding spaces do not matter). The record a
 * row names is the audit's record at the row's position, whose id must be the row's: so a row
 * always names exactly one record, even where an export holds an id twice.
 */
public final class Agreement {

    /** The column of the record's id. */
    public static final String RECORD_ID = "recordId";
    /** The column of the record's position in the audit's results. */
    public static final String POSITION = "position";
    /** The column of the auditors' grade. */
    public static final String AUDITOR_GRADE = "auditorGrade";
    /** A check met, in a check's column and in {@link Judgement}s. */
    public static final String MET = "met";
    /** A check not met. */
    public static final String NOT_MET = "not met";
    /** In a {@link Judgement}: the rules found that the check did not apply to the record. */
    public static final String NOT_APPLICABLE = "not applicable";
    /** In a {@link Judgement}: the check was switched off for the record (by its profile). */
    public static final String NOT_CHECKED = "not checked";
    /** The measure of the grade, in {@link Measure#check()}. */
    public static final String GRADE = "grade";
    /** Problems of a sheet gathered before reading stops. */
    public static final int MAX_PROBLEMS = 100;

    private static final Map<String, Grade> SCALE = new LinkedHashMap<>();

    static {
        for (Grade grade : Grade.values()) {
            SCALE.put(grade.name().toLowerCase(Locale.ROOT).replace('_', ' '), grade);
        }
    }

    private final long rows;
    private final long[][] confusion;
    private final Measure grade;
    private final Measure gradeUnweighted;
    private final List<Measure> checks;
    private final List<Judgement> judgements;

    private Agreement(long rows, long[][] confusion, Measure grade, Measure gradeUnweighted, List<Measure> checks,
            List<Judgement> judgements) {
        this.rows = rows;
        this.confusion = confusion;
        this.grade = grade;
        this.gradeUnweighted = gradeUnweighted;
        this.checks = List.copyOf(checks);
        this.judgements = List.copyOf(judgements);
    }

    /**
     * Reads a filled sheet against the audit it was drawn from.
     *
     * @param sheet    the sheet, CSV in UTF-8
     * @param auditDir the audit's folder ({@code audit --out})
     * @param rules    the rules, in catalogue order ({@code StrategyCheck.rules()}): the
     *                 published checks are those marked core
     * @return the agreement
     * @throws SheetException when the sheet is not as defined here
     * @throws IOException    when a file cannot be read
     * @throws AuditException when the folder holds no finished audit
     */
    public static Agreement of(Path sheet, Path auditDir, List<RuleDescription> rules) throws IOException {
        ResultsFile results = ResultsFile.of(auditDir);
        // Malformed UTF-8 is replaced rather than reported: only the defined columns matter, and
        // their valid values are ASCII, so a bad byte there is still a bad cell.
        try (Reader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(sheet),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            return of(reader, results, rules);
        }
    }

    /**
     * Reads a filled sheet against audited records a host holds.
     *
     * @param sheet   the sheet's text
     * @param results the audit's records, in position order
     * @param rules   the rules, in catalogue order
     * @return the agreement
     * @throws SheetException when the sheet is not as defined here
     * @throws IOException    when the sheet cannot be read
     */
    public static Agreement of(Reader sheet, Iterable<? extends AuditedRecord> results, List<RuleDescription> rules)
            throws IOException {
        List<RuleDescription> core = rules.stream().filter(RuleDescription::core).toList();
        Sheet read = Sheet.read(sheet, core);
        Map<Long, Row> byPosition = new HashMap<>();
        for (Row row : read.rows) {
            byPosition.put(row.position, row);
        }
        Map<Row, AuditedRecord.Graded> found = new HashMap<>();
        results.forEach(record -> {
            Row row = byPosition.get(record.position());
            if (row == null) {
                return;
            }
            if (!(record instanceof AuditedRecord.Graded graded)) {
                read.problem(row.number, POSITION, "the audit's record at this position could not be read, "
                        + "so no sample draws it");
            } else if (graded.result().mode() != CheckMode.FINAL) {
                read.problem(row.number, POSITION, "the audit's record at this position was judged as a draft, "
                        + "so no sample draws it");
            } else if (!graded.recordId().equals(row.recordId)) {
                read.problem(row.number, RECORD_ID, "not the id of the audit's record at this row's position "
                        + "(an id the audit does not hold there)");
            } else {
                found.put(row, graded);
            }
        });
        for (Row row : read.rows) {
            if (!found.containsKey(row) && !read.problemAt(row.number)) {
                read.problem(row.number, POSITION, "the audit holds no record at this position");
            }
        }
        read.throwIfAny();

        long[][] confusion = new long[3][3];
        List<Judgement> judgements = new ArrayList<>();
        List<Judgement> gradePairs = new ArrayList<>();
        Map<String, List<Judgement>> checkPairs = new LinkedHashMap<>();
        core.forEach(rule -> checkPairs.put(rule.id(), new ArrayList<>()));
        long gradeBlank = 0;
        Map<String, Long> checkBlank = new HashMap<>();
        for (Row row : read.rows) {
            AuditResult result = found.get(row).result();
            if (row.grade == null) {
                gradeBlank++;
            } else {
                confusion[row.grade.ordinal()][result.grade().ordinal()]++;
                Judgement pair = new Judgement(row.number, row.position, row.recordId, GRADE, row.grade.name(),
                        result.grade().name());
                judgements.add(pair);
                gradePairs.add(pair);
            }
            for (RuleDescription rule : core) {
                Boolean met = row.checks.get(rule.id());
                if (met == null) {
                    checkBlank.merge(rule.id(), 1L, Long::sum);
                    continue;
                }
                Judgement pair = new Judgement(row.number, row.position, row.recordId, rule.id(), met ? MET : NOT_MET,
                        outcome(result, rule.id()));
                judgements.add(pair);
                checkPairs.get(rule.id()).add(pair);
            }
        }
        Measure linear = Measure.of(GRADE, Weights.LINEAR, gradeBlank, gradePairs, confusion);
        Measure unweighted = Measure.of(GRADE, Weights.NONE, gradeBlank, gradePairs, confusion);
        List<Measure> checks = new ArrayList<>();
        checkPairs.forEach((id, pairs) -> {
            long[][] table = new long[2][2];
            for (Judgement pair : pairs) {
                if (pair.record().equals(MET) || pair.record().equals(NOT_MET)) {
                    table[pair.auditor().equals(MET) ? 0 : 1][pair.record().equals(MET) ? 0 : 1]++;
                }
            }
            checks.add(Measure.of(id, Weights.NONE, checkBlank.getOrDefault(id, 0L), pairs, table));
        });
        return new Agreement(read.rows.size(), confusion, linear, unweighted, checks, judgements);
    }

    /** The rules' judgement of a check on a record, in the words of a {@link Judgement}. */
    private static String outcome(AuditResult result, String ruleId) {
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals(ruleId)) {
                return NOT_MET;
            }
        }
        if (result.passed().contains(ruleId)) {
            return MET;
        }
        return result.notApplicable().contains(ruleId) ? NOT_APPLICABLE : NOT_CHECKED;
    }

    /**
     * Kappa of a table of counts.
     *
     * @param table   {@code table[i][j]}: records the auditors put in category i and the
     *                audit in j, categories in scale order
     * @param weights the weights
     * @return the estimate, or undefined when no record was judged or chance agreement is
     *         already total (every record in one category on both sides)
     */
    private static Kappa kappaOf(long[][] table, Weights weights) {
        long total = 0;
        for (long[] row : table) {
            for (long count : row) {
                total += count;
            }
        }
        if (total == 0) {
            return new Kappa.Undefined();
        }
        org.strategycheck.audit.internal.Kappa kappa = weights == Weights.LINEAR
                ? org.strategycheck.audit.internal.Kappa.linear(table)
                : org.strategycheck.audit.internal.Kappa.unweighted(table);
        if (Double.isNaN(kappa.value())) {
            return new Kappa.Undefined();
        }
        return new Kappa.Estimate(kappa.value(), kappa.low(), kappa.high(), kappa.standardError());
    }

    /**
     * Rows of the sheet that name a record (rows with every defined cell blank are skipped).
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * How many records the auditors graded one way and the audit another.
     *
     * @param auditor the auditors' grade
     * @param record  the audit's grade
     * @return the count
     */
    public long count(Grade auditor, Grade record) {
        return confusion[auditor.ordinal()][record.ordinal()];
    }

    /**
     * The grade: agreement, and kappa with linear weights.
     *
     * @return the measure
     */
    public Measure grade() {
        return grade;
    }

    /**
     * The grade with unweighted kappa, where every disagreement counts in full.
     *
     * @return the measure
     */
    public Measure gradeUnweighted() {
        return gradeUnweighted;
    }

    /**
     * Each published check, in catalogue order.
     *
     * @return the measures
     */
    public List<Measure> checks() {
        return checks;
    }

    /**
     * Every judgement of the auditors beside the audit's, in sheet order: per row the grade, then
     * each check the auditors judged.
     *
     * @return the judgements
     */
    public List<Judgement> judgements() {
        return judgements;
    }

    /** The weights kappa gives to disagreements. */
    public enum Weights {
        /** Every disagreement counts in full. */
        NONE,
        /** Linear weights for an ordered scale: {@code 1 - |i - j| / (k - 1)}. */
        LINEAR
    }

    /**
     * The auditors' judgement of one record beside the audit's.
     *
     * @param row      the sheet's row, from 1 for the header
     * @param position the record's position in the audit's results
     * @param recordId the record's id
     * @param check    {@value #GRADE}, or the rule id of a published check
     * @param auditor  the auditors' grade ({@code GOOD}, …) or {@value #MET} / {@value #NOT_MET}
     * @param record   the audit's grade, or {@value #MET}, {@value #NOT_MET}, {@value #NOT_APPLICABLE}
     *                 or {@value #NOT_CHECKED}
     */
    public record Judgement(long row, long position, String recordId, String check, String auditor, String record) {

        /** Checks the components. */
        public Judgement {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(auditor, "auditor");
            Objects.requireNonNull(record, "record");
        }

        /**
         * Whether the two judged alike.
         *
         * @return {@code auditor.equals(record)}
         */
        public boolean agrees() {
            return auditor.equals(record);
        }
    }

    /**
     * How far the auditors and the audit agree on one measure.
     *
     * @param check          {@value #GRADE} or a rule id
     * @param weights        kappa's weights
     * @param blank          rows the auditors left blank for it
     * @param judged         records both judged (for a check: met or not met on both sides)
     * @param agreed         of those, the records judged alike
     * @param notApplicable  records the auditors judged where the rules found the check did not
     *                       apply or was switched off; not in {@code judged}
     * @param kappa          Cohen's kappa over the {@code judged} records
     * @param disagreements  the judgements that differ, {@code notApplicable} ones included, in
     *                       sheet order
     */
    public record Measure(String check, Weights weights, long blank, long judged, long agreed, long notApplicable,
            Kappa kappa, List<Judgement> disagreements) {

        /** Checks and copies the components. */
        public Measure {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(kappa, "kappa");
            disagreements = List.copyOf(disagreements);
            if (agreed < 0 || agreed > judged) {
                throw new IllegalArgumentException("agreed is 0 to judged");
            }
        }

        /**
         * The share of records judged alike, with its count.
         *
         * @return agreed of judged
         */
        public Proportion agreement() {
            return new Proportion(agreed, judged);
        }

        static Measure of(String check, Weights weights, long blank, List<Judgement> pairs, long[][] table) {
            long judged = 0;
            long agreed = 0;
            for (int i = 0; i < table.length; i++) {
                for (int j = 0; j < table.length; j++) {
                    judged += table[i][j];
                    agreed += i == j ? table[i][j] : 0;
                }
            }
            long notApplicable = pairs.size() - judged;
            List<Judgement> differ = pairs.stream().filter(pair -> !pair.agrees())
                    .sorted(Comparator.comparingLong(Judgement::row)).toList();
            return new Measure(check, weights, blank, judged, agreed, notApplicable, kappaOf(table, weights),
                    differ);
        }
    }

    /** Cohen's kappa: agreement beyond what chance alone would give, from -1 to 1. */
    public sealed interface Kappa permits Kappa.Estimate, Kappa.Undefined {

        /**
         * Kappa estimated, with its 95% interval from the large-sample standard error of Fleiss,
         * Cohen and Everitt (1969), as SAS, SPSS and R's {@code vcd} print it. For a sample of a
         * dozen records the interval is wide and only approximate.
         *
         * @param value         kappa
         * @param low           the lower bound, not below -1
         * @param high          the upper bound, not above 1
         * @param standardError the standard error
         */
        record Estimate(double value, double low, double high, double standardError) implements Kappa {
        }

        /**
         * Kappa cannot be estimated: no record was judged by both, or every record fell in one
         * category on both sides, so chance alone would give total agreement.
         */
        record Undefined() implements Kappa {
        }
    }

    /** A row of the sheet, read. */
    private static final class Row {
        final long number;
        final String recordId;
        final long position;
        final Grade grade;
        final Map<String, Boolean> checks;

        Row(long number, String recordId, long position, Grade grade, Map<String, Boolean> checks) {
            this.number = number;
            this.recordId = recordId;
            this.position = position;
            this.grade = grade;
            this.checks = checks;
        }
    }

    /** The sheet's defined cells, and its problems. */
    private static final class Sheet {
        final List<Row> rows = new ArrayList<>();
        final List<SheetException.Problem> problems = new ArrayList<>();
        private final java.util.Set<Long> rowsWithProblems = new java.util.HashSet<>();

        static Sheet read(Reader text, List<RuleDescription> core) throws IOException {
            Sheet sheet = new Sheet();
            try (CsvReader csv = new CsvReader(text)) {
                List<String> header = csv.next();
                if (header == null) {
                    sheet.problem(1, "", "the sheet is empty: it needs a header row");
                    sheet.throwIfAny();
                }
                List<String> names = new ArrayList<>(List.of(RECORD_ID, POSITION, AUDITOR_GRADE));
                core.forEach(rule -> names.add(rule.id()));
                Map<String, Integer> columns = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String heading = header.get(i).trim();
                    if (names.contains(heading) && columns.putIfAbsent(heading, i) != null) {
                        sheet.problem(1, heading, "the column appears twice");
                    }
                }
                for (String name : names) {
                    if (!columns.containsKey(name)) {
                        sheet.problem(1, name, "the column is missing");
                    }
                }
                sheet.throwIfAny();
                Map<String, Long> ids = new HashMap<>();
                Map<Long, Long> positions = new HashMap<>();
                for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                    sheet.row(csv.row(), fields, columns, core, ids, positions);
                    if (sheet.problems.size() >= MAX_PROBLEMS) {
                        break;
                    }
                }
            } catch (CsvReader.Problem bad) {
                sheet.problem(bad.row(), "", bad.getMessage() + " (field " + (bad.field() + 1) + ")");
            }
            sheet.throwIfAny();
            return sheet;
        }

        private void row(long number, List<String> fields, Map<String, Integer> columns, List<RuleDescription> core,
                Map<String, Long> ids, Map<Long, Long> positions) {
            Map<String, String> cells = new HashMap<>();
            boolean blank = true;
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                String cell = column.getValue() < fields.size() ? fields.get(column.getValue()).trim() : "";
                cells.put(column.getKey(), cell);
                blank &= cell.isEmpty();
            }
            if (blank) {
                return;
            }
            int before = problems.size();
            String recordId = unquoted(cells.get(RECORD_ID));
            if (recordId.isEmpty()) {
                problem(number, RECORD_ID, "empty: every row with a judgement names its record");
            }
            long position = position(cells.get(POSITION));
            if (position < 1) {
                problem(number, POSITION, "not a position (a whole number from 1)");
            }
            Grade grade = null;
            String gradeCell = normal(cells.get(AUDITOR_GRADE));
            if (!gradeCell.isEmpty()) {
                grade = SCALE.get(gradeCell.replace('_', ' '));
                if (grade == null) {
                    problem(number, AUDITOR_GRADE, "not a grade on the scale (Good, Requires improvement, "
                            + "Inadequate; blank when not judged)");
                }
            }
            Map<String, Boolean> checks = new HashMap<>();
            for (RuleDescription rule : core) {
                String cell = normal(cells.get(rule.id()));
                if (cell.equals(MET)) {
                    checks.put(rule.id(), true);
                } else if (cell.equals(NOT_MET)) {
                    checks.put(rule.id(), false);
                } else if (!cell.isEmpty()) {
                    problem(number, rule.id(), "neither \"met\" nor \"not met\" (blank when not judged or not "
                            + "applicable)");
                }
            }
            if (!recordId.isEmpty()) {
                Long earlier = ids.putIfAbsent(recordId, number);
                if (earlier != null) {
                    problem(number, RECORD_ID, "the same record id as row " + earlier);
                }
            }
            if (position >= 1) {
                Long earlier = positions.putIfAbsent(position, number);
                if (earlier != null) {
                    problem(number, POSITION, "the same position as row " + earlier);
                }
            }
            if (problems.size() == before) {
                rows.add(new Row(number, recordId, position, grade, checks));
            }
        }

        /**
         * An id as {@code sample.csv} wrote it: one that would start a formula has an apostrophe
         * in front, so a spreadsheet does not run it.
         */
        private static String unquoted(String id) {
            return id.length() > 1 && id.charAt(0) == '\'' && "=+-@".indexOf(id.charAt(1)) >= 0 ? id.substring(1) : id;
        }

        /** Lower case, spaces trimmed and runs of them made one. */
        private static String normal(String cell) {
            return cell.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }

        private static long position(String cell) {
            if (cell.isEmpty() || cell.length() > 18 || !cell.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return -1;
            }
            return Long.parseLong(cell);
        }

        void problem(long row, String column, String reason) {
            problems.add(new SheetException.Problem(row, column, reason));
            rowsWithProblems.add(row);
        }

        boolean problemAt(long row) {
            return rowsWithProblems.contains(row);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                List<SheetException.Problem> sorted = new ArrayList<>(problems);
                sorted.sort(Comparator.comparingLong(SheetException.Problem::row));
                throw new SheetException(sorted.subList(0, Math.min(MAX_PROBLEMS, sorted.size())));
            }
        }
    }
}
