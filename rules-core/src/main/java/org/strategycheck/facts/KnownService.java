package org.strategycheck.facts;

import org.strategycheck.model.Agency;
import org.strategycheck.model.InvolvedService;
import org.strategycheck.model.KnownTo;
import org.strategycheck.model.Role;

/**
 * A service known to be working with the child or family, as the rules see it.
 *
 * @param index           position in {@code involvedServices}, for JSON pointers
 * @param agency          as recorded
 * @param role            as recorded
 * @param organisationKey the organisation, trimmed, lower-cased and with white space collapsed, so
 *                        that "County  Hospital" and "county hospital" match; {@code null} when
 *                        not recorded
 * @param knownTo         as recorded
 */
public record KnownService(int index, Agency agency, Role role, String organisationKey, KnownTo knownTo) {

    /**
     * Derives a service's facts.
     *
     * @param index   position in {@code involvedServices}
     * @param service the service
     * @return the facts
     */
    public static KnownService of(int index, InvolvedService service) {
        return new KnownService(index, service.agency(), service.role(), Text.key(service.organisation()),
                service.knownTo());
    }

    /**
     * Shows the structure, never the free text: facts end up in the engine's logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "KnownService[index=" + index + ", agency=" + agency + ", role=" + role + ", organisation=" + org.strategycheck.model.Redacted.text(organisationKey) + ", knownTo=" + knownTo + "]";
    }
}
