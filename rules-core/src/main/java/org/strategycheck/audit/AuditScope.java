package org.strategycheck.audit;

import java.time.LocalDate;

/**
 * Which discussions an audit's figures are about: those held within a period, by the date of
 * {@code heldAt} in Europe/London, each bound included and either open. Records outside it are
 * still checked and have their results line; they are counted apart and in no figure.
 *
 * <p>A draft not yet held has no date: it is in an unbounded scope (counted apart with the
 * drafts) and outside any bounded one.
 *
 * @param from the first day, or {@code null} for no lower bound
 * @param to   the last day, or {@code null} for no upper bound
 */
public record AuditScope(LocalDate from, LocalDate to) {

    /** Every record, whatever its date. */
    public static final AuditScope ALL = new AuditScope(null, null);

    /** Checks that {@code from} is not after {@code to}. */
    public AuditScope {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * Whether the scope has a bound.
     *
     * @return {@code false} only for {@link #ALL}
     */
    public boolean isBounded() {
        return from != null || to != null;
    }

    /**
     * Whether a discussion held on a date is in scope.
     *
     * @param heldOn the London date of {@code heldAt}, or {@code null} when not held
     * @return {@code true} when within the bounds; an undated record only when there are none
     */
    public boolean includes(LocalDate heldOn) {
        if (heldOn == null) {
            return !isBounded();
        }
        return (from == null || !heldOn.isBefore(from)) && (to == null || !heldOn.isAfter(to));
    }
}
