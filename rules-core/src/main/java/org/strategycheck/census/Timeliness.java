package org.strategycheck.census;

import org.strategycheck.audit.Proportion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Initial child protection conferences timed as the DfE counts them: the working days from
 * {@code S47ActualStartDate} (day 0) to {@code DateOfInitialCPC}, England and Wales bank
 * holidays excepted; conferences dated in the collection year; one dated before its enquiry
 * started counted among the conferences but given no duration.
 *
 * @param year        the collection year the conferences are dated in, or {@code null} when
 *                    the census does not say (then every conference is counted)
 * @param conferences the conferences counted
 * @param beforeStart of those, dated before their enquiry started
 * @param bands       the timed ones by DfE band, every band present
 * @param within15    timed within 15 working days, of all timed
 * @param quartiles   of the durations, or {@code null} when none was timed
 * @param months      by month of the conference: every month of the collection year, in order
 *                    (without a year, the months that have one)
 */
public record Timeliness(CollectionYear year, int conferences, int beforeStart, Map<DurationBand, Integer> bands,
        Proportion within15, Quartiles quartiles, List<MonthTimeliness> months) {

    /** Checks and copies the components. */
    public Timeliness {
        Objects.requireNonNull(within15, "within15");
        EnumMap<DurationBand, Integer> copy = new EnumMap<>(DurationBand.class);
        for (DurationBand band : DurationBand.values()) {
            copy.put(band, bands.getOrDefault(band, 0));
        }
        bands = Collections.unmodifiableMap(copy);
        months = List.copyOf(months);
        if (beforeStart + within15.of() != conferences) {
            throw new IllegalArgumentException("every conference is timed or dated before its start");
        }
        if (bands.values().stream().mapToInt(Integer::intValue).sum() != within15.of()) {
            throw new IllegalArgumentException("every timed conference is in one band");
        }
        if ((quartiles == null) != (within15.of() == 0)) {
            throw new IllegalArgumentException("quartiles go with timed conferences");
        }
    }
}
