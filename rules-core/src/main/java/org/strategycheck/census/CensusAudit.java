package org.strategycheck.census;

import org.strategycheck.audit.Proportion;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.census.internal.DurationTally;

/**
 * Times a census's initial child protection conferences as the DfE counts them, checks the
 * census's own dates, and keeps the figures, one child at a time: nothing is held per child,
 * so memory stays flat however large the census.
 *
 * <p><b>Timing</b> (DfE, "Characteristics of children in need", table C4 and its notes): the
 * duration is the working days from {@code S47ActualStartDate} to {@code DateOfInitialCPC},
 * the start being day 0 and each later working day adding one; weekends and the calendar's
 * bank holidays are not working days. Conferences are counted in the census's collection year
 * by the date they were held; one dated before its enquiry started is counted but given no
 * duration. Timed conferences fall in the DfE's bands 0-10, 11-15, 16-20 and 21+, and those
 * at 15 or fewer are within the timescale.
 *
 * <p><b>The census's own dates</b>: {@code InitialCPCtarget} must be the 15th working day after
 * the start ({@link DateIssue#TARGET_IGNORES_BANK_HOLIDAY} when it is the 15th counting
 * weekends only, {@link DateIssue#TARGET_NOT_15_WORKING_DAYS} otherwise, each with the date it
 * should be); a target or conference on a weekend; a conference before the start; a conference
 * dated where {@code ICPCnotRequired} says none was required.
 *
 * <p>Sources: the DfE's statistics "Children in need", data set "C4 Section 47s and Initial
 * Child Protection Conferences by local authority" (explore-education-statistics.service.gov.uk,
 * indicators "Duration between start of Section 47 enquiry and ICPC (0-10 working days)" to
 * "(21+ ...)", and the 25th percentile, median and 75th percentile); the table's note, as LG
 * Inform (metric 3217) quotes it: durations "are based upon the actual section 47 start date
 * and the date of the initial child protection conference", the measure "excludes cases where
 * the recorded initial child protection conference date is before section 47 date, however
 * these will be included in overall number of ICPCs", and each of a child's enquiries in the
 * year is counted separately. The DfE's bands start at 0, so a conference on the day of the
 * strategy discussion is 0 working days after it: the start is day 0.
 *
 * <p>Not thread-safe: one audit per census file.
 *
 * <pre>{@code
 * try (CensusFile census = CensusReader.open(in)) {
 *     CensusAudit audit = new CensusAudit(WorkingDayCalendar.englandAndWales(), census.header());
 *     CensusCsv csv = CensusCsv.start(out);
 *     for (CensusChild child = census.next(); child != null; child = census.next()) {
 *         csv.write(audit.add(child));
 *     }
 *     CensusFigures figures = audit.figures();
 * }
 * }</pre>
 */
public final class CensusAudit {

    /** The timescale: an initial conference within 15 working days of the strategy discussion. */
    public static final int TARGET_WORKING_DAYS = 15;

    private final WorkingDayCalendar calendar;
    private final CensusHeader header;
    private final CollectionYear year;
    private int children;
    private int enquiries;
    private int targetsRecorded;
    private final Map<ConferenceStatus, Integer> statuses = new EnumMap<>(ConferenceStatus.class);
    private final Map<DateIssue, Integer> issues = new EnumMap<>(DateIssue.class);
    private final Map<DurationBand, Integer> bands = new EnumMap<>(DurationBand.class);
    private final DurationTally durations = new DurationTally();
    /** Per month: conferences, dated before the start, timed, timed within 15. */
    private final TreeMap<YearMonth, int[]> months = new TreeMap<>();

