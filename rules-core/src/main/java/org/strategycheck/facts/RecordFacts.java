package org.strategycheck.facts;

import java.util.ArrayList;
import java.util.List;
import org.strategycheck.CheckMode;
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
 * @param services    one per involved service, in record order
 * @param people      one per significant other, in record order
 * @param thresholds  the timeliness thresholds in force
 */
public record RecordFacts(
        Discussion discussion,
        List<ChildAtDiscussion> children,
        List<Invitation> invitations,
        List<AgreedAction> actions,
        List<KnownService> services,
        List<SignificantPerson> people,
        Thresholds thresholds) {

    /** Copies the lists. */
    public RecordFacts {
        children = List.copyOf(children);
        invitations = List.copyOf(invitations);
        actions = List.copyOf(actions);
        services = List.copyOf(services);
        people = List.copyOf(people);
    }

    /**
     * Derives the facts of a record.
     *
     * @param record   a record that meets the format's contract
     * @param calendar the working-day calendar
     * @return its facts, with the catalogue's thresholds
     */
    public static RecordFacts of(StrategyDiscussion record, WorkingDayCalendar calendar) {
        return of(record, calendar, Thresholds.CATALOGUE);
    }

    /**
     * Derives the facts of a record.
     *
     * @param record     a record that meets the format's contract
     * @param calendar   the working-day calendar
     * @param thresholds the timeliness thresholds in force
     * @return its facts, at the stage its {@code status} says (an absent status is final, as in
     *         {@link org.strategycheck.CheckMode#AS_RECORDED})
     */
    public static RecordFacts of(StrategyDiscussion record, WorkingDayCalendar calendar, Thresholds thresholds) {
        return of(record, calendar, thresholds, CheckMode.AS_RECORDED.stageOf(record) == CheckMode.FINAL);
    }

    /**
     * Derives the facts of a record judged at a stage the host chose.
     *
     * @param record      a record that meets the format's contract at that stage
     * @param calendar    the working-day calendar
     * @param thresholds  the timeliness thresholds in force
     * @param finalRecord judge it as final (else as a draft), whatever its status says
     * @return its facts
     */
    public static RecordFacts of(StrategyDiscussion record, WorkingDayCalendar calendar, Thresholds thresholds,
            boolean finalRecord) {
        Discussion discussion = Discussion.of(record, calendar, finalRecord);
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
        List<KnownService> services = new ArrayList<>(record.involvedServices().size());
        for (int i = 0; i < record.involvedServices().size(); i++) {
            services.add(KnownService.of(i, record.involvedServices().get(i)));
        }
        List<SignificantPerson> people = new ArrayList<>(record.significantOthers().size());
        for (int i = 0; i < record.significantOthers().size(); i++) {
            people.add(SignificantPerson.of(i, record.significantOthers().get(i)));
        }
        return new RecordFacts(discussion, children, invitations, actions, services, people, thresholds);
    }

    /**
     * All the facts, to insert into a rule session.
     *
     * @return the discussion and the thresholds, then children, invitations, actions, services and people
     */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(2 + children.size() + invitations.size() + actions.size()
                + services.size() + people.size());
        all.add(discussion);
        all.add(thresholds);
        all.addAll(children);
        all.addAll(invitations);
        all.addAll(actions);
        all.addAll(services);
        all.addAll(people);
        return all;
    }
}
