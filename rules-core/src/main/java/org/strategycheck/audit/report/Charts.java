package org.strategycheck.audit.report;

import static org.strategycheck.audit.report.Html.escape;
import static org.strategycheck.audit.report.Html.num;

import java.util.List;
import org.strategycheck.Grade;
import org.strategycheck.audit.Tally;

/**
 * The report's charts as inline SVG, drawn from the counts alone. Each grade has a fill that
 * differs in lightness and in pattern (plain, hatched, cross-hatched) and every bar and point
 * carries its number, so a chart reads the same printed in black and white.
 */
final class Charts {

    /** The grades as the report names them, in {@link Grade} order. */
    static final List<String> GRADE_NAMES = List.of("Good", "Requires improvement", "Inadequate");
    private static final List<String> GRADE_FILLS = List.of("url(#sc-good)", "url(#sc-ri)", "url(#sc-inadequate)");

    /** Periods with fewer discussions than this are too few to judge: not plotted. */
    static final int SMALL_SAMPLE = ReportWording.FEWEST_JUDGED;

    private Charts() {
    }

    /**
     * The patterns every chart refers to, defined once at the top of the page. A zero-size SVG
     * rather than {@code display:none}, which would hide the patterns from some browsers.
     */
    static String definitions() {
        return """
                <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
                <defs>
                <pattern id="sc-good" width="8" height="8" patternUnits="userSpaceOnUse">\
                <rect width="8" height="8" fill="#b8e0b0"/></pattern>
                <pattern id="sc-ri" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
                <rect width="8" height="8" fill="#f3c268"/><rect width="3" height="8" fill="#6b4a00"/></pattern>
                <pattern id="sc-inadequate" width="8" height="8" patternUnits="userSpaceOnUse">\
                <rect width="8" height="8" fill="#8e1b24"/><path d="M0 0L8 8M8 0L0 8" stroke="#f2d0d3" stroke-width="1.2"/>\
                </pattern>
                <pattern id="sc-met" width="8" height="8" patternUnits="userSpaceOnUse">\
                <rect width="8" height="8" fill="#3d5a80"/></pattern>
                </defs>
                </svg>
                """;
    }

    /** A slice's counts by grade, in {@link Grade} order. */
    static long[] grades(Tally tally) {
        long[] grades = new long[Grade.values().length];
        for (Grade grade : Grade.values()) {
            grades[grade.ordinal()] = tally.count(grade);
        }
        return grades;
    }

