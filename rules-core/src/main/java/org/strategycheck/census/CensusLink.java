package org.strategycheck.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.census.internal.LinkRecord;

/**
 * Lays a census against the discussion records of an audit, one census child at a time: each
 * census section 47 enquiry is linked to the final record that initiated it, and the records
 * the census does not have are found.
 *
 * <p><b>Which record is an enquiry's.</b> A record's candidates are its children with a
 * {@code laChildId}, when the record is final and its {@code decisions.section47} is
 * {@code INITIATE}; a candidate's date is the London date the record was held. A census
 * enquiry is linked to a candidate with the same key ({@link ChildKey}: the census's
 * {@code LAchildID}, white space around it aside):
 * <ol>
 * <li>held on the enquiry's {@code S47ActualStartDate}: {@link EnquiryLink.Outcome#LINKED}.
 *     The child's enquiries are taken in file order, each taking the first candidate of that
 *     day in record order (position, then child);</li>
 * <li>else held within {@value #NEAREST_WORKING_DAYS} working days of it, before or after:
 *     {@link EnquiryLink.Outcome#DATES_DISAGREE}. The nearest pairs are taken first: by working
 *     days apart, then calendar days apart, then the enquiry's place in the file, then the
 *     record's position and child. Working days apart are counted as the conference's are
 *     (the working days after the earlier date up to the later), so a record held on a
 *     Saturday is 0 working days from the Friday but its date still disagrees;</li>
 * <li>else {@link EnquiryLink.Outcome#NO_RECORD}.</li>
 * </ol>
 * Each enquiry and each candidate is used at most once, so a duplicate record (the same child,
 * the same day) is linked once and its twin counts as missing from the census; a discussion
 * about three children links to three enquiries. The result depends only on the census's
 * order and the records' order, never on hashing or timing.
 *
 * <p><b>The records' outcomes</b> ({@link RecordLink.Outcome}), settled by {@link #finish()}
 * once the whole census is read: a record held in the collection year with a child that has a
 * {@code laChildId} and no enquiry is {@code MISSING_FROM_CENSUS}; one held outside it and
 * linked to nothing is {@code OUT_OF_YEAR}; otherwise it is {@code DATES_DISAGREE} when one of
 * its links is, else {@code LINKED}.
 *
 * <p>Memory: the records' candidates are held (a key, a date and two numbers each); the census
 * is streamed, and only the enquiries of the three lists are kept. Not thread-safe.
 */
public final class CensusLink {

    /** How far, in working days, a record's date may be from the census's start date and still be linked. */
    public static final int NEAREST_WORKING_DAYS = 5;

    private final WorkingDayCalendar calendar;
    private final CollectionYear year;
    private final List<LinkRecord> records;
    private final Map<ChildKey, List<Candidate>> byKey = new HashMap<>();
    /** The candidates of each initiating record, by the record's index in {@code records}. */
    private final Map<Integer, List<Candidate>> byRecord = new HashMap<>();
    private final Map<EnquiryLink.Outcome, Integer> enquiryOutcomes = new EnumMap<>(EnquiryLink.Outcome.class);
    private final List<EnquiryLink> withoutRecord = new ArrayList<>();
    private final List<EnquiryLink> datesDisagree = new ArrayList<>();
    private int enquiries;
    private boolean finished;

    /** A child of an initiating record, waiting for its enquiry. */
    private static final class Candidate {
        final LinkRecord record;
        final int child;
        EnquiryLink link;

        Candidate(LinkRecord record, int child) {
            this.record = record;
            this.child = child;
        }

        LocalDate date() {
            return record.heldOn();
        }
    }

