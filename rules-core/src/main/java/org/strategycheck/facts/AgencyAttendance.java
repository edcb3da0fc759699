package org.strategycheck.facts;

import java.util.List;
import org.strategycheck.model.Agency;

/**
 * One agency among the participants, summed up: whether it was invited and took part, and
 * whether those of it who attended could make decisions. One fact per agency recorded for at
 * least one participant, so that a rule about "each agency" fires once per agency.
 *
 * @param agency                the agency
 * @param invited               a participant of it was invited (or attended)
 * @param tookPart              a participant of it attended or contributed in writing
 * @param attended              a participant of it attended
 * @param attendeeCanDecide     an attendee of it is recorded {@code canMakeDecisions: true}
 * @param attendeeCannotDecide  an attendee of it is recorded {@code canMakeDecisions: false}
 * @param invitedPointers       pointers of its participants who were invited, in record order
 * @param attendeePointers      pointers of its participants who attended, in record order
 */
public record AgencyAttendance(
        Agency agency,
        boolean invited,
        boolean tookPart,
        boolean attended,
        boolean attendeeCanDecide,
        boolean attendeeCannotDecide,
        List<String> invitedPointers,
        List<String> attendeePointers) {

    /** Copies the lists. */
    public AgencyAttendance {
        invitedPointers = List.copyOf(invitedPointers);
        attendeePointers = List.copyOf(attendeePointers);
    }
}
