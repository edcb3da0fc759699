package org.strategycheck.internal.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strategycheck.CheckMode;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.facts.AgencyAttendance;
import org.strategycheck.facts.AgreedAction;
import org.strategycheck.facts.Attendance;
import org.strategycheck.facts.ChildAtDiscussion;
import org.strategycheck.facts.Discussion;
import org.strategycheck.facts.KnownService;
import org.strategycheck.facts.Recorded;
import org.strategycheck.facts.SignificantPerson;
import org.strategycheck.facts.Thresholds;
import org.strategycheck.internal.London;
import org.strategycheck.model.Action;
import org.strategycheck.model.Agency;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.Child;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Decisions;
import org.strategycheck.model.Education;
import org.strategycheck.model.History;
import org.strategycheck.model.Identity;
import org.strategycheck.model.InvolvedService;
import org.strategycheck.model.Participant;
import org.strategycheck.model.Role;
import org.strategycheck.model.SignificantOther;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Every fact the rules match on for one record, derived once: the one place where what the
 * record format means (who counts as invited, a child's band, working days, recorded text) is
 * worked out, so that rules only ask.
 *
 * @param discussion the record-level facts
 * @param attendance who was invited and took part
 * @param agencies   one per agency among the participants, in order of first appearance
 * @param children   one per child, in record order
 * @param actions    one per action, in record order
 * @param services   one per involved service, in record order
 * @param people     one per significant other, in record order
 * @param thresholds the timeliness thresholds in force
 */
public record RecordFacts(
        Discussion discussion,
        Attendance attendance,
        List<AgencyAttendance> agencies,
        List<ChildAtDiscussion> children,
        List<AgreedAction> actions,
        List<KnownService> services,
        List<SignificantPerson> people,
        Thresholds thresholds) {

    /** Copies the lists. */
    public RecordFacts {
        agencies = List.copyOf(agencies);
        children = List.copyOf(children);
        actions = List.copyOf(actions);
        services = List.copyOf(services);
        people = List.copyOf(people);
    }

    /**
     * Derives the facts of a record at the stage its status says, with the catalogue's thresholds.
     *
     * @param record   a record that meets the format's contract
     * @param calendar the working-day calendar
     * @return its facts
     */
    public static RecordFacts of(StrategyDiscussion record, WorkingDayCalendar calendar) {
        return of(record, calendar, Thresholds.CATALOGUE);
    }

    /**
     * Derives the facts of a record at the stage its status says (an absent status is final, as
     * in {@link CheckMode#AS_RECORDED}).
     *
     * @param record     a record that meets the format's contract
     * @param calendar   the working-day calendar
     * @param thresholds the timeliness thresholds in force
     * @return its facts
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
        LocalDate held = London.date(record.heldAt());
        LocalDate identified = London.date(record.concern().identifiedAt());
        LocalDate discussionDate = held != null ? held : !finalRecord ? identified : null;
        boolean preBirthConcern = record.concern().categories().contains(ConcernCategory.PRE_BIRTH);
        List<ChildAtDiscussion> children = new ArrayList<>(record.children().size());
        for (int i = 0; i < record.children().size(); i++) {
            children.add(child(i, record.children().get(i), discussionDate, preBirthConcern));
        }
        List<AgencyAttendance> agencies = new ArrayList<>(4);
        Attendance attendance = attendance(record.participants(), agencies);
        List<AgreedAction> actions = new ArrayList<>(record.actions().size());
        for (int i = 0; i < record.actions().size(); i++) {
            // Due dates are compared with the meeting's own date: a draft not yet held has none.
            actions.add(action(i, record.actions().get(i), held));
        }
        List<KnownService> services = new ArrayList<>(record.involvedServices().size());
        for (int i = 0; i < record.involvedServices().size(); i++) {
            services.add(service(i, record.involvedServices().get(i), record.participants()));
        }
        List<SignificantPerson> people = new ArrayList<>(record.significantOthers().size());
        for (int i = 0; i < record.significantOthers().size(); i++) {
            SignificantOther person = record.significantOthers().get(i);
            people.add(new SignificantPerson(i, person.relationship(), person.householdMember(),
                    person.informationShared(), person.riskOrProtectionConsidered()));
        }
        Discussion discussion = discussion(record, calendar, finalRecord, held, identified, discussionDate, children);
        return new RecordFacts(discussion, attendance, agencies, children, actions, services, people, thresholds);
    }

    private static Discussion discussion(StrategyDiscussion record, WorkingDayCalendar calendar, boolean finalRecord,
            LocalDate held, LocalDate identified, LocalDate discussionDate, List<ChildAtDiscussion> children) {
        Integer workingDaysFromConcern = held != null && identified != null
                ? calendar.workingDaysBetween(identified, held) : null;
        Instant emergency = record.concern().emergencyActionAt();
        Long minutesFromEmergency = emergency != null && record.heldAt() != null
                ? wholeMinutesUp(Duration.between(emergency, record.heldAt())) : null;
        LocalDate circulated = record.minutes().circulatedOn();
        Integer workingDaysToMinutes = held != null && circulated != null
                ? calendar.workingDaysBetween(held, circulated) : null;
        Set<ConcernCategory> categories = record.concern().categories().isEmpty()
                ? Set.of() : EnumSet.copyOf(record.concern().categories());
        Set<Agency> recipients = EnumSet.noneOf(Agency.class);
        for (Agency agency : record.minutes().circulatedTo()) {
            if (agency != null) {
                recipients.add(agency);
            }
        }
        Decisions decisions = record.decisions();
        Identity identity = record.identity();
        List<String> identityPlaceholders = new ArrayList<>(4);
        List<String> identityGaps = identityGaps(identity, identityPlaceholders);
        History history = record.history();
        return new Discussion(record, finalRecord, record.type(), record.format(),
                record.caseStatus() != null && record.caseStatus() != CaseStatus.NEW_REFERRAL,
                record.heldAt(), held, record.concern().identifiedAt(), identified, discussionDate,
                workingDaysFromConcern, minutesFromEmergency, Text.recorded(record.timingRationale()),
                categories, Boolean.TRUE.equals(record.concern().significantInjury()),
                Boolean.TRUE.equals(record.concern().recentSexualAbuse()), record.concern().referrer() != null,
                record.concern().referrer() == null ? null : record.concern().referrer().agency(),
                children,
                decisions.section47(), Text.recorded(decisions.section47Rationale()), decisions.initialConference(),
                decisions.criminalInvestigation(), decisions.visit(), Text.recorded(decisions.visitRationale()),
                decisions.medical(), Text.recorded(decisions.medicalRationale()),
                Text.recorded(decisions.informationSharingWithFamily()), Text.recorded(decisions.immediateSafety()),
                decisions.legalAction(), record.risk().level(), Text.recorded(record.risk().analysis()),
                Text.recorded(record.childVoice().views()), Text.recorded(record.childVoice().howChildWillBeSeen()),
                identityGaps, identityPlaceholders,
                Boolean.TRUE.equals(history.previousInvolvementRecorded()),
                Boolean.TRUE.equals(history.currentInvolvementRecorded()),
                record.marac().known(), record.marac().actionsConsidered(),
                Text.recorded(record.namedProfessional().name()),
                record.minutes().completedOn(), circulated, workingDaysToMinutes, recipients);
    }

    /**
     * Elapsed minutes with a part minute counted whole: "24 hours or less is within", so 24 hours
     * and one second must not round down to 24 hours.
     */
    private static long wholeMinutesUp(Duration elapsed) {
        long minutes = elapsed.toMinutes();
        Duration rest = elapsed.minusMinutes(minutes);
        return rest.isZero() || rest.isNegative() ? minutes : minutes + 1;
    }

    /**
     * A child's age and band at the discussion (record format v1). Age is always taken at the
     * discussion, never at today's date; {@link Period} makes a child born on 29 February a
     * year older on 1 March in a common year.
     */
    public static ChildAtDiscussion child(int index, Child child, LocalDate discussionDate, boolean preBirthConcern) {
        Integer age = null;
        AgeBand band;
        if (child.dateOfBirth() == null) {
            band = child.expectedDueDate() != null || preBirthConcern ? AgeBand.PRE_BIRTH : AgeBand.UNKNOWN;
        } else if (discussionDate == null) {
            band = child.education() == Education.SCHOOL ? AgeBand.SCHOOL_AGE : AgeBand.UNKNOWN;
        } else if (child.dateOfBirth().isAfter(discussionDate)) {
            // Born after the discussion, so unborn at it (catalogue v1.1): an export made since
            // carries the date of birth; no contradiction, and the pre-birth rules apply.
            band = AgeBand.PRE_BIRTH;
        } else {
            age = Period.between(child.dateOfBirth(), discussionDate).getYears();
            band = band(age, child.education());
        }
        return new ChildAtDiscussion(index, age, band, child.dateOfBirth(), child.education(), child.lookedAfter(),
                child.hospitalInpatient());
    }

    private static AgeBand band(int age, Education education) {
        if (education == Education.SCHOOL) {
            return AgeBand.SCHOOL_AGE;
        }
        if (age < 5) {
            return AgeBand.PRE_SCHOOL;
        }
        if (age <= 15) {
            return education == null ? AgeBand.SCHOOL_AGE : AgeBand.SCHOOL_AGE_NOT_AT_SCHOOL;
        }
        return AgeBand.OLDER;
    }

    /**
     * A participant recorded as attending or contributing in writing counts as invited, whatever
     * {@code invited} says (catalogue v1.1): no one takes part uninvited.
     */
    private static boolean invited(Participant participant) {
        return tookPart(participant) || Boolean.TRUE.equals(participant.invited());
    }

    private static boolean tookPart(Participant participant) {
        return Boolean.TRUE.equals(participant.attended()) || Boolean.TRUE.equals(participant.contributedInWriting());
    }

    /** The attendance summary, and the per-agency facts into {@code agencies}. */
    private static Attendance attendance(List<Participant> participants, List<AgencyAttendance> agencies) {
        Set<Role> invitedRoles = EnumSet.noneOf(Role.class);
        boolean schoolInvited = false;
        boolean anyoneInvited = false;
        boolean everyoneInvitedAttended = true;
        // Agencies in order of first appearance, without a map: a record has a handful.
        List<Agency> seen = new ArrayList<>(6);
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            boolean wasInvited = invited(participant);
            if (wasInvited) {
                anyoneInvited = true;
                everyoneInvitedAttended &= Boolean.TRUE.equals(participant.attended());
            }
            if (wasInvited && participant.role() != null) {
                invitedRoles.add(participant.role());
            }
            if (wasInvited && participant.agency() == Agency.EDUCATION && participant.role() != Role.SCHOOL_NURSE) {
                schoolInvited = true;
            }
            if (participant.agency() != null && !seen.contains(participant.agency())) {
                seen.add(participant.agency());
            }
        }
        for (Agency agency : seen) {
            agencies.add(agencyAttendance(agency, participants));
        }
        return new Attendance(agencies, invitedRoles, schoolInvited, anyoneInvited ? everyoneInvitedAttended : null);
    }

    private static AgencyAttendance agencyAttendance(Agency agency, List<Participant> participants) {
        Set<Role> invitedRoles = EnumSet.noneOf(Role.class);
        Set<Role> attendedRoles = EnumSet.noneOf(Role.class);
        boolean tookPart = false;
        boolean inWriting = false;
        boolean canDecide = false;
        boolean cannotDecide = false;
        List<Integer> invited = new ArrayList<>(2);
        List<Integer> attendees = new ArrayList<>(2);
        for (int index = 0; index < participants.size(); index++) {
            Participant participant = participants.get(index);
            if (participant.agency() != agency) {
                continue;
            }
            if (invited(participant)) {
                invited.add(index);
                if (participant.role() != null) {
                    invitedRoles.add(participant.role());
                }
            }
            tookPart |= tookPart(participant);
            inWriting |= Boolean.TRUE.equals(participant.contributedInWriting());
            if (Boolean.TRUE.equals(participant.attended())) {
                attendees.add(index);
                if (participant.role() != null) {
                    attendedRoles.add(participant.role());
                }
                canDecide |= Boolean.TRUE.equals(participant.canMakeDecisions());
                cannotDecide |= Boolean.FALSE.equals(participant.canMakeDecisions());
            }
        }
        return new AgencyAttendance(agency, invitedRoles, attendedRoles, !invited.isEmpty(), tookPart,
                !attendees.isEmpty(), inWriting, canDecide, cannotDecide, invited, attendees);
    }

    private static AgreedAction action(int index, Action action, LocalDate held) {
        LocalDate dueBy = action.dueBy();
        return new AgreedAction(index, Text.recorded(action.owner().name()), action.owner().agency(), dueBy,
                dueBy != null && held != null && dueBy.isBefore(held), Boolean.TRUE.equals(action.immediate()));
    }

    /** Whether a service was invited: see {@link KnownService}. */
    private static KnownService service(int index, InvolvedService service, List<Participant> participants) {
        boolean gp = service.role() == Role.GP;
        String organisation = Text.key(service.organisation());
        boolean invited = false;
        for (Participant participant : participants) {
            boolean sameService = gp ? participant.role() == Role.GP
                    : service.agency() == null || participant.agency() == service.agency();
            if (sameService && invited(participant)
                    && (organisation == null || organisation.equals(Text.key(participant.organisation())))) {
                invited = true;
                break;
            }
        }
        return new KnownService(index, service.agency(), service.role(), service.knownTo(), gp, invited);
    }

    /**
     * The identity headings not addressed, in the format's order; those holding a placeholder are
     * also added to {@code placeholders}. One substantive {@code notRelevantReason} addresses every
     * heading left empty; a placeholder heading is not addressed (catalogue v1.1).
     */
    private static List<String> identityGaps(Identity identity, List<String> placeholders) {
        boolean reasoned = Text.isSubstantive(identity.notRelevantReason());
        List<String> gaps = new ArrayList<>(4);
        identityHeading(identity.ethnicity(), "/identity/ethnicity", reasoned, gaps, placeholders);
        identityHeading(identity.culture(), "/identity/culture", reasoned, gaps, placeholders);
        identityHeading(identity.identity(), "/identity/identity", reasoned, gaps, placeholders);
        identityHeading(identity.discrimination(), "/identity/discrimination", reasoned, gaps, placeholders);
        return gaps;
    }

    private static void identityHeading(String text, String pointer, boolean reasoned, List<String> gaps,
            List<String> placeholders) {
        Recorded recorded = Text.recorded(text);
        if (recorded == Recorded.PLACEHOLDER) {
            gaps.add(pointer);
            placeholders.add(pointer);
        } else if (recorded == Recorded.NOT_RECORDED && !reasoned) {
            gaps.add(pointer);
        }
    }

    /**
     * All the facts, to insert into a rule session.
     *
     * @return the discussion, the thresholds, the attendance, then agencies, children, actions, services and people
     */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(3 + agencies.size() + children.size() + actions.size() + services.size()
                + people.size());
        all.add(discussion);
        all.add(thresholds);
        all.add(attendance);
        all.addAll(agencies);
        all.addAll(children);
        all.addAll(actions);
        all.addAll(services);
        all.addAll(people);
        return all;
    }
}
