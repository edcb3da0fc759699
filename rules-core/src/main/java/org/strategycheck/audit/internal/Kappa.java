package org.strategycheck.audit.internal;

import java.util.Arrays;

/**
 * Cohen's kappa for two raters on the same records, unweighted or with linear weights for an
 * ordered scale, with its large-sample standard error and a 95% interval.
 *
 * <p>Linear weights because the grades are ordered (Good, Requires improvement, Inadequate): an
 * auditor's "Requires improvement" against the record's "Inadequate" is a smaller disagreement
 * than "Good" against "Inadequate", and linear (Cicchetti–Allison) weights are what SAS, SPSS
 * and R's {@code vcd} use by default. The standard error is the non-null one of Fleiss, Cohen and
 * Everitt (1969), "Large sample standard errors of kappa and weighted kappa", Psychological
 * Bulletin 72:323–327, the one those packages print beside kappa.
 *
 * @param value          kappa; {@link Double#NaN} when chance agreement is already total (every
 *                       record in one category by both raters), where kappa is undefined
 * @param standardError  its large-sample standard error ({@code NaN} with the value)
 * @param low            the lower bound of the 95% interval, not below −1
 * @param high           the upper bound of the 95% interval, not above 1
 * @param observed       the (weighted) proportion of agreement observed
 * @param expected       the (weighted) proportion of agreement expected by chance
 */
public record Kappa(double value, double standardError, double low, double high, double observed, double expected) {

    /**
     * Unweighted kappa: any two different categories disagree fully.
     *
     * @param table counts, {@code table[i][j]} = records rated i by the first rater and j by the
     *              second; square, with at least one record
     * @return kappa and its interval
     */
    public static Kappa unweighted(long[][] table) {
        int k = requireSquare(table);
        double[][] weights = new double[k][k];
        for (int i = 0; i < k; i++) {
            weights[i][i] = 1;
        }
        return of(table, weights);
    }

    /**
     * Kappa with linear weights {@code 1 − |i − j| / (k − 1)} for an ordered scale of k categories.
     *
     * @param table counts as for {@link #unweighted(long[][])}, categories in scale order
     * @return kappa and its interval
     */
    public static Kappa linear(long[][] table) {
        int k = requireSquare(table);
        if (k == 1) {
            return unweighted(table);
        }
        double[][] weights = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                weights[i][j] = 1 - Math.abs(i - j) / (double) (k - 1);
            }
        }
        return of(table, weights);
    }

    private static Kappa of(long[][] table, double[][] weights) {
        int k = table.length;
        double n = Arrays.stream(table).flatMapToLong(Arrays::stream).sum();
        double[] rows = new double[k];
        double[] columns = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += table[i][j] / n;
                columns[j] += table[i][j] / n;
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                observed += weights[i][j] * table[i][j] / n;
                expected += weights[i][j] * rows[i] * columns[j];
            }
        }
        if (expected >= 1 - 1e-12) {
            return new Kappa(Double.NaN, Double.NaN, Double.NaN, Double.NaN, observed, expected);
        }
        double kappa = (observed - expected) / (1 - expected);
        double[] rowWeight = new double[k];
        double[] columnWeight = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rowWeight[i] += columns[j] * weights[i][j];
                columnWeight[j] += rows[i] * weights[i][j];
            }
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double term = weights[i][j] - (rowWeight[i] + columnWeight[j]) * (1 - kappa);
                sum += table[i][j] / n * term * term;
            }
        }
        double residual = kappa - expected * (1 - kappa);
        // Rounding can push a variance that is truly 0 (perfect agreement) a hair below it.
        double variance = Math.max(0, (sum - residual * residual) / (n * (1 - expected) * (1 - expected)));
        double se = Math.sqrt(variance);
        return new Kappa(kappa, se, Math.max(-1, kappa - Intervals.Z95 * se), Math.min(1, kappa + Intervals.Z95 * se),
                observed, expected);
    }

    private static int requireSquare(long[][] table) {
        int k = table.length;
        long total = 0;
        for (long[] row : table) {
            if (row.length != k) {
                throw new IllegalArgumentException("the table must be square");
            }
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts cannot be negative");
                }
                total += count;
            }
        }
        if (k == 0 || total == 0) {
            throw new IllegalArgumentException("the table holds no records");
        }
        return k;
    }
}
