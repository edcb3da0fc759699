package org.strategycheck.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.strategycheck.CheckMode;
import org.strategycheck.Grade;
import org.strategycheck.audit.internal.Allocation;
import org.strategycheck.audit.internal.ResultsFile;

/**
 * A dip sample drawn from an audit: a few final records for auditors to judge in depth, blind to
 * the tool's grade, so that {@link Agreement} can say how far the grade agrees with them.
 *
 * <p>The records drawn are the final records of the audit whose discussion was held within the
 * design's dates (the London date of {@code heldAt}); drafts and records that could not be read
 * are never drawn. With strata (team, partnership or the tool's grade) the sample is allocated
 * across them in proportion to their size, by largest remainder, and every stratum gets at least
 * one record when the sample is at least as large as the number of strata; within a stratum
 * every record has the same chance. Nothing but the stratum's size is taken from the grade: a
 * sample stratified by grade still holds no grade.
 *
 * <p>The same audit, design and seed draw the same records on every machine and Java version:
 * the draw uses {@link java.util.Random}, whose algorithm the Java SE specification fixes, and
 * reads the records in position order (Knuth's selection sampling, Algorithm S, per stratum).
 * Reading is streaming, twice over the records; memory holds the sample and the strata's counts.
 */
public final class DipSample {

    private final Design design;
    private final long read;
    private final List<Stratum> strata;
    private final List<Drawn> records;

    private DipSample(Design design, long read, List<Stratum> strata, List<Drawn> records) {
        this.design = design;
        this.read = read;
        this.strata = List.copyOf(strata);
        this.records = List.copyOf(records);
    }

    /**
     * Draws a sample from the results of an audit folder ({@code audit --out}).
     *
     * @param auditDir the audit's folder
     * @param design   how to draw
     * @return the sample
     * @throws IOException    when the folder cannot be read
     * @throws AuditException when the folder holds no results, an audit is still writing it, or
     *                        a line of its results is not a results line
     */
    public static DipSample draw(Path auditDir, Design design) throws IOException {
        return draw(ResultsFile.of(auditDir), design);
    }

