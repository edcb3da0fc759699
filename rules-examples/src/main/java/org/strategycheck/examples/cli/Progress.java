package org.strategycheck.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far an audit has got, on stderr: a progress bar on a terminal, a plain line every so
 * often when stderr goes to a file or a CI log (where a bar's carriage returns would be
 * noise), or nothing with {@code --quiet}. The fraction done and the time left are measured
 * in bytes of input, which are known before the run starts, unlike the number of records of
 * a JSON Lines file.
 *
 * <p>Called only by the thread that writes results, once per record, in input order.
 */
interface Progress extends AutoCloseable {

    /** Says nothing. */
    Progress NONE = new Progress() {
        @Override
        public void update(long records, long bytes) {
        }

        @Override
        public void close() {
        }
    };

    /** E.g. {@code 1,000,000}. */
    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /**
     * Reports the records done and the input bytes they took, both counted from the start of
     * the run.
     */
    void update(long records, long bytes);

    /** Ends the display; the run's own closing line follows. */
    @Override
    void close();

    /**
     * The display that suits where stderr goes.
     *
     * @param quiet      {@code --quiet}: no display
     * @param err        stderr, for plain lines
     * @param totalBytes the bytes of all inputs
     * @return the display
     */
    static Progress forConsole(boolean quiet, PrintWriter err, long totalBytes) {
        if (quiet) {
            return NONE;
        }
        if (System.console() == null) {
            return new Lines(err, totalBytes, System::nanoTime, Lines.INTERVAL);
        }
        return new Bar(totalBytes);
    }

    /** A plain line every {@link #INTERVAL}, e.g. {@code audit: 120,000 records, 46% of input, 3,412 records/s, about 2 min left}. */
    final class Lines implements Progress {
        static final Duration INTERVAL = Duration.ofSeconds(10);

        private final PrintWriter err;
        private final long totalBytes;
        private final LongSupplier nanoTime;
        private final long intervalNanos;
        private final long start;
        private long next;

        Lines(PrintWriter err, long totalBytes, LongSupplier nanoTime, Duration interval) {
            this.err = err;
            this.totalBytes = totalBytes;
            this.nanoTime = nanoTime;
            this.intervalNanos = interval.toNanos();
            this.start = nanoTime.getAsLong();
            this.next = start + intervalNanos;
        }

        @Override
        public void update(long records, long bytes) {
            long now = nanoTime.getAsLong();
            if (now - next < 0) {
                return;
            }
            next = now + intervalNanos;
            err.println(line(records, bytes, now - start, totalBytes));
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }

        static String line(long records, long bytes, long elapsedNanos, long totalBytes) {
            double seconds = Math.max(1e-9, elapsedNanos / 1e9);
            StringBuilder line = new StringBuilder("audit: ").append(count(records)).append(" records");
            if (totalBytes > 0) {
                line.append(", ").append(Math.min(100, bytes * 100 / totalBytes)).append("% of input");
            }
            line.append(", ").append(count(Math.round(records / seconds))).append(" records/s");
            eta(bytes, totalBytes, elapsedNanos).ifPresent(left -> line.append(", about ").append(left).append(" left"));
            return line.toString();
        }

        private static Optional<String> eta(long bytes, long totalBytes, long elapsedNanos) {
            if (bytes <= 0 || totalBytes <= bytes) {
                return Optional.empty();
            }
            long leftSeconds = (long) (TimeUnit.NANOSECONDS.toSeconds(elapsedNanos) * (double) (totalBytes - bytes) / bytes);
            if (leftSeconds < 60) {
                return Optional.of(leftSeconds + " s");
            }
            if (leftSeconds < 2 * 3600) {
                return Optional.of((leftSeconds + 30) / 60 + " min");
            }
            return Optional.of(String.format(Locale.ROOT, "%.1f h", leftSeconds / 3600.0));
        }
    }

    /** me.tongfei:progressbar on the real stderr: fraction, elapsed, time left, and records and rate beside it. */
    final class Bar implements Progress {
        private final ProgressBar bar;
        private final long start = System.nanoTime();
        private long lastMessage;
        private long records;

        Bar(long totalBytes) {
            boolean unicode = System.console() != null
                    && StandardCharsets.UTF_8.equals(System.console().charset());
            bar = new ProgressBarBuilder()
                    .setTaskName("audit")
                    .setInitialMax(Math.max(1, totalBytes))
                    .setUnit(" MiB", 1024 * 1024)
                    .setStyle(unicode ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new Margin())
                    .build();
        }

        /**
         * One more column of margin than the library keeps: a bar exactly as wide as the
         * terminal wraps in some terminals (seen in tmux), and every refresh then starts a new line.
         */
        private static final class Margin extends ConsoleProgressBarConsumer {
            Margin() {
                super(System.err);
            }

            @Override
            public int getMaxRenderedLength() {
                return Math.max(20, super.getMaxRenderedLength() - 1);
            }
        }

        @Override
        public void update(long records, long bytes) {
            this.records = records;
            bar.stepTo(bytes);
            long now = System.nanoTime();
            // Formatting the message for every record would cost more than the display is worth.
            if (now - lastMessage > 200_000_000L) {
                lastMessage = now;
                message(now);
            }
        }

        private void message(long now) {
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            bar.setExtraMessage(count(records) + " records, " + count(Math.round(records / seconds)) + "/s");
        }

        @Override
        public void close() {
            message(System.nanoTime());
            bar.stepTo(bar.getMax());
            bar.close();
        }
    }
}
