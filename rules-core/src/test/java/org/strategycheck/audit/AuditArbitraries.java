package org.strategycheck.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.RecordError;
import org.strategycheck.RuleDescription;
import org.strategycheck.Severity;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Agency;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Section47Decision;

/**
 * Audited records for properties: results over a small rule set of three areas (two core
 * rules, one final-only), every context value null or set, rejected records with one or two
 * errors. No engine: a result is any that the result type allows.
 */
final class AuditArbitraries {

    /** Six rules in three areas; two are core. */
    static final List<RuleDescription> RULES = List.of(
            rule("ATT-A", "attendance", true),
            rule("ATT-B", "attendance", false),
            rule("DEC-A", "decisions", true),
            rule("DEC-B", "decisions", false),
            rule("REC-A", "records", false),
            rule("REC-B", "records", false));

    private AuditArbitraries() {
    }

    static RuleDescription rule(String id, String area, boolean core) {
        return new RuleDescription(id, area, Severity.MAJOR, "", List.of(), "all", "checks " + id, "GUIDE " + id,
                false, core);
    }

    /** Records numbered 1, 2, ... in list order, as a run hands them back. */
    static Arbitrary<List<AuditedRecord>> runs(int maxSize) {
        return records().list().ofMaxSize(maxSize).map(AuditArbitraries::numbered);
    }

