package org.strategycheck;

import java.util.List;
import java.util.Objects;

/**
 * A rule of the catalogue as the rules themselves describe it: the rule reference, the
 * {@code rules} command and the tests are all built from these.
 *
 * @param id       the stable catalogue id, never reused
 * @param area     the area of practice, e.g. {@code attendance}
 * @param severity  the default severity
 * @param condition where the default applies, when the catalogue says (e.g. {@code for an open case});
 *                  empty when it applies wherever no variant does
 * @param variants  severities that replace the default in named circumstances
 * @param applies  where the rule applies, in words
 * @param checks   what it checks, in words
 * @param source   the guidance or audits it rests on
 * @param finalOnly the rule can only hold after the meeting, so it applies only to a record
 *                  judged as final; for a draft it is {@linkplain AuditResult#pending() pending}
 * @param core      one of the checks published audits report (a ★ rule of the catalogue, {@code @core}
 *                  in its metadata): reports lead with these, so the list comes from the rules
 */
public record RuleDescription(
        String id,
        String area,
        Severity severity,
        String condition,
        List<SeverityVariant> variants,
        String applies,
        String checks,
        String source,
        boolean finalOnly,
        boolean core) {

    /** Checks and copies the components. */
    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        condition = condition == null ? "" : condition;
        variants = List.copyOf(variants);
    }

    /**
     * A rule that applies to drafts and final records alike.
     *
     * @param id        the stable catalogue id
     * @param area      the area of practice
     * @param severity  the default severity
     * @param condition where the default applies, or empty
     * @param variants  severities that replace the default in named circumstances
     * @param applies   where the rule applies, in words
     * @param checks    what it checks, in words
     * @param source    the guidance or audits it rests on
     */
    public RuleDescription(String id, String area, Severity severity, String condition, List<SeverityVariant> variants,
            String applies, String checks, String source) {
        this(id, area, severity, condition, variants, applies, checks, source, false, false);
    }

    /**
     * The severity column of the catalogue, e.g. {@code MAJOR; CRITICAL when `immediate`} or
     * {@code MAJOR for an open case, MINOR otherwise}.
     *
     * @return the default severity followed by each variant
     */
    public String severityText() {
        StringBuilder text = new StringBuilder(severity.name());
        if (!condition.isEmpty()) {
            text.append(' ').append(condition);
        }
        for (SeverityVariant variant : variants) {
            text.append(condition.isEmpty() ? "; " : ", ").append(variant.severity()).append(' ').append(variant.condition());
        }
        return text.toString();
    }

    /**
     * A severity that replaces the rule's default in named circumstances.
     *
     * @param severity  the severity in those circumstances
     * @param condition the circumstances as the catalogue words them, e.g. {@code when `immediate`}
     *                  or {@code for INJURY_NON_MOBILE_CHILD}
     */
    public record SeverityVariant(Severity severity, String condition) {
    }
}
