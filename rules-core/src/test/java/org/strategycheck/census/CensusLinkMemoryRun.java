package org.strategycheck.census;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Links a generated census with as many generated records, in a JVM of its own (started by
 * {@link CensusMemoryTest} with a small heap): each record a final discussion that initiated
 * an enquiry, in the census's year, about a child the census may hold. Prints one line of
 * {@code key=value} pairs: what was linked, and the heap's peak.
 */
public final class CensusLinkMemoryRun {

    private CensusLinkMemoryRun() {
    }

    /**
     * Runs.
     *
     * @param args the number of children, the number of records
     * @throws IOException never: the census is generated and census.csv goes nowhere
     */
    public static void main(String[] args) throws IOException {
        int children = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        Random random = new Random(7);
        List<StrategyDiscussion> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // GeneratedCensus names child n G(1,000,000 + n) and starts its enquiries in 2022-23.
            LocalDate held = LocalDate.of(2022, 4, 1).plusDays(random.nextInt(365));
            records.add(LinkRecords.initiating("SD-" + i, held.toString(), "G" + (1_000_001 + random.nextInt(children))));
        }
        DiscussionRecords held = DiscussionRecords.of(records);
        records = null;
        GeneratedCensus census = new GeneratedCensus(children);
        Reconciliation link = CensusLink.run(census, WorkingDayCalendar.englandAndWales(), held, Writer.nullWriter())
                .reconciliation();
        long peak = CensusMemoryRun.peakHeap();
        System.out.println("enquiries=" + link.enquiries() + " generatedEnquiries=" + census.enquiries()
                + " records=" + link.records()
                + " linked=" + link.enquiryOutcomes().get(EnquiryLink.Outcome.LINKED)
                + " datesDisagree=" + link.enquiryOutcomes().get(EnquiryLink.Outcome.DATES_DISAGREE)
                + " withoutRecord=" + link.enquiryOutcomes().get(EnquiryLink.Outcome.NO_RECORD)
                + " missingFromCensus=" + link.recordOutcomes().get(RecordLink.Outcome.MISSING_FROM_CENSUS)
                + " peakHeap=" + peak
                + " maxHeap=" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
    }
}
