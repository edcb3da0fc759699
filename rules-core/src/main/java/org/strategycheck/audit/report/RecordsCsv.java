package org.strategycheck.audit.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.AuditScope;
import org.strategycheck.audit.AuditedRecord;
import org.strategycheck.audit.RecordContext;

/**
 * {@code records.csv}: one row per audited record, so that every figure of the report can be
 * traced to its records by id alone, in a spreadsheet, without reopening the export that holds
 * personal data. Rows are the graded records in the audit's scope, final and draft (column
 * {@code stage}), in input order; the report's headline figures count the rows whose stage is
 * {@code FINAL}. Records that could not be read are in {@code results.jsonl} and the report.
 *
 * <pre>
 * recordId,position,stage,heldOn,partnership,team,type,grade,categories,ageBands,ethnicGroups,invited,attended,
 *   inWriting,everyoneInvitedAttended,workingDaysFromConcern,timingRationale,minutesCirculated,
 *   workingDaysToMinutes,section47,section47Rationale,ATT-HEALTH-INVITED,…
 * SD-2024-0113,12,FINAL,2024-05-14,north,north-mash,INITIAL,GOOD,PHYSICAL_ABUSE,SCHOOL_AGE,WHITE,
 *   CHILDRENS_SOCIAL_CARE;POLICE;HEALTH,CHILDRENS_SOCIAL_CARE;POLICE,HEALTH,no,1,no,yes,2,INITIATE,yes,met,…
 * </pre>
 *
 * <p>{@code position} is the record's line in {@code results.jsonl}. Lists are joined by
 * {@code ;}; yes or no answers are {@code yes}, {@code no}, or empty when not known; each rule's
 * column is {@code met}, {@code not met} or {@code not applicable} (a rule a profile switched off
 * is {@code not applicable} too). Every value is an identifier, a date, a count or an
 * enumeration value: never text from a record, nor a file name. RFC 4180 (CRLF, a header row,
 * quoting only where needed); a value that a spreadsheet would run as a formula (starting with
 * {@code =}, {@code +}, {@code -} or {@code @}) is written with a leading apostrophe.
 *
 * <p>Rows are written as records pass, so memory does not grow with the run. Writing to a file
 * goes to a partial file that {@link #finish()} moves into place: an interrupted run never
 * leaves half a {@code records.csv}.
 */
public final class RecordsCsv implements AutoCloseable {

    /** The columns before the rules' own, one per rule id in catalogue order. */
    public static final List<String> COLUMNS = List.of("recordId", "position", "stage", "heldOn", "partnership", "team",
            "type", "grade", "categories", "ageBands", "ethnicGroups", "invited", "attended", "inWriting",
            "everyoneInvitedAttended", "workingDaysFromConcern", "timingRationale", "minutesCirculated",
            "workingDaysToMinutes", "section47", "section47Rationale");
    /** A rule that applied and found no gap. */
    public static final String MET = "met";
    /** A rule that applied and found a gap. */
    public static final String NOT_MET = "not met";
    /** A rule that did not apply, or was switched off. */
    public static final String NOT_APPLICABLE = "not applicable";

    private final List<RuleDescription> rules;
    private final AuditScope scope;
    private final Writer out;
    private final Path file;
    private final Path partial;
    private boolean finished;

    private RecordsCsv(List<RuleDescription> rules, AuditScope scope, Writer out, Path file, Path partial)
            throws IOException {
        this.rules = List.copyOf(rules);
        this.scope = Objects.requireNonNull(scope, "scope");
        this.out = out;
        this.file = file;
        this.partial = partial;
        List<String> header = new ArrayList<>(COLUMNS);
        rules.forEach(rule -> header.add(rule.id()));
        SummaryCsv.row(out, header.toArray(new String[0]));
    }

