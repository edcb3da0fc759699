package org.strategycheck.facts;

import org.strategycheck.model.Agency;
import org.strategycheck.model.KnownTo;
import org.strategycheck.model.Role;

/**
 * A service known to be working with the child or family ({@code involvedServices}), with
 * whether it was invited to the discussion. One fact per service.
 *
 * <p>Invited means: a GP by a participant who is a GP (of whatever agency); any other service
 * by a participant of its agency (of any agency when the service's is not recorded); and in
 * both cases, when the service's organisation is recorded, a participant of that organisation
 * (compared ignoring case and runs of white space). A participant who attended counts as invited.
 *
 * @param index   position in {@code involvedServices}, for JSON pointers
 * @param agency  as recorded
 * @param role    as recorded
 * @param knownTo as recorded
 * @param gp      the service is a GP ({@code role} GP)
 * @param invited the service was invited, as above
 */
public record KnownService(int index, Agency agency, Role role, KnownTo knownTo, boolean gp, boolean invited) {

    /**
     * The service's pointer, for a finding.
     *
     * @return e.g. {@code /involvedServices/0}
     */
    public String pointer() {
        return "/involvedServices/" + index;
    }

    /**
     * The service's number as people count: for a message ("involved service 1").
     *
     * @return the position from 1
     */
    public int number() {
        return index + 1;
    }
}
