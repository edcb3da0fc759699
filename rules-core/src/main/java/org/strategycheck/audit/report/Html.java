package org.strategycheck.audit.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Text made safe for HTML and SVG, the number formats of the report, and writing a file whole. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for an element or a quoted attribute. Control characters, which HTML does
     * not allow and a hostile id could carry, and a lone surrogate, which UTF-8 cannot encode,
     * become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                        continue;
                    }
                    boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)
                            || c == '\u2028' || c == '\u2029' || c == '\ufeff'
                            || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c);
                    out.append(control ? '\ufffd' : c);
                }
            }
        }
        return out.toString();
    }

    /** The singular or the plural, by count. */
    static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    /** E.g. {@code 1,000,000}. */
    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /**
     * A whole percentage that never says 100% unless every one was met, nor 0% unless none
     * was: "100%" on a report must be true.
     */
    static int wholePercent(long met, long of) {
        if (of == 0) {
            return 0;
        }
        long rounded = (met * 200 + of) / (of * 2);
        if (rounded == 100 && met < of) {
            return 99;
        }
        if (rounded == 0 && met > 0) {
            return 1;
        }
        return (int) rounded;
    }

    /** E.g. {@code 88%}, or an en dash when nothing applied. */
    static String percent(long met, long of) {
        return of == 0 ? "\u2013" : wholePercent(met, of) + "%";
    }

    /** A bound of an interval as a whole percentage, rounded half up. */
    static long boundPercent(double share) {
        return Math.round(share * 100);
    }

    /** E.g. {@code 88%, 64–97%}: the share and its 95% Wilson interval. */
    static String shareAndInterval(org.strategycheck.audit.Proportion proportion) {
        return percent(proportion.met(), proportion.of()) + ", " + interval(proportion);
    }

    /**
     * E.g. {@code 64–97%}: the 95% Wilson interval in whole percentages, or to one decimal place
     * when whole ones would make it a single point ({@code 0.0–0.1%} for 0 of 4,823): an
     * interval is never printed as having no width.
     */
    static String interval(org.strategycheck.audit.Proportion proportion) {
        org.strategycheck.audit.Proportion.Interval interval = proportion.wilson95();
        long low = boundPercent(interval.lower());
        long high = boundPercent(interval.upper());
        if (low != high) {
            return low + "\u2013" + high + "%";
        }
        return String.format(Locale.ROOT, "%.1f\u2013%.1f%%", interval.lower() * 100, interval.upper() * 100);
    }

    /** A coordinate for SVG: at most one decimal place, a dot whatever the locale. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** What writes a file's content. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    /**
     * Writes a file whole or not at all, so a reader never opens half a report, in UTF-8 with
     * anything unencodable replaced rather than stopping the file.
     */
    static void writeAtomically(Path file, Content content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (Writer out = new java.io.BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
                content.write(out);
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
