package org.strategycheck.census;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strategycheck.WorkingDayCalendar;

/**
 * Reads, audits and writes census.csv for a generated census, in a JVM of its own (started by
 * {@link CensusMemoryTest} with a small heap), and prints what memory it held: the heap in use
 * after a full collection once 10,000 children have been read and again after the last, and
 * the heap's peak. One line of {@code key=value} pairs on standard output; exit 0.
 */
public final class CensusMemoryRun {

    private CensusMemoryRun() {
    }

    /**
     * Runs.
     *
     * @param args the number of children, the path of census.csv
     * @throws IOException when census.csv cannot be written
     */
    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path csvFile = Path.of(args[1]);
        int checkpoint = Math.min(10_000, count);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long started = System.nanoTime();
        long heapAtCheckpoint = 0;
        long heapAtEnd = 0;
        GeneratedCensus generated = new GeneratedCensus(count);
        CensusFigures figures;
        long rows;
        try (CensusFile census = CensusReader.open(generated);
                BufferedWriter out = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8)) {
            CensusAudit audit = new CensusAudit(WorkingDayCalendar.englandAndWales(), census.header());
            CensusCsv csv = CensusCsv.start(out);
            for (CensusChild child = census.next(); child != null; child = census.next()) {
                csv.write(audit.add(child));
                if (child.position() == checkpoint) {
                    heapAtCheckpoint = retained(memory);
                }
            }
            heapAtEnd = retained(memory);
            figures = audit.figures();
            rows = csv.rows();
        }
        long peak = peakHeap();
        System.out.println("children=" + figures.children() + " enquiries=" + figures.enquiries()
                + " generatedEnquiries=" + generated.enquiries() + " rows=" + rows + " bytes=" + generated.bytes()
                + " conferences=" + figures.timeliness().conferences() + " within15=" + figures.timeliness().within15().met()
                + " heapAfterCheckpoint=" + heapAtCheckpoint + " heapAfterLast=" + heapAtEnd + " peakHeap=" + peak
                + " maxHeap=" + memory.getHeapMemoryUsage().getMax() + " millis=" + (System.nanoTime() - started) / 1_000_000);
    }

    /** The most heap the run has used, summed over the heap's pools. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The heap still in use after a full collection: what the reading holds on to. */
    private static long retained(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
