package org.strategycheck.facts;

import org.strategycheck.model.Agency;
import org.strategycheck.model.Participant;
import org.strategycheck.model.Role;

/**
 * A participant as the rules see it. The name is not kept: rules only need to know whether
 * there is one.
 *
 * @param index                position in {@code participants}, for JSON pointers
 * @param agency               as recorded
 * @param role                 as recorded
 * @param organisation         as recorded
 * @param organisationKey      the organisation normalised for matching ({@link Text#key}); {@code null} when not recorded
 * @param named                a non-blank name is recorded
 * @param invited              as recorded
 * @param attended             as recorded
 * @param contributedInWriting as recorded
 * @param canMakeDecisions     as recorded
 * @param informationShared    as recorded
 * @param wasInvited           recorded as invited, or as attending (no one attends uninvited)
 * @param tookPart             recorded as attending or as contributing in writing
 */
public record Invitation(
        int index,
        Agency agency,
        Role role,
        String organisation,
        String organisationKey,
        boolean named,
        Boolean invited,
        Boolean attended,
        Boolean contributedInWriting,
        Boolean canMakeDecisions,
        Boolean informationShared,
        boolean wasInvited,
        boolean tookPart) {

    /**
     * Derives a participant's facts.
     *
     * @param index       position in {@code participants}
     * @param participant the participant
     * @return the facts
     */
    public static Invitation of(int index, Participant participant) {
        boolean attended = Boolean.TRUE.equals(participant.attended());
        return new Invitation(index, participant.agency(), participant.role(), participant.organisation(),
                Text.key(participant.organisation()), Text.hasText(participant.name()), participant.invited(), participant.attended(),
                participant.contributedInWriting(), participant.canMakeDecisions(), participant.informationShared(),
                attended || Boolean.TRUE.equals(participant.invited()),
                attended || Boolean.TRUE.equals(participant.contributedInWriting()));
    }

    /**
     * Shows the structure, never the free text: facts end up in the engine's logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Invitation[index=" + index + ", agency=" + agency + ", role=" + role + ", organisation=" + org.strategycheck.model.Redacted.text(organisation) + ", named=" + named + ", invited=" + invited + ", attended=" + attended + ", contributedInWriting=" + contributedInWriting + ", canMakeDecisions=" + canMakeDecisions + ", informationShared=" + informationShared + "]";
    }
}
