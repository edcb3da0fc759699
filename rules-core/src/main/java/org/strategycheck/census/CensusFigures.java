package org.strategycheck.census;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one census: how many children and enquiries were read, how each enquiry's
 * conference counts, the timeliness of the conferences, and how many enquiries have each
 * problem with their dates. Immutable.
 *
 * @param header          the census's header
 * @param children        children read
 * @param enquiries       section 47 enquiries read
 * @param statuses        enquiries by how their conference counts; they add up to {@code enquiries}
 * @param timeliness      the conferences timed
 * @param targetsRecorded enquiries with an {@code InitialCPCtarget}, the ones whose target was checked
 * @param issues          enquiries with each date problem, every problem present
 */
public record CensusFigures(CensusHeader header, int children, int enquiries, Map<ConferenceStatus, Integer> statuses,
        Timeliness timeliness, int targetsRecorded, Map<DateIssue, Integer> issues) {

    /** Checks and copies the components. */
    public CensusFigures {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(timeliness, "timeliness");
        statuses = complete(ConferenceStatus.class, statuses);
        issues = complete(DateIssue.class, issues);
        if (statuses.values().stream().mapToInt(Integer::intValue).sum() != enquiries) {
            throw new IllegalArgumentException("every enquiry has one status");
        }
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> counts) {
        EnumMap<E, Integer> copy = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            copy.put(key, counts.getOrDefault(key, 0));
        }
        return Collections.unmodifiableMap(copy);
    }
}
