package org.strategycheck.census;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * What a census file says about itself: its {@code CollectionDetails}. The header is optional
 * in the census schema, and so is each of these.
 *
 * @param year          {@code Year}, the year the census is named for (2023 for 2022 to 2023),
 *                      or {@code null}
 * @param referenceDate {@code ReferenceDate}, the last day the census covers, or {@code null}
 */
public record CensusHeader(Integer year, LocalDate referenceDate) {

    /**
     * The twelve months the census covers: to its reference date, else to 31 March of its
     * year (the census's reference date in every year since 2009), else unknown.
     *
     * @return the collection year, or empty when the header gives neither
     */
    public Optional<CollectionYear> collectionYear() {
        if (referenceDate != null) {
            return Optional.of(CollectionYear.endingOn(referenceDate));
        }
        if (year != null) {
            return Optional.of(CollectionYear.endingOn(LocalDate.of(year, Month.MARCH, 31)));
        }
        return Optional.empty();
    }
}
