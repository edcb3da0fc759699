package org.strategycheck.census;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A census laid against the discussion records of an audit: every census enquiry linked to its
 * record or not, and every record accounted for. Immutable.
 *
 * <p>The totals account for everything: {@code LINKED + DATES_DISAGREE + NO_RECORD} enquiries
 * make {@link #enquiries()}, and the {@link RecordLink.Outcome}s of the records make
 * {@link #records()}. The three lists the census link exists for are
 * {@link #withoutRecord()} (census enquiries with no discussion record),
 * {@link #missingFromCensus()} (records held in the collection year that initiated an enquiry
 * the census does not have) and {@link #datesDisagree()} (enquiries linked to a record of the
 * same child held within 5 working days of the start date, but not on it). A record about
 * several children links to an enquiry per child, so the enquiries linked and the records
 * linked need not be the same number.
 *
 * @param year            the census's collection year, or {@code null} when it does not say
 *                        (then every record counts as held in it)
 * @param enquiries       the census's enquiries
 * @param enquiryOutcomes enquiries by outcome, every outcome present
 * @param records         the audit's records
 * @param recordOutcomes  records by outcome, every outcome present
 * @param withoutRecord   the enquiries linked to no record, in file order
 * @param datesDisagree   the enquiries whose record's date disagrees, in file order
 * @param listed          every record but the drafts and those that initiated no enquiry, in
 *                        position order
 */
public record Reconciliation(CollectionYear year, int enquiries, Map<EnquiryLink.Outcome, Integer> enquiryOutcomes,
        int records, Map<RecordLink.Outcome, Integer> recordOutcomes, List<EnquiryLink> withoutRecord,
        List<EnquiryLink> datesDisagree, List<RecordLink> listed) {

    /** Checks the totals and copies the components. */
    public Reconciliation {
        enquiryOutcomes = complete(EnquiryLink.Outcome.class, enquiryOutcomes);
        recordOutcomes = complete(RecordLink.Outcome.class, recordOutcomes);
        withoutRecord = List.copyOf(withoutRecord);
        datesDisagree = List.copyOf(datesDisagree);
        listed = List.copyOf(listed);
        if (sum(enquiryOutcomes) != enquiries) {
            throw new IllegalArgumentException("every enquiry has one outcome");
        }
        if (sum(recordOutcomes) != records) {
            throw new IllegalArgumentException("every record has one outcome");
        }
        if (withoutRecord.size() != enquiryOutcomes.get(EnquiryLink.Outcome.NO_RECORD)
                || datesDisagree.size() != enquiryOutcomes.get(EnquiryLink.Outcome.DATES_DISAGREE)) {
            throw new IllegalArgumentException("the lists hold the enquiries counted");
        }
        long counted = recordOutcomes.entrySet().stream().filter(e -> listedOutcome(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        if (listed.size() != counted || !listed.stream().allMatch(record -> listedOutcome(record.outcome()))) {
            throw new IllegalArgumentException("the list holds the records counted");
        }
    }

    private static boolean listedOutcome(RecordLink.Outcome outcome) {
        return outcome != RecordLink.Outcome.DRAFT && outcome != RecordLink.Outcome.NOT_INITIATING;
    }

    /**
     * The records held in the collection year that initiated an enquiry missing from the census.
     *
     * @return them, in position order
     */
    public List<RecordLink> missingFromCensus() {
        return of(RecordLink.Outcome.MISSING_FROM_CENSUS);
    }

    /**
     * The records linked to census enquiries, on the day or not, each with its enquiries and so
     * their conference timing.
     *
     * @return them, in position order
     */
    public List<RecordLink> linked() {
        return listed.stream().filter(record -> record.outcome() == RecordLink.Outcome.LINKED
                || record.outcome() == RecordLink.Outcome.DATES_DISAGREE).toList();
    }

    /**
     * The records with one outcome.
     *
     * @param outcome the outcome; drafts and records that initiated none are not listed
     * @return them, in position order
     */
    public List<RecordLink> of(RecordLink.Outcome outcome) {
        return listed.stream().filter(record -> record.outcome() == outcome).toList();
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> counts) {
        Objects.requireNonNull(counts, "counts");
        EnumMap<E, Integer> copy = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            copy.put(key, counts.getOrDefault(key, 0));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static long sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