    /**
     * A link of one census with records.
     *
     * @param calendar the working days ({@link WorkingDayCalendar#englandAndWales()})
     * @param header   the census's header, for its collection year
     * @param records  the records
     */
    public CensusLink(WorkingDayCalendar calendar, CensusHeader header, DiscussionRecords records) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.year = Objects.requireNonNull(header, "header").collectionYear().orElse(null);
        this.records = Objects.requireNonNull(records, "records").records();
        for (int i = 0; i < this.records.size(); i++) {
            LinkRecord record = this.records.get(i);
            if (record.kind() != LinkRecord.Kind.INITIATING) {
                continue;
            }
            List<Candidate> own = new ArrayList<>();
            for (int child = 0; child < record.children().size(); child++) {
                ChildKey key = record.children().get(child);
                if (key != null) {
                    Candidate candidate = new Candidate(record, child);
                    own.add(candidate);
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
                }
            }
            byRecord.put(i, own);
        }
    }

    /**
     * Links a census child's enquiries to records.
     *
     * @param child   the next child of the census
     * @param checked its enquiries checked ({@link CensusAudit#add}), in file order
     * @return one link per enquiry, in the same order
     */
    public List<EnquiryLink> add(CensusChild child, List<CheckedEnquiry> checked) {
        if (finished) {
            throw new IllegalStateException("the link is finished");
        }
        List<Candidate> open = new ArrayList<>();
        for (Candidate candidate : byKey.getOrDefault(child.key(), List.of())) {
            if (candidate.link == null) {
                open.add(candidate);
            }
        }
        EnquiryLink[] links = new EnquiryLink[checked.size()];
        for (int i = 0; i < links.length; i++) {
            LocalDate start = checked.get(i).enquiry().start();
            for (Candidate candidate : open) {
                if (candidate.link == null && candidate.date().equals(start)) {
                    links[i] = link(checked.get(i), candidate, EnquiryLink.Outcome.LINKED, 0);
                    break;
                }
            }
        }
        record Pair(int enquiry, Candidate candidate, int apart, long days) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < links.length; i++) {
            if (links[i] != null) {
                continue;
            }
            LocalDate start = checked.get(i).enquiry().start();
            for (Candidate candidate : open) {
                if (candidate.link == null) {
                    int apart = calendar.workingDaysBetween(start, candidate.date());
                    if (Math.abs(apart) <= NEAREST_WORKING_DAYS) {
                        pairs.add(new Pair(i, candidate, apart, Math.abs(ChronoUnit.DAYS.between(start, candidate.date()))));
                    }
                }
            }
        }
        pairs.sort(Comparator.<Pair>comparingInt(p -> Math.abs(p.apart())).thenComparingLong(Pair::days)
                .thenComparingInt(Pair::enquiry).thenComparingLong(p -> p.candidate().record.position())
                .thenComparingInt(p -> p.candidate().child));
        for (Pair pair : pairs) {
            if (links[pair.enquiry()] == null && pair.candidate().link == null) {
                links[pair.enquiry()] = link(checked.get(pair.enquiry()), pair.candidate(),
                        EnquiryLink.Outcome.DATES_DISAGREE, pair.apart());
            }
        }
        List<EnquiryLink> result = new ArrayList<>(links.length);
        for (int i = 0; i < links.length; i++) {
            EnquiryLink link = links[i] == null ? EnquiryLink.none(checked.get(i)) : links[i];
            enquiries++;
            enquiryOutcomes.merge(link.outcome(), 1, Integer::sum);
            if (link.outcome() == EnquiryLink.Outcome.NO_RECORD) {
                withoutRecord.add(link);
            } else if (link.outcome() == EnquiryLink.Outcome.DATES_DISAGREE) {
                datesDisagree.add(link);
            }
            result.add(link);
        }
        return List.copyOf(result);
    }

    private static EnquiryLink link(CheckedEnquiry checked, Candidate candidate, EnquiryLink.Outcome outcome, int apart) {
        EnquiryLink link = new EnquiryLink(checked, outcome, candidate.record.recordId(), candidate.record.position(),
                candidate.child, candidate.date(), apart);
        candidate.link = link;
        return link;
    }

    /**
     * Settles every record's outcome, once the whole census has been read. The link takes no
     * more children after it.
     *
     * @return the reconciliation
     */
    public Reconciliation finish() {
        finished = true;
        Map<RecordLink.Outcome, Integer> counts = new EnumMap<>(RecordLink.Outcome.class);
        List<RecordLink> listed = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            LinkRecord record = records.get(i);
            RecordLink.Outcome outcome;
            switch (record.kind()) {
                case DRAFT -> outcome = RecordLink.Outcome.DRAFT;
                case NOT_INITIATING -> outcome = RecordLink.Outcome.NOT_INITIATING;
                case UNREADABLE -> {
                    outcome = RecordLink.Outcome.UNREADABLE;
                    listed.add(new RecordLink(record.position(), record.recordId(), outcome, null, List.of(), List.of(),
                            record.problem()));
                }
                default -> {
                    RecordLink link = settle(record, byRecord.get(i));
                    outcome = link.outcome();
                    listed.add(link);
                }
            }
            counts.merge(outcome, 1, Integer::sum);
        }
        return new Reconciliation(year, enquiries, enquiryOutcomes, records.size(), counts, withoutRecord, datesDisagree,
                listed);
    }

    private RecordLink settle(LinkRecord record, List<Candidate> candidates) {
        List<EnquiryLink> linked = new ArrayList<>();
        List<Integer> notInCensus = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.link == null) {
                notInCensus.add(candidate.child);
            } else {
                linked.add(candidate.link);
            }
        }
        RecordLink.Outcome outcome;
        if (candidates.isEmpty()) {
            outcome = RecordLink.Outcome.NO_CHILD_ID;
        } else if (!notInCensus.isEmpty() && (year == null || year.contains(record.heldOn()))) {
            outcome = RecordLink.Outcome.MISSING_FROM_CENSUS;
        } else if (linked.isEmpty()) {
            outcome = RecordLink.Outcome.OUT_OF_YEAR;
        } else if (linked.stream().anyMatch(link -> link.outcome() == EnquiryLink.Outcome.DATES_DISAGREE)) {
            outcome = RecordLink.Outcome.DATES_DISAGREE;
        } else {
            outcome = RecordLink.Outcome.LINKED;
        }
        return new RecordLink(record.position(), record.recordId(), outcome, record.heldOn(), linked, notInCensus, null);
    }

    /**
     * Reads a whole census, times and checks it, links it to records when given, and writes
     * its {@code census.csv}.
     *
     * @param census   the census file's bytes; closed when read
     * @param calendar the working days
     * @param records  the records to link to, or {@code null} for the census alone
     * @param csv      where {@code census.csv} goes; not closed
     * @return the figures, and the reconciliation when records were given
     * @throws InvalidCensusException when the file is refused (rows already written stay written)
     * @throws IOException            when the CSV cannot be written
     */
    public static Result run(InputStream census, WorkingDayCalendar calendar, DiscussionRecords records, Writer csv)
            throws IOException {
        try (CensusFile file = CensusReader.open(census)) {
            CensusAudit audit = new CensusAudit(calendar, file.header());
            CensusLink link = records == null ? null : new CensusLink(calendar, file.header(), records);
            CensusCsv rows = CensusCsv.start(csv);
            for (CensusChild child = file.next(); child != null; child = file.next()) {
                List<CheckedEnquiry> checked = audit.add(child);
                if (link == null) {
                    rows.write(checked);
                } else {
                    for (EnquiryLink enquiry : link.add(child, checked)) {
                        rows.write(enquiry);
                    }
                }
            }
            csv.flush();
            return new Result(audit.figures(), link == null ? null : link.finish());
        }
    }

    /**
     * What {@link #run} found.
     *
     * @param figures        the census's figures
     * @param reconciliation the link with the records, or {@code null} when none were given
     */
    public record Result(CensusFigures figures, Reconciliation reconciliation) {

        /** Checks the components. */
        public Result {
            Objects.requireNonNull(figures, "figures");
        }
    }
}
