package org.strategycheck.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strategycheck.model.Agency;
import org.strategycheck.model.Role;

/**
 * Who was invited to the discussion and who took part, by agency and by role: the whole
 * {@code participants} list summed up once, so that a rule asks one question of one fact
 * ({@code Attendance( !invited(Agency.HEALTH) )}) and no participant is matched one by one.
 *
 * <p>The record format's meanings: a participant recorded as attending counts as invited,
 * whatever {@code invited} says (no one attends uninvited); one who attended or contributed in
 * writing took part. A participant without a recorded agency (or role) counts for no agency (or
 * role). One fact per record; the agencies are also facts of their own ({@link AgencyAttendance}).
 */
public final class Attendance {

    private final List<AgencyAttendance> agencies;
    /** The agencies' summaries by the agency's ordinal; {@code null} for an agency with no participant. */
    private final AgencyAttendance[] byAgency = new AgencyAttendance[Agency.values().length];
    private final Set<Role> invitedRoles;
    private final boolean schoolInvited;
    private final Boolean everyoneInvitedAttended;

    /**
     * The summary; built by the library from a record's participants.
     *
     * @param agencies      one per agency among the participants, in order of first appearance
     * @param invitedRoles  roles, of any agency or none, with a participant who was invited
     * @param schoolInvited an EDUCATION participant other than a school nurse was invited
     * @param everyoneInvitedAttended every participant counted as invited, of any agency or none,
     *                      attended; {@code null} when no one was invited
     */
    public Attendance(List<AgencyAttendance> agencies, Set<Role> invitedRoles, boolean schoolInvited,
            Boolean everyoneInvitedAttended) {
        this.agencies = List.copyOf(agencies);
        for (AgencyAttendance agency : this.agencies) {
            byAgency[agency.agency().ordinal()] = agency;
        }
        this.invitedRoles = invitedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(invitedRoles);
        this.schoolInvited = schoolInvited;
        this.everyoneInvitedAttended = everyoneInvitedAttended;
    }

    /**
     * Whether everyone invited attended ("all those who were invited, attended"): those who only
     * contributed in writing count as invited and not as attending.
     *
     * @return {@code true} or {@code false}; {@code null} when no one was invited
     */
    public Boolean everyoneInvitedAttended() {
        return everyoneInvitedAttended;
    }

    private AgencyAttendance of(Agency agency) {
        return agency == null ? null : byAgency[agency.ordinal()];
    }

    /**
     * Whether a participant of the agency was invited.
     *
     * @param agency an agency
     * @return {@code true} when one was invited (or attended)
     */
    public boolean invited(Agency agency) {
        AgencyAttendance of = of(agency);
        return of != null && of.invited();
    }

    /**
     * Whether a participant in the role, of whatever agency, was invited.
     *
     * @param role a role
     * @return {@code true} when one was invited (or attended)
     */
    public boolean invited(Role role) {
        return invitedRoles.contains(role);
    }

    /**
     * Whether a participant of the agency in the role was invited.
     *
     * @param agency an agency
     * @param role   a role
     * @return {@code true} when one was invited (or attended)
     */
    public boolean invited(Agency agency, Role role) {
        AgencyAttendance of = of(agency);
        return of != null && of.invitedRoles().contains(role);
    }

    /**
     * Whether a participant of the agency attended or contributed in writing.
     *
     * @param agency an agency
     * @return {@code true} when one took part
     */
    public boolean tookPart(Agency agency) {
        AgencyAttendance of = of(agency);
        return of != null && of.tookPart();
    }

    /**
     * Whether a participant of the agency attended.
     *
     * @param agency an agency
     * @return {@code true} when one is recorded {@code attended: true}
     */
    public boolean attended(Agency agency) {
        AgencyAttendance of = of(agency);
        return of != null && of.attended();
    }

    /**
     * Whether a participant of the agency in the role attended.
     *
     * @param agency an agency
     * @param role   a role
     * @return {@code true} when one is recorded {@code attended: true}
     */
    public boolean attended(Agency agency, Role role) {
        AgencyAttendance of = of(agency);
        return of != null && of.attendedRoles().contains(role);
    }

    /**
     * Whether the school was invited: an EDUCATION participant other than a school nurse (a
     * school nurse never counts as the school, whatever agency is recorded for them).
     *
     * @return {@code true} when one was invited (or attended)
     */
    public boolean schoolInvited() {
        return schoolInvited;
    }

    /**
     * The agencies among the participants, each summed up on its own (also inserted as facts).
     *
     * @return one per agency, in order of first appearance
     */
    public List<AgencyAttendance> agencies() {
        return agencies;
    }

    @Override
    public String toString() {
        return "Attendance[agencies=" + agencies.stream().map(AgencyAttendance::agency).toList() + ", roles invited="
                + invitedRoles + ", schoolInvited=" + schoolInvited + "]";
    }
}