    /**
     * An audit of one census.
     *
     * @param calendar the working days; {@link WorkingDayCalendar#englandAndWales()} as the DfE
     *                 counts them (it must cover the census's years)
     * @param header   the census's header, for its collection year
     */
    public CensusAudit(WorkingDayCalendar calendar, CensusHeader header) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.header = Objects.requireNonNull(header, "header");
        this.year = header.collectionYear().orElse(null);
        if (year != null) {
            for (YearMonth month : year.months()) {
                months.put(month, new int[4]);
            }
        }
    }

    /**
     * Reads a whole census, writes its {@code census.csv} and returns its figures.
     *
     * @param census   the census file's bytes; closed when read
     * @param calendar the working days
     * @param csv      where {@code census.csv} goes; not closed
     * @return the figures
     * @throws InvalidCensusException when the file is refused (rows already written stay written)
     * @throws IOException            when the CSV cannot be written
     */
    public static CensusFigures run(InputStream census, WorkingDayCalendar calendar, Writer csv) throws IOException {
        try (CensusFile file = CensusReader.open(census)) {
            CensusAudit audit = new CensusAudit(calendar, file.header());
            CensusCsv rows = CensusCsv.start(csv);
            for (CensusChild child = file.next(); child != null; child = file.next()) {
                rows.write(audit.add(child));
            }
            csv.flush();
            return audit.figures();
        }
    }

    /**
     * Checks a child's enquiries and counts them in the figures.
     *
     * @param child the next child of the census
     * @return its enquiries checked, in file order
     */
    public List<CheckedEnquiry> add(CensusChild child) {
        children++;
        List<CheckedEnquiry> checked = new ArrayList<>(child.enquiries().size());
        for (CensusEnquiry enquiry : child.enquiries()) {
            CheckedEnquiry row = check(enquiry);
            count(row);
            checked.add(row);
        }
        return checked;
    }

    /**
     * Checks one enquiry without counting it.
     *
     * @param enquiry an enquiry of this census
     * @return it timed and checked
     */
    public CheckedEnquiry check(CensusEnquiry enquiry) {
        LocalDate start = enquiry.start();
        LocalDate expectedTarget = calendar.plusWorkingDays(start, TARGET_WORKING_DAYS);
        EnumSet<DateIssue> found = EnumSet.noneOf(DateIssue.class);
        LocalDate target = enquiry.target();
        if (target != null) {
            if (!target.equals(expectedTarget)) {
                boolean weekendsOnly = target.equals(WorkingDayCalendar.weekendsOnly().plusWorkingDays(start, TARGET_WORKING_DAYS));
                found.add(weekendsOnly ? DateIssue.TARGET_IGNORES_BANK_HOLIDAY : DateIssue.TARGET_NOT_15_WORKING_DAYS);
            }
            if (weekend(target)) {
                found.add(DateIssue.TARGET_ON_WEEKEND);
            }
        }
        LocalDate conference = enquiry.conference();
        Integer workingDays = null;
        ConferenceStatus status;
        if (conference == null) {
            status = enquiry.conferenceNotRequired() ? ConferenceStatus.NOT_REQUIRED : ConferenceStatus.NO_CONFERENCE;
        } else {
            boolean beforeStart = conference.isBefore(start);
            if (beforeStart) {
                found.add(DateIssue.CONFERENCE_BEFORE_START);
            } else {
                workingDays = calendar.workingDaysBetween(start, conference);
            }
            if (weekend(conference)) {
                found.add(DateIssue.CONFERENCE_ON_WEEKEND);
            }
            if (enquiry.conferenceNotRequired()) {
                found.add(DateIssue.CONFERENCE_DATED_BUT_NOT_REQUIRED);
            }
            if (year != null && !year.contains(conference)) {
                status = ConferenceStatus.OUTSIDE_YEAR;
            } else {
                status = beforeStart ? ConferenceStatus.BEFORE_START : ConferenceStatus.TIMED;
            }
        }
        return new CheckedEnquiry(enquiry, status, workingDays, workingDays == null ? null : DurationBand.of(workingDays),
                expectedTarget, List.copyOf(found));
    }

    private void count(CheckedEnquiry row) {
        enquiries++;
        if (row.enquiry().target() != null) {
            targetsRecorded++;
        }
        statuses.merge(row.status(), 1, Integer::sum);
        row.issues().forEach(issue -> issues.merge(issue, 1, Integer::sum));
        if (row.status() != ConferenceStatus.TIMED && row.status() != ConferenceStatus.BEFORE_START) {
            return;
        }
        int[] month = months.computeIfAbsent(YearMonth.from(row.enquiry().conference()), key -> new int[4]);
        month[0]++;
        if (row.status() == ConferenceStatus.BEFORE_START) {
            month[1]++;
            return;
        }
        month[2]++;
        bands.merge(row.band(), 1, Integer::sum);
        durations.add(row.workingDays());
        if (row.within15()) {
            month[3]++;
        }
    }

    /**
     * The figures so far.
     *
     * @return a snapshot; later children do not change it
     */
    public CensusFigures figures() {
        int timed = statuses.getOrDefault(ConferenceStatus.TIMED, 0);
        int beforeStart = statuses.getOrDefault(ConferenceStatus.BEFORE_START, 0);
        int within15 = bands.getOrDefault(DurationBand.DAYS_0_TO_10, 0) + bands.getOrDefault(DurationBand.DAYS_11_TO_15, 0);
        Quartiles quartiles = timed == 0 ? null
                : new Quartiles(durations.percentile(25), durations.percentile(50), durations.percentile(75));
        List<MonthTimeliness> byMonth = new ArrayList<>();
        months.forEach((month, counts) -> byMonth.add(
                new MonthTimeliness(month, counts[0], counts[1], new Proportion(counts[3], counts[2]))));
        Timeliness timeliness = new Timeliness(year, timed + beforeStart, beforeStart, bands, new Proportion(within15, timed),
                quartiles, byMonth);
        return new CensusFigures(header, children, enquiries, statuses, timeliness, targetsRecorded, issues);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