    static List<AuditedRecord> numbered(List<AuditedRecord> records) {
        List<AuditedRecord> numbered = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            numbered.add(at(records.get(i), i + 1));
        }
        return numbered;
    }

    static AuditedRecord at(AuditedRecord record, long position) {
        if (record instanceof AuditedRecord.Graded graded) {
            return new AuditedRecord.Graded(position, graded.source(), graded.result(), graded.context());
        }
        AuditedRecord.Rejected rejected = (AuditedRecord.Rejected) record;
        return new AuditedRecord.Rejected(position, rejected.source(), rejected.recordId(), rejected.errors());
    }

    /** One record at position 1..20, graded four times in five. */
    static Arbitrary<AuditedRecord> records() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, graded()),
                net.jqwik.api.Tuple.of(1, rejected()));
    }

    static Arbitrary<AuditedRecord> graded() {
        Arbitrary<List<Integer>> outcomes = Arbitraries.integers().between(0, 3).list().ofSize(RULES.size());
        return Combinators.combine(Arbitraries.longs().between(1, 20), ids(), outcomes, contexts(),
                Arbitraries.of("england 1.0", "hackney 2.0"), Arbitraries.of("1.1.0", "1.2.0"),
                Arbitraries.of(CheckMode.FINAL, CheckMode.DRAFT))
                .as((position, id, outcome, context, profile, ruleSet, mode) -> {
                    List<Finding> findings = new ArrayList<>();
                    List<String> passed = new ArrayList<>();
                    List<String> notApplicable = new ArrayList<>();
                    for (int i = 0; i < RULES.size(); i++) {
                        String rule = RULES.get(i).id();
                        switch (outcome.get(i)) {
                            case 0 -> notApplicable.add(rule);
                            case 1 -> passed.add(rule);
                            default -> {
                                // 2: one finding; 3: two, one of them CRITICAL.
                                findings.add(new Finding(rule, Severity.MAJOR, rule, List.of("1"),
                                        List.of("/actions/0/owner/name"), "GUIDE " + rule));
                                if (outcome.get(i) == 3) {
                                    findings.add(new Finding(rule, Severity.CRITICAL, rule + ".immediate", List.of("2"),
                                            List.of("/actions/1/owner/name", "/actions/1"), "GUIDE " + rule));
                                }
                            }
                        }
                    }
                    List<String> pending = mode == CheckMode.DRAFT && notApplicable.contains("REC-A")
                            ? List.of("REC-A") : List.of();
                    String[] profileVersion = profile.split(" ");
                    AuditResult result = new AuditResult(id == null ? "R" : id, Grade.of(findings), findings, passed,
                            notApplicable, ruleSet, profileVersion[0], profileVersion[1], mode, pending);
                    return (AuditedRecord) new AuditedRecord.Graded(position, "in.jsonl:" + position, result, context);
                });
    }

    static Arbitrary<AuditedRecord> rejected() {
        Arbitrary<RecordError> errors = Combinators.combine(Arbitraries.of("", "/status", "/children/0/dateOfBirth"),
                Arbitraries.of("json.malformed", "record.unknownValue", "cli.input.tooLarge"),
                Arbitraries.integers().between(0, 40))
                .as((pointer, key, line) -> new RecordError(pointer, key, List.of(String.valueOf(line)), line,
                        line == 0 ? 0 : line + 3));
        return Combinators.combine(Arbitraries.longs().between(1, 20), ids(), errors.list().ofMinSize(1).ofMaxSize(2))
                .as((position, id, list) -> new AuditedRecord.Rejected(position, "dir/file " + position + ".json", id,
                        list));
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.of("SD-1", "SD-2", "SD-3", "SD-\u00e9", "<b>").injectNull(0.2);
    }

    static Arbitrary<RecordContext> contexts() {
        Arbitrary<String> partnerships = Arbitraries.of("north", "south", "east", "west", "", " ").injectNull(0.2);
        Arbitrary<String> teams = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h").injectNull(0.2);
        Arbitrary<LocalDate> held = Arbitraries.of(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 12, 31), LocalDate.of(2024, 6, 15), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))
                .injectNull(0.2);
        return Combinators.combine(partnerships, teams, held, Arbitraries.of(DiscussionType.class).injectNull(0.2),
                Arbitraries.of(CaseStatus.class).injectNull(0.2),
                Arbitraries.of(ConcernCategory.class).list().ofMaxSize(3),
                Arbitraries.of(AgeBand.class).list().ofMaxSize(3), practices().injectNull(0.2))
                .as(RecordContext::new);
    }

    /** What a record shows of practice: any agencies, days from -3 to 14 or unknown, any decision. */
    static Arbitrary<RecordContext.Practice> practices() {
        Arbitrary<java.util.Set<Agency>> agencies = Arbitraries.of(Agency.CHILDRENS_SOCIAL_CARE, Agency.POLICE,
                Agency.HEALTH, Agency.EDUCATION, Agency.HOUSING).set().ofMaxSize(4);
        Arbitrary<Integer> days = Arbitraries.integers().between(-3, 14).injectNull(0.15);
        Arbitrary<Boolean> yesNo = Arbitraries.of(true, false);
        Arbitrary<Object[]> first = Combinators.combine(agencies, agencies, agencies, yesNo.injectNull(0.2), days, yesNo,
                yesNo, days).as((invited, attended, written, everyone, toHeld, reason, circulated, toMinutes) ->
                        new Object[] {invited, attended, written, everyone, toHeld, reason, circulated, toMinutes});
        return Combinators.combine(first, Arbitraries.of(Section47Decision.class).injectNull(0.2), yesNo,
                Arbitraries.of(EthnicGroup.class).list().ofMaxSize(3))
                .as(AuditArbitraries::practice);
    }

    @SuppressWarnings("unchecked")
    private static RecordContext.Practice practice(Object[] f, Section47Decision s47, boolean rationale,
            List<EthnicGroup> groups) {
        // Attended and written are kept within invited, as a record's derivation gives them.
        java.util.Set<Agency> invited = new java.util.HashSet<>((java.util.Set<Agency>) f[0]);
        invited.addAll((java.util.Set<Agency>) f[1]);
        invited.addAll((java.util.Set<Agency>) f[2]);
        return new RecordContext.Practice(invited, (java.util.Set<Agency>) f[1], (java.util.Set<Agency>) f[2],
                invited.isEmpty() ? null : (Boolean) f[3], (Integer) f[4], (Boolean) f[5], (Boolean) f[6],
                (Integer) f[7], s47, s47 != null && rationale, groups);
    }
}