    /**
     * Draws a sample from audited records a host holds. They are read twice, in the same order
     * both times.
     *
     * @param results the audit's records, in position order
     * @param design  how to draw
     * @return the sample
     * @throws IllegalStateException when the second reading differs from the first
     */
    public static DipSample draw(Iterable<? extends AuditedRecord> results, Design design) {
        Objects.requireNonNull(design, "design");
        TreeMap<String, long[]> sizes = new TreeMap<>(design.strata().order());
        long[] read = new long[1];
        results.forEach(record -> {
            read[0]++;
            String stratum = stratumOf(record, design);
            if (stratum != null) {
                sizes.computeIfAbsent(stratum, s -> new long[1])[0]++;
            }
        });
        List<String> names = new ArrayList<>(sizes.keySet());
        long[] eligible = sizes.values().stream().mapToLong(size -> size[0]).toArray();
        long[] allocation = Allocation.proportional(eligible, design.size());
        long[] need = allocation.clone();
        long[] left = eligible.clone();
        TreeMap<String, Integer> index = new TreeMap<>(design.strata().order());
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        Random random = new Random(design.seed());
        List<Drawn> drawn = new ArrayList<>();
        results.forEach(record -> {
            String stratum = stratumOf(record, design);
            if (stratum == null) {
                return;
            }
            Integer i = index.get(stratum);
            if (i == null || left[i] == 0) {
                throw new IllegalStateException("the records changed while the sample was drawn");
            }
            // Algorithm S: of the `left` records still to come, `need` are to be drawn.
            if (need[i] > 0 && below(random, left[i]) < need[i]) {
                AuditedRecord.Graded graded = (AuditedRecord.Graded) record;
                RecordContext context = graded.context();
                drawn.add(new Drawn(graded.position(), graded.recordId(), context.partnership(), context.team(),
                        context.heldOn()));
                need[i]--;
            }
            left[i]--;
        });
        List<Stratum> strata = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (left[i] != 0 || need[i] != 0) {
                throw new IllegalStateException("the records changed while the sample was drawn");
            }
            strata.add(new Stratum(names.get(i), eligible[i], allocation[i]));
        }
        drawn.sort(Comparator.comparingLong(Drawn::position));
        return new DipSample(design, read[0], strata, drawn);
    }

    /** A uniform whole number in [0, bound), by the methods whose algorithms Random's specification gives. */
    private static long below(Random random, long bound) {
        if (bound <= Integer.MAX_VALUE) {
            return random.nextInt((int) bound);
        }
        return (long) (random.nextDouble() * bound);
    }

    /** The stratum a record is drawn from, or {@code null} when it cannot be drawn. */
    private static String stratumOf(AuditedRecord record, Design design) {
        if (!(record instanceof AuditedRecord.Graded graded) || graded.result().mode() != CheckMode.FINAL) {
            return null;
        }
        LocalDate held = graded.context().heldOn();
        if (held == null || design.from() != null && held.isBefore(design.from())
                || design.to() != null && held.isAfter(design.to())) {
            return null;
        }
        return switch (design.strata()) {
            case NONE -> ALL;
            case TEAM -> named(graded.context().team());
            case PARTNERSHIP -> named(graded.context().partnership());
            case GRADE -> graded.result().grade().name();
        };
    }

    private static final String ALL = "all";

    private static String named(String name) {
        return name == null || name.isBlank() ? AuditFigures.NOT_RECORDED : name;
    }

    /**
     * How the sample was drawn.
     *
     * @return the design
     */
    public Design design() {
        return design;
    }

    /**
     * Records the audit holds, drawn or not: graded, drafts and those that could not be read.
     *
     * @return the count
     */
    public long read() {
        return read;
    }

    /**
     * Records the sample could draw: final, held within the dates.
     *
     * @return the count
     */
    public long eligible() {
        return strata.stream().mapToLong(Stratum::eligible).sum();
    }

    /**
     * The strata with records to draw from, in order (by name; grades best first), each with its
     * size and its share of the sample.
     *
     * @return the strata; one named {@code all} when not stratified
     */
    public List<Stratum> strata() {
        return strata;
    }

    /**
     * The records drawn, in position order. None carries its grade or findings.
     *
     * @return the records
     */
    public List<Drawn> records() {
        return records;
    }

    /** What the sample is stratified by. */
    public enum Strata {
        /** One stratum: every eligible record. */
        NONE,
        /** The record's team ({@link AuditFigures#NOT_RECORDED} when it does not say). */
        TEAM,
        /** The record's partnership. */
        PARTNERSHIP,
        /** The tool's grade of the record: the sample holds each grade in proportion. */
        GRADE;

        Comparator<String> order() {
            return this == GRADE ? Comparator.comparing(Grade::valueOf) : Comparator.naturalOrder();
        }
    }

    /**
     * How to draw a sample.
     *
     * @param size    how many records to draw, at least 1; every eligible record when there are fewer
     * @param seed    the seed of the draw: the same seed draws the same records
     * @param strata  what to allocate the sample across
     * @param from    the first date of discussion to draw from, or {@code null}
     * @param to      the last date of discussion to draw from, or {@code null}
     */
    public record Design(int size, long seed, Strata strata, LocalDate from, LocalDate to) {

        /** Checks the components. */
        public Design {
            if (size < 1) {
                throw new IllegalArgumentException("a sample draws at least one record, not " + size);
            }
            Objects.requireNonNull(strata, "strata");
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("the dates run from " + from + ", after " + to);
            }
        }

        /**
         * A simple random sample of all final records.
         *
         * @param size how many records
         * @param seed the seed
         * @return the design
         */
        public static Design of(int size, long seed) {
            return new Design(size, seed, Strata.NONE, null, null);
        }

        /**
         * The same design, allocated across strata.
         *
         * @param strata what to allocate across
         * @return the design
         */
        public Design stratifiedBy(Strata strata) {
            return new Design(size, seed, strata, from, to);
        }

        /**
         * The same design, drawing only discussions held between two dates (London), inclusive.
         *
         * @param from the first date, or {@code null}
         * @param to   the last date, or {@code null}
         * @return the design
         */
        public Design heldBetween(LocalDate from, LocalDate to) {
            return new Design(size, seed, strata, from, to);
        }
    }

    /**
     * A stratum of the sample.
     *
     * @param name     the team's or partnership's name, the grade, or {@code all}
     * @param eligible its records the sample could draw
     * @param drawn    how many it drew
     */
    public record Stratum(String name, long eligible, long drawn) {
    }

    /**
     * A record drawn: what the auditors' sheet shows of it, and nothing of the tool's judgement.
     *
     * @param position    its position in the audit's results
     * @param recordId    its id
     * @param partnership its partnership, or {@code null}
     * @param team        its team, or {@code null}
     * @param heldOn      the date of the discussion (London)
     */
    public record Drawn(long position, String recordId, String partnership, String team, LocalDate heldOn) {

        /** Checks the components. */
        public Drawn {
            Objects.requireNonNull(recordId, "recordId");
        }
    }
}
