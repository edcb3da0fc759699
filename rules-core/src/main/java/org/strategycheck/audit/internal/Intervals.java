package org.strategycheck.audit.internal;

/**
 * 95% score intervals for a rate and for the difference of two rates.
 *
 * <p>Wilson's score interval rather than the textbook "p ± 1.96·SE": audits publish rates from a
 * dozen records, where the textbook interval runs past 0% or 100% and is far too narrow (0 of 1
 * would be "0% ± 0"). Newcombe's hybrid score interval for a difference is built from the two
 * Wilson intervals, so it keeps their behaviour at small counts and at 0% and 100%.
 *
 * <p>References: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22:209–212; R. G. Newcombe (1998), "Interval estimation for the difference
 * between independent proportions: comparison of eleven methods", Statistics in Medicine
 * 17:873–890, method 10.
 */
public final class Intervals {

    /** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Intervals() {
    }

    /**
     * Wilson's 95% score interval for {@code successes} of {@code trials}.
     *
     * @param successes how many met, {@code 0 <= successes <= trials}
     * @param trials    how many applied, at least 1
     * @return {@code {low, high}}, proportions in [0, 1]
     */
    public static double[] wilson(long successes, long trials) {
        requireCounts(successes, trials);
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        // At 0 and at n the bound is exactly 0 or 1; rounding must not leave it a hair inside.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }

    /**
     * Newcombe's hybrid score 95% interval for the difference {@code a − b} of two independent
     * proportions, e.g. this year's rate minus last year's.
     *
     * @param successesA how many met in A
     * @param trialsA    how many applied in A, at least 1
     * @param successesB how many met in B
     * @param trialsB    how many applied in B, at least 1
     * @return {@code {difference, low, high}}, as proportions in [-1, 1]
     */
    public static double[] newcombeDifference(long successesA, long trialsA, long successesB, long trialsB) {
        double[] a = wilson(successesA, trialsA);
        double[] b = wilson(successesB, trialsB);
        double pa = (double) successesA / trialsA;
        double pb = (double) successesB / trialsB;
        double difference = pa - pb;
        double low = difference - Math.sqrt(square(pa - a[0]) + square(b[1] - pb));
        double high = difference + Math.sqrt(square(a[1] - pa) + square(pb - b[0]));
        return new double[] {difference, Math.max(-1, low), Math.min(1, high)};
    }

    private static double square(double x) {
        return x * x;
    }

    private static void requireCounts(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, got "
                    + successes + " of " + trials);
        }
    }
}