    /**
     * Starts {@code records.csv} on a writer; {@link #finish()} flushes it.
     *
     * @param rules the rules, in catalogue order ({@code AuditFigures.rules()})
     * @param scope the audit's period: records outside it get no row
     * @param out   where to write
     * @return the writer of rows
     * @throws IOException when the header cannot be written
     */
    public static RecordsCsv to(List<RuleDescription> rules, AuditScope scope, Writer out) throws IOException {
        return new RecordsCsv(rules, scope, Objects.requireNonNull(out, "out"), null, null);
    }

    /**
     * Starts {@code records.csv} in a file, written whole or not at all: {@link #finish()} puts
     * it in place, and closing without finishing leaves no file.
     *
     * @param rules the rules, in catalogue order
     * @param scope the audit's period
     * @param file  the file, replaced when finished
     * @return the writer of rows
     * @throws IOException when the file cannot be written
     */
    public static RecordsCsv open(List<RuleDescription> rules, AuditScope scope, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        try {
            return new RecordsCsv(rules, scope, out, file, partial);
        } catch (IOException | RuntimeException e) {
            out.close();
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /**
     * Writes a record's row, when it is graded and in scope.
     *
     * @param record an audited record
     * @throws UncheckedIOException when the row cannot be written
     */
    public void add(AuditedRecord record) {
        if (!(record instanceof AuditedRecord.Graded graded) || !scope.includes(graded.context().heldOn())) {
            return;
        }
        try {
            SummaryCsv.row(out, row(graded).toArray(new String[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> row(AuditedRecord.Graded graded) {
        AuditResult result = graded.result();
        RecordContext context = graded.context();
        RecordContext.Practice practice = context.practice();
        List<String> row = new ArrayList<>(COLUMNS.size() + rules.size());
        row.add(safe(result.recordId()));
        row.add(Long.toString(graded.position()));
        row.add(result.mode().name());
        row.add(context.heldOn() == null ? "" : context.heldOn().toString());
        row.add(safe(context.partnership()));
        row.add(safe(context.team()));
        row.add(context.type() == null ? "" : context.type().name());
        row.add(result.grade().name());
        row.add(names(context.categories()));
        row.add(names(context.ageBands()));
        if (practice == null) {
            for (int i = row.size(); i < COLUMNS.size(); i++) {
                row.add("");
            }
        } else {
            row.add(names(practice.ethnicGroups()));
            row.add(names(practice.invited()));
            row.add(names(practice.attended()));
            row.add(names(practice.inWriting()));
            row.add(yesNo(practice.everyoneInvitedAttended()));
            row.add(number(practice.workingDaysFromConcern()));
            row.add(yesNo(practice.timingRationale()));
            row.add(yesNo(practice.minutesCirculated()));
            row.add(number(practice.workingDaysToMinutes()));
            row.add(practice.section47() == null ? "" : practice.section47().name());
            row.add(yesNo(practice.section47Rationale()));
        }
        Set<String> passed = new HashSet<>(result.passed());
        Map<String, Boolean> failed = new HashMap<>();
        for (Finding finding : result.findings()) {
            failed.put(finding.ruleId(), Boolean.TRUE);
        }
        for (RuleDescription rule : rules) {
            row.add(failed.containsKey(rule.id()) ? NOT_MET : passed.contains(rule.id()) ? MET : NOT_APPLICABLE);
        }
        return row;
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(";"));
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    /**
     * An identifier or organisational name made safe for a spreadsheet: control characters
     * replaced, and a leading character that would make it a formula escaped.
     */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029';
            safe.append(control ? '\ufffd' : c);
        }
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe.insert(0, '\'');
        }
        return safe.toString();
    }

    /**
     * Flushes the rows and, for a file, puts it in place.
     *
     * @throws IOException when it cannot be written
     */
    public void finish() throws IOException {
        out.flush();
        if (file != null) {
            out.close();
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        finished = true;
    }

    /**
     * Closes a file not finished and deletes it: an interrupted run leaves no half file. A
     * writer given by the host is left open.
     *
     * @throws IOException when the partial file cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (file != null && !finished) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
