package org.strategycheck;

import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Which stage of the record the rules judge: a draft being filled in before or during the
 * meeting, or the final record after it.
 *
 * <p>The stage decides two things: whether the rules that can only hold after the meeting
 * apply (for a draft they are {@linkplain AuditResult#pending() pending}, not failed), and
 * whether {@code heldAt} is required. A host forces a stage when its form knows better than
 * the record's {@code status}, e.g. "save draft" and "submit" buttons on the same form. The
 * record itself is never changed.
 */
public enum CheckMode {
    /** The stage the record's {@code status} says; an absent status is FINAL. */
    AS_RECORDED,
    /** Judge the record as a draft, whatever its {@code status} says: show what is still missing. */
    DRAFT,
    /**
     * Judge the record as final, whatever its {@code status} says: every rule applies, and the
     * record must say when the discussion was held ({@code heldAt}).
     */
    FINAL;

    /**
     * The stage this mode gives a record: {@link #DRAFT} or {@link #FINAL}, never
     * {@link #AS_RECORDED}.
     *
     * @param record the record
     * @return the stage the rules will see
     */
    public CheckMode stageOf(StrategyDiscussion record) {
        if (this != AS_RECORDED) {
            return this;
        }
        return record.status() == Status.DRAFT ? DRAFT : FINAL;
    }
}
