package org.strategycheck.facts;

import java.util.ArrayList;
import java.util.List;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Every fact the rules match on for one record, derived once.
 *
 * @param discussion  the record-level facts
 * @param children    one per child, in record order
 * @param invitations one per participant, in record order
 * @param actions     one per action, in record order
 */
public record RecordFacts(
        Discussion discussion,
        List<ChildAtDiscussion> children,
        List<Invitation> invitations,
        List<AgreedAction> actions) {

    /** Copies the lists. */
    public RecordFacts {
        children = List.copyOf(children);
        invitations = List.copyOf(invitations);
        actions = List.copyOf(actions);
    }

    /**
     * Derives the facts of a record.
     *
     * @param record   a record that meets the format's contract
     * @param calendar the working-day calendar
     * @return its facts
     */
    public static RecordFacts of(StrategyDiscussion record, WorkingDayCalendar calendar) {
        Discussion discussion = Discussion.of(record, calendar);
        boolean preBirthConcern = discussion.hasCategory(ConcernCategory.PRE_BIRTH);
        List<ChildAtDiscussion> children = new ArrayList<>(record.children().size());
        for (int i = 0; i < record.children().size(); i++) {
            children.add(ChildAtDiscussion.of(i, record.children().get(i), discussion.discussionDate(), preBirthConcern));
        }
        List<Invitation> invitations = new ArrayList<>(record.participants().size());
        for (int i = 0; i < record.participants().size(); i++) {
            invitations.add(Invitation.of(i, record.participants().get(i)));
        }
        List<AgreedAction> actions = new ArrayList<>(record.actions().size());
        for (int i = 0; i < record.actions().size(); i++) {
            actions.add(AgreedAction.of(i, record.actions().get(i)));
        }
        return new RecordFacts(discussion, children, invitations, actions);
    }

    /**
     * All the facts, to insert into a rule session.
     *
     * @return the discussion, then children, invitations and actions
     */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(1 + children.size() + invitations.size() + actions.size());
        all.add(discussion);
        all.addAll(children);
        all.addAll(invitations);
        all.addAll(actions);
        return all;
    }
}
