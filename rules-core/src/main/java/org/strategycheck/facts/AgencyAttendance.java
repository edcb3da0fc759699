package org.strategycheck.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.strategycheck.model.Agency;
import org.strategycheck.model.Role;

/**
 * One agency among the participants, summed up: who of it was invited and attended, in which
 * roles, and whether those who attended could make decisions. One fact per agency recorded for
 * at least one participant, so that a rule about "each agency" fires once per agency.
 *
 * @param agency               the agency
 * @param invitedRoles         the roles of its participants who were invited (or attended); a
 *                             participant without a recorded role adds none
 * @param attendedRoles        the roles of its participants who attended
 * @param invited              a participant of it was invited (or attended)
 * @param tookPart             a participant of it attended or contributed in writing
 * @param attended             a participant of it attended
 * @param inWriting            a participant of it contributed in writing
 * @param attendeeCanDecide    an attendee of it is recorded {@code canMakeDecisions: true}
 * @param attendeeCannotDecide an attendee of it is recorded {@code canMakeDecisions: false}
 * @param invitedIndices       positions in {@code participants} of those of it who were invited, in order
 * @param attendeeIndices      positions in {@code participants} of those of it who attended, in order
 */
public record AgencyAttendance(
        Agency agency,
        Set<Role> invitedRoles,
        Set<Role> attendedRoles,
        boolean invited,
        boolean tookPart,
        boolean attended,
        boolean inWriting,
        boolean attendeeCanDecide,
        boolean attendeeCannotDecide,
        List<Integer> invitedIndices,
        List<Integer> attendeeIndices) {

    /** Copies the collections. */
    public AgencyAttendance {
        invitedRoles = invitedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(invitedRoles);
        attendedRoles = attendedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(attendedRoles);
        invitedIndices = List.copyOf(invitedIndices);
        attendeeIndices = List.copyOf(attendeeIndices);
    }

    /**
     * The pointers of its participants who were invited, for a finding about them.
     *
     * @return e.g. {@code ["/participants/2", "/participants/5"]}, in record order
     */
    public List<String> invitedPointers() {
        return pointers(invitedIndices);
    }

    /**
     * The pointers of its participants who attended, for a finding about them.
     *
     * @return e.g. {@code ["/participants/0", "/participants/1"]}, in record order
     */
    public List<String> attendeePointers() {
        return pointers(attendeeIndices);
    }

    // Built when a finding needs them, not for every record.
    private static List<String> pointers(List<Integer> indices) {
        List<String> pointers = new ArrayList<>(indices.size());
        for (int index : indices) {
            pointers.add("/participants/" + index);
        }
        return List.copyOf(pointers);
    }
}