    /**
     * One column per period, split by grade as shares of the period's records, with the
     * number of records above each column.
     */
    static String gradeColumns(List<Periods.Period> periods) {
        int n = periods.size();
        int width = 1000;
        int left = 64;
        int right = 10;
        int top = 40;
        int plotHeight = 200;
        int bottom = 60;
        int height = top + plotHeight + bottom;
        double slot = (width - left - right) / (double) n;
        double column = Math.min(48, slot * 0.7);
        StringBuilder svg = open(width, height, "Share of records by grade in each period");
        legend(svg, left, 14);
        axis(svg, left, width - right, top, plotHeight);
        int step = labelStep(slot);
        List<String> labels = labels(periods);
        for (int i = 0; i < n; i++) {
            long graded = periods.get(i).counts().graded();
            long[] grades = grades(periods.get(i).counts());
            double x = left + i * slot + (slot - column) / 2;
            double y = top + plotHeight;
            for (int g = 0; g < 3; g++) {
                if (graded == 0 || grades[g] == 0) {
                    continue;
                }
                double h = plotHeight * grades[g] / (double) graded;
                y -= h;
                svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(column)).append("\" height=\"").append(num(h)).append("\" fill=\"")
                        .append(GRADE_FILLS.get(g)).append("\" stroke=\"#222\" stroke-width=\"0.6\"><title>")
                        .append(escape(periods.get(i).label())).append(": ").append(GRADE_NAMES.get(g)).append(' ')
                        .append(Html.count(grades[g])).append(" of ").append(Html.count(graded))
                        .append("</title></rect>");
                if (h >= 14 && column >= 26) {
                    // Dark text on a white halo reads on every fill, printed or not.
                    svg.append("<text x=\"").append(num(x + column / 2)).append("\" y=\"").append(num(y + h / 2 + 4))
                            .append("\" text-anchor=\"middle\" class=\"inbar\">")
                            .append(Html.percent(grades[g], graded)).append("</text>");
                }
            }
            if (graded > 0 && (n <= 24 || i % step == 0)) {
                svg.append("<text x=\"").append(num(x + column / 2)).append("\" y=\"").append(top - 4)
                        .append("\" text-anchor=\"middle\" class=\"small\">").append(compact(graded))
                        .append("</text>");
            }
            xLabel(svg, labels, i, step, left + i * slot + slot / 2, top + plotHeight);
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A line of the share met per period, with a point per period that has enough discussions to
     * judge (a period with fewer than {@link #SMALL_SAMPLE} is a gap), a dashed line at the
     * overall share, the number of discussions of each period above the plot, and the
     * percentage at the points a reader looks for: all of them when there are few, else the
     * first, the last, the lowest and the highest.
     */
    static String trend(String title, List<String> labels, long[] met, long[] applicable, long allMet,
            long allApplicable) {
        int n = labels.size();
        int width = 560;
        int left = 64;
        int right = 14;
        int top = 28;
        int plotHeight = 150;
        int bottom = 56;
        int height = top + plotHeight + bottom;
        double slot = (width - left - right) / (double) n;
        StringBuilder svg = open(width, height, title);
        axis(svg, left, width - right, top, plotHeight);
        if (allApplicable > 0) {
            double y = top + plotHeight * (1 - allMet / (double) allApplicable);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y))
                    .append("\" stroke=\"#555\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>");
        }
        int lowest = -1;
        int highest = -1;
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (applicable[i] < SMALL_SAMPLE) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            if (lowest < 0 || met[i] * applicable[lowest] < met[lowest] * applicable[i]) {
                lowest = i;
            }
            if (highest < 0 || met[i] * applicable[highest] > met[highest] * applicable[i]) {
                highest = i;
            }
        }
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            if (applicable[i] < SMALL_SAMPLE) {
                // Too few records to judge in this period: a gap, not a zero.
                drawing = false;
                continue;
            }
            path.append(drawing ? 'L' : 'M').append(num(x(left, slot, i))).append(' ').append(num(y(top, plotHeight,
                    met[i], applicable[i])));
            drawing = true;
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"2\"/>");
        }
        int step = labelStep(slot);
        // A count needs about 6.5 px a character; print every one that fits without touching the next.
        int widest = 1;
        for (long a : applicable) {
            widest = Math.max(widest, compact(a).length());
        }
        int countStep = Math.max(1, (int) Math.ceil((widest * 6.5 + 6) / slot));
        double lastLabelX = Double.NEGATIVE_INFINITY;
        double lastLabelY = 0;
        for (int i = 0; i < n; i++) {
            xLabel(svg, labels, i, step, x(left, slot, i), top + plotHeight);
            if (applicable[i] > 0 && i % countStep == 0) {
                // The number each point rests on, printed: a tooltip does not print.
                svg.append("<text x=\"").append(num(x(left, slot, i))).append("\" y=\"").append(top - 8)
                        .append("\" text-anchor=\"middle\" class=\"small\">").append(compact(applicable[i]))
                        .append("</text>");
            }
            if (applicable[i] < SMALL_SAMPLE) {
                continue;
            }
            double x = x(left, slot, i);
            double y = y(top, plotHeight, met[i], applicable[i]);
            svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"3.5\" fill=\"")
                    .append("#1d3557").append("\" stroke=\"#1d3557\" stroke-width=\"1.5\"><title>")
                    .append(escape(labels.get(i))).append(": ").append(Html.count(met[i])).append(" of ")
                    .append(Html.count(applicable[i])).append(" (").append(Html.percent(met[i], applicable[i]))
                    .append(")</title></circle>");
            boolean labelled = n <= 12 || i == first || i == last || i == lowest || i == highest;
            // Below the point when it sits near the top, so the label stays inside the plot.
            double labelY = y < top + 14 ? y + 15 : y - 7;
            // A label that would overprint the one before it is left to the point's tooltip.
            if (labelled && (x - lastLabelX >= 32 || Math.abs(labelY - lastLabelY) >= 13)) {
                lastLabelX = x;
                lastLabelY = labelY;
                svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(labelY))
                        .append("\" text-anchor=\"middle\" class=\"point\">")
                        .append(Html.percent(met[i], applicable[i])).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A bar of a percentage for a table cell, with its 95% interval as a line across it; none for
     * a rate over too few records to judge.
     */
    static String meter(org.strategycheck.audit.Proportion proportion) {
        if (proportion.of() < SMALL_SAMPLE) {
            return "";
        }
        double share = proportion.share();
        org.strategycheck.audit.Proportion.Interval interval = proportion.wilson95();
        double low = 0.5 + 99 * interval.lower();
        double high = 0.5 + 99 * interval.upper();
        return "<svg class=\"meter\" width=\"100\" height=\"14\" viewBox=\"0 0 100 14\" aria-hidden=\"true\">"
                + "<rect x=\"0.5\" y=\"1.5\" width=\"99\" height=\"11\" fill=\"#fff\" stroke=\"#333\"/>"
                + "<rect x=\"0.5\" y=\"1.5\" width=\"" + num(99 * share) + "\" height=\"11\" fill=\"url(#sc-met)\"/>"
                // The interval as a whisker: black on a white halo, so it reads on the bar and off it,
                // printed in grey or not.
                + whisker(low, high, "#fff", 4) + whisker(low, high, "#111", 1.5) + "</svg>";
    }

    private static String whisker(double low, double high, String colour, double width) {
        String stroke = "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\" stroke-linecap=\"square\"/>";
        return "<line x1=\"" + num(low) + "\" x2=\"" + num(high) + "\" y1=\"7\" y2=\"7" + stroke
                + "<line x1=\"" + num(low) + "\" x2=\"" + num(low) + "\" y1=\"3.5\" y2=\"10.5" + stroke
                + "<line x1=\"" + num(high) + "\" x2=\"" + num(high) + "\" y1=\"3.5\" y2=\"10.5" + stroke;
    }

    /** A strip of the grade shares for a table row. */
    static String gradeStrip(long[] grades) {
        long total = grades[0] + grades[1] + grades[2];
        // Scales to its cell (preserveAspectRatio none), so a narrow printed column never overflows.
        StringBuilder svg = new StringBuilder("<svg class=\"strip\" width=\"120\" height=\"14\" viewBox=\"0 0 120 14\" "
                + "preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(escape(gradeSummary(grades)))
                .append("\">");
        double x = 0;
        for (int g = 0; g < 3 && total > 0; g++) {
            double w = 120.0 * grades[g] / total;
            if (w > 0) {
                svg.append("<rect x=\"").append(num(x)).append("\" y=\"0\" width=\"").append(num(w))
                        .append("\" height=\"14\" fill=\"").append(GRADE_FILLS.get(g)).append("\"/>");
            }
            x += w;
        }
        return svg.append("<rect x=\"0.5\" y=\"0.5\" width=\"119\" height=\"13\" fill=\"none\" stroke=\"#333\"/></svg>")
                .toString();
    }

    /** A key to the grade fills. */
    static String gradeKey() {
        StringBuilder key = new StringBuilder("<span class=\"key\">");
        for (int g = 0; g < 3; g++) {
            key.append("<span><svg width=\"16\" height=\"12\" aria-hidden=\"true\"><rect width=\"16\" height=\"12\" fill=\"")
                    .append(GRADE_FILLS.get(g)).append("\" stroke=\"#222\"/></svg> ").append(GRADE_NAMES.get(g))
                    .append("</span>");
        }
        return key.append("</span>").toString();
    }

    private static String gradeSummary(long[] grades) {
        return GRADE_NAMES.get(0) + " " + grades[0] + ", " + GRADE_NAMES.get(1) + " " + grades[1] + ", "
                + GRADE_NAMES.get(2) + " " + grades[2];
    }

    private static StringBuilder open(int width, int height, String label) {
        return new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\"><title>")
                .append(escape(label)).append("</title>");
    }

    private static void legend(StringBuilder svg, int x, int y) {
        int at = x;
        for (int g = 0; g < 3; g++) {
            svg.append("<rect x=\"").append(at).append("\" y=\"").append(y - 10).append("\" width=\"16\" height=\"12\" fill=\"")
                    .append(GRADE_FILLS.get(g)).append("\" stroke=\"#222\"/>");
            svg.append("<text x=\"").append(at + 22).append("\" y=\"").append(y).append("\" class=\"label\">")
                    .append(GRADE_NAMES.get(g)).append("</text>");
            at += 22 + GRADE_NAMES.get(g).length() * 8 + 24;
        }
        svg.append("<text x=\"").append(at + 10).append("\" y=\"").append(y)
                .append("\" class=\"small\">(number of records above each column)</text>");
    }

    /** Horizontal grid lines at every 25%, labelled on the left. */
    private static void axis(StringBuilder svg, int left, int right, int top, int plotHeight) {
        for (int p = 0; p <= 100; p += 25) {
            double y = top + plotHeight * (1 - p / 100.0);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(p == 0 ? "#333" : "#ccc")
                    .append("\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\" class=\"small\">").append(p).append("%</text>");
        }
    }

    /** Every period's label when they fit, else every step-th and the last. */
    private static void xLabel(StringBuilder svg, List<String> labels, int i, int step, double x, int baseline) {
        int n = labels.size();
        if (i % step != 0 && i != n - 1) {
            return;
        }
        if (i == n - 1 && i % step != 0 && i % step < step / 2 + 1) {
            // The last label would overlap the one before it.
            return;
        }
        svg.append("<text class=\"small\" text-anchor=\"end\" transform=\"translate(").append(num(x + 4)).append(' ')
                .append(baseline + 14).append(") rotate(-35)\">").append(escape(labels.get(i))).append("</text>");
        svg.append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"").append(baseline)
                .append("\" y2=\"").append(baseline + 4).append("\" stroke=\"#333\"/>");
    }

    /** The periods' labels, in order. */
    static List<String> labels(List<Periods.Period> periods) {
        return periods.stream().map(Periods.Period::label).toList();
    }

    private static int labelStep(double slot) {
        // A rotated label needs about 22 px of width along the axis.
        return Math.max(1, (int) Math.ceil(22 / slot));
    }

    private static double x(int left, double slot, int i) {
        return left + i * slot + slot / 2;
    }

    private static double y(int top, int plotHeight, long met, long applicable) {
        return top + plotHeight * (1 - met / (double) applicable);
    }

    private static String compact(long n) {
        if (n >= 10_000_000) {
            return (n / 1_000_000) + "m";
        }
        if (n >= 10_000) {
            return (n / 1000) + "k";
        }
        return Html.count(n);
    }
}
