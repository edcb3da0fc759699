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
 * role). One fact per record.
 */
public final class Attendance {

    private final Set<Agency> invitedAgencies;
    private final Set<Agency> tookPartAgencies;
    private final Set<Agency> attendedAgencies;
    private final Set<Role> invitedRoles;
    /** Per agency (by ordinal), the roles (bits by ordinal) of its participants who were invited. */
    private final long[] invited;
    /** Per agency (by ordinal), the roles (bits by ordinal) of its participants who attended. */
    private final long[] attended;
    private final boolean schoolInvited;
    private final List<AgencyAttendance> agencies;

    static {
        if (Role.values().length > Long.SIZE) {
            throw new ExceptionInInitializerError("a role's bit no longer fits in a long");
        }
    }

    /**
     * An agency and a role together, as one participant was recorded.
     *
     * @param agency the agency
     * @param role   the role
     */
    public record AgencyRole(Agency agency, Role role) {
    }

    /**
     * The summary; built by the library from a record's participants.
     *
     * @param invitedAgencies  agencies with a participant who was invited
     * @param tookPartAgencies agencies with a participant who attended or contributed in writing
     * @param attendedAgencies agencies with a participant who attended
     * @param invitedRoles     roles (of any agency) with a participant who was invited
     * @param invited          agency and role of every participant who was invited
     * @param attended         agency and role of every participant who attended
     * @param schoolInvited    an EDUCATION participant other than a school nurse was invited
     * @param agencies         one per agency among the participants, in order of first appearance
     */
    public Attendance(Set<Agency> invitedAgencies, Set<Agency> tookPartAgencies, Set<Agency> attendedAgencies,
            Set<Role> invitedRoles, Set<AgencyRole> invited, Set<AgencyRole> attended, boolean schoolInvited,
            List<AgencyAttendance> agencies) {
        this.invitedAgencies = copy(invitedAgencies, Agency.class);
        this.tookPartAgencies = copy(tookPartAgencies, Agency.class);
        this.attendedAgencies = copy(attendedAgencies, Agency.class);
        this.invitedRoles = copy(invitedRoles, Role.class);
        this.invited = bits(invited);
        this.attended = bits(attended);
        this.schoolInvited = schoolInvited;
        this.agencies = List.copyOf(agencies);
    }

    // Bits, not a set of pairs: asking needs no object for the pair.
    private static long[] bits(Set<AgencyRole> pairs) {
        long[] bits = new long[Agency.values().length];
        for (AgencyRole pair : pairs) {
            if (pair.agency() != null && pair.role() != null) {
                bits[pair.agency().ordinal()] |= 1L << pair.role().ordinal();
            }
        }
        return bits;
    }

    private static boolean has(long[] bits, Agency agency, Role role) {
        return agency != null && role != null && (bits[agency.ordinal()] & 1L << role.ordinal()) != 0;
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        // An EnumSet answers contains() with one bit test: rules ask it many times per record.
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /**
     * Whether a participant of the agency was invited.
     *
     * @param agency an agency
     * @return {@code true} when one was invited (or attended)
     */
    public boolean invited(Agency agency) {
        return invitedAgencies.contains(agency);
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
        return has(invited, agency, role);
    }

    /**
     * Whether a participant of the agency attended or contributed in writing.
     *
     * @param agency an agency
     * @return {@code true} when one took part
     */
    public boolean tookPart(Agency agency) {
        return tookPartAgencies.contains(agency);
    }

    /**
     * Whether a participant of the agency attended.
     *
     * @param agency an agency
     * @return {@code true} when one is recorded {@code attended: true}
     */
    public boolean attended(Agency agency) {
        return attendedAgencies.contains(agency);
    }

    /**
     * Whether a participant of the agency in the role attended.
     *
     * @param agency an agency
     * @param role   a role
     * @return {@code true} when one is recorded {@code attended: true}
     */
    public boolean attended(Agency agency, Role role) {
        return has(attended, agency, role);
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

    /**
     * The pointers of the participants of an agency who were invited, for a finding about them.
     *
     * @param agency an agency
     * @return e.g. {@code ["/participants/2", "/participants/5"]}, in record order; empty when none
     */
    public List<String> invitedPointers(Agency agency) {
        for (AgencyAttendance attendance : agencies) {
            if (attendance.agency() == agency) {
                return attendance.invitedPointers();
            }
        }
        return List.of();
    }

    @Override
    public String toString() {
        return "Attendance[invited=" + invitedAgencies + ", tookPart=" + tookPartAgencies + ", attended="
                + attendedAgencies + ", roles invited=" + invitedRoles + "]";
    }
}
