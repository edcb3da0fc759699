package org.strategycheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.strategycheck.internal.Pointers;

/**
 * The outcome of checking one record.
 *
 * <p>Every rule of the rule set is in exactly one of three places: it found at least one gap
 * (its findings are in {@link #findings()}), it applied and {@link #passed()}, or it did not
 * apply to this record ({@link #notApplicable()}). Rules the profile switches off are in none.
 *
 * <p>A draft is judged without the rules that can only hold after the meeting: they are not
 * applicable, and {@link #pending()} names them, so a form can show them as still to do rather
 * than as failures.
 *
 * <p>For a form, {@link #byField()} groups the findings by the JSON pointer of the field (or
 * list, or list entry) each concerns, and {@link #recordLevel()} lists those that concern the
 * record as a whole.
 *
 * @param recordId       the record's id
 * @param grade          the overall grade
 * @param findings       the gaps found, in catalogue order, then in record order
 * @param passed         ids of the rules that applied and found no gap, in catalogue order
 * @param notApplicable  ids of the rules that did not apply, in catalogue order
 * @param ruleSetVersion the version of the rule set that produced the result
 * @param profileId      the id of the profile applied
 * @param profileVersion the version of the profile applied
 * @param mode           the stage the record was judged at: {@link CheckMode#DRAFT} or
 *                       {@link CheckMode#FINAL}, never {@link CheckMode#AS_RECORDED}
 * @param pending        for a draft, ids of the rules that can only hold after the meeting, in
 *                       catalogue order; each is also in {@code notApplicable}. Empty for a final
 *                       record
 * @param catalogueVersion the version of the rule catalogue the rules implement (e.g. {@code 1.1}),
 *                       beside the library's {@code ruleSetVersion}: a re-audit says which catalogue
 *                       judged each record. Empty when not known (a result read back from a line
 *                       written before results named it, or built without it)
 */
public record AuditResult(
        String recordId,
        Grade grade,
        List<Finding> findings,
        List<String> passed,
        List<String> notApplicable,
        String ruleSetVersion,
        String profileId,
        String profileVersion,
        CheckMode mode,
        List<String> pending,
        String catalogueVersion) {

    /** Checks and copies the components. */
    public AuditResult {
        Objects.requireNonNull(grade, "grade");
        findings = List.copyOf(findings);
        passed = List.copyOf(passed);
        notApplicable = List.copyOf(notApplicable);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(profileVersion, "profileVersion");
        Objects.requireNonNull(mode, "mode");
        if (mode == CheckMode.AS_RECORDED) {
            throw new IllegalArgumentException("a result names the stage judged: DRAFT or FINAL");
        }
        pending = List.copyOf(pending);
        if (mode == CheckMode.FINAL && !pending.isEmpty()) {
            throw new IllegalArgumentException("a final record has no pending rules");
        }
        if (!new HashSet<>(notApplicable).containsAll(pending)) {
            throw new IllegalArgumentException("a pending rule is one that does not apply yet: " + pending);
        }
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    }

    /**
     * A result that does not name the catalogue version (see {@code catalogueVersion}).
     *
     * @param recordId       the record's id
     * @param grade          the overall grade
     * @param findings       the gaps found
     * @param passed         ids of the rules that applied and found no gap
     * @param notApplicable  ids of the rules that did not apply
     * @param ruleSetVersion the version of the rule set
     * @param profileId      the id of the profile applied
     * @param profileVersion the version of the profile applied
     * @param mode           the stage the record was judged at
     * @param pending        for a draft, the rules that can only hold after the meeting
     */
    public AuditResult(String recordId, Grade grade, List<Finding> findings, List<String> passed,
            List<String> notApplicable, String ruleSetVersion, String profileId, String profileVersion, CheckMode mode,
            List<String> pending) {
        this(recordId, grade, findings, passed, notApplicable, ruleSetVersion, profileId, profileVersion, mode, pending,
                "");
    }

    /**
     * The result of a record judged as final, with nothing pending.
     *
     * @param recordId       the record's id
     * @param grade          the overall grade
     * @param findings       the gaps found
     * @param passed         ids of the rules that applied and found no gap
     * @param notApplicable  ids of the rules that did not apply
     * @param ruleSetVersion the version of the rule set
     * @param profileId      the id of the profile applied
     * @param profileVersion the version of the profile applied
     */
    public AuditResult(String recordId, Grade grade, List<Finding> findings, List<String> passed,
            List<String> notApplicable, String ruleSetVersion, String profileId, String profileVersion) {
        this(recordId, grade, findings, passed, notApplicable, ruleSetVersion, profileId, profileVersion,
                CheckMode.FINAL, List.of(), "");
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity wanted
     * @return those findings, in result order
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The ids of the rules that found at least one gap, in result order, without repeats.
     *
     * @return the failed rule ids
     */
    public List<String> failed() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }

    /**
     * The findings grouped by the place in the record they concern, for a form to mark its
     * fields.
     *
     * <p>The keys are the findings' JSON pointers exactly as reported, in record-pointer order
     * (segment by segment, list positions as numbers: {@code /actions/2} before
     * {@code /actions/10}). A pointer to a list ({@code /participants}) stands for the list as a
     * whole, e.g. "no health participant invited": mark the list or its section. A pointer into
     * a list ({@code /participants/2}, {@code /actions/0/owner/name}) stands for that entry or
     * that field of it: nothing is rolled up to the list, so use {@link #within(String)} to
     * mark an entry's row. A finding with several pointers (e.g. the four identity headings) is
     * listed under each of them; count findings with {@link #findings()}, not here. Findings
     * with no pointer are in {@link #recordLevel()}, not here. Within a key, findings keep
     * result order.
     *
     * @return pointer to findings, in pointer order; unmodifiable
     */
    public Map<String, List<Finding>> byField() {
        Map<String, List<Finding>> byPointer = new TreeMap<>(Pointers.ORDER);
        for (Finding finding : findings) {
            // A finding naming one pointer twice is shown once under it.
            for (String pointer : new LinkedHashSet<>(finding.pointers())) {
                if (!pointer.isEmpty()) {
                    byPointer.computeIfAbsent(pointer, p -> new ArrayList<>()).add(finding);
                }
            }
        }
        Map<String, List<Finding>> ordered = new LinkedHashMap<>();
        byPointer.forEach((pointer, list) -> ordered.put(pointer, List.copyOf(list)));
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * The findings that concern the record as a whole rather than a field: those with no
     * pointer, or only the whole-document pointer {@code ""}.
     *
     * @return those findings, in result order
     */
    public List<Finding> recordLevel() {
        return findings.stream().filter(f -> f.pointers().stream().allMatch(String::isEmpty)).toList();
    }

    /**
     * The findings that concern a place or anything inside it: for {@code /actions/0}, those at
     * {@code /actions/0}, {@code /actions/0/owner/name} and {@code /actions/0/dueBy}, but not
     * {@code /actions/10} nor the list {@code /actions} itself.
     *
     * @param pointer a JSON pointer into the record; {@code ""} gives every finding with a pointer
     * @return those findings, in result order
     */
    public List<Finding> within(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return findings.stream()
                .filter(f -> f.pointers().stream().anyMatch(p -> !p.isEmpty()
                        && (p.equals(pointer) || p.startsWith(pointer + "/"))))
                .toList();
    }
}
