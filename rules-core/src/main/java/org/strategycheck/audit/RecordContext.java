package org.strategycheck.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategycheck.CheckMode;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.internal.facts.RecordFacts;
import org.strategycheck.internal.London;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.StrategyDiscussion;

/**
 * What a quality-assurance lead filters and groups audited records by: organisational and
 * structural facts of a record, never its free text. With these in {@code results.jsonl} a
 * figure can be traced to its records by id without reopening the export that holds personal
 * data.
 *
 * @param partnership the record's partnership, or {@code null}
 * @param team        the record's team (an organisational name), or {@code null}
 * @param heldOn      the date of {@code heldAt} in Europe/London, or {@code null} when not held yet
 * @param type        initial or further discussion, or {@code null}
 * @param caseStatus  the case's status when the concern arose, or {@code null}
 * @param categories  the concern's categories, as recorded
 * @param ageBands    each child's age band at the discussion, in record order
 */
public record RecordContext(
        String partnership,
        String team,
        LocalDate heldOn,
        DiscussionType type,
        CaseStatus caseStatus,
        List<ConcernCategory> categories,
        List<AgeBand> ageBands) {

    /** Copies the lists. */
    public RecordContext {
        categories = List.copyOf(categories);
        ageBands = List.copyOf(ageBands);
    }

    /**
     * The context of a record judged at a stage. A child's age band is taken at the discussion,
     * or for a draft not yet held when the concern was identified, as the rules take it.
     *
     * @param record the record
     * @param stage  the stage it was judged at: {@link CheckMode#DRAFT} or {@link CheckMode#FINAL}
     * @return its context
     */
    public static RecordContext of(StrategyDiscussion record, CheckMode stage) {
        LocalDate held = London.date(record.heldAt());
        LocalDate date = held != null ? held
                : stage == CheckMode.DRAFT ? London.date(record.concern().identifiedAt()) : null;
        boolean preBirth = record.concern().categories().contains(ConcernCategory.PRE_BIRTH);
        List<AgeBand> bands = new ArrayList<>(record.children().size());
        for (int i = 0; i < record.children().size(); i++) {
            bands.add(RecordFacts.child(i, record.children().get(i), date, preBirth).band());
        }
        return new RecordContext(record.partnership(), record.team(), held, record.type(), record.caseStatus(),
                record.concern().categories(), bands);
    }
}
