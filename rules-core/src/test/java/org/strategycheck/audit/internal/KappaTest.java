package org.strategycheck.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cohen's kappa against worked and published values. */
class KappaTest {

    private static final double PLACE = 0.00005;

    @Test
    void kappaForTheTwoByTwoTable20_5_10_15Is0Point40() {
        // The worked value: observed 35/50 = 0.70, chance 0.50, kappa = 0.20 / 0.50.
        Kappa kappa = Kappa.unweighted(new long[][] {{20, 5}, {10, 15}});
        assertEquals(0.70, kappa.observed(), 1e-12);
        assertEquals(0.50, kappa.expected(), 1e-12);
        assertEquals(0.40, kappa.value(), 1e-12);
    }

    @Test
    void simpleKappaMatchesSasForTheSkinConditionStudy() {
        // SAS/STAT User's Guide, PROC FREQ, "Getting Started: Agreement Study" (two dermatologists
        // rating 87 patients Terrible, Poor, Marginal, Clear): simple kappa 0.3449, ASE 0.0724,
        // 95% confidence limits 0.2030 to 0.4868.
        Kappa kappa = Kappa.unweighted(SKIN_CONDITION);
        assertEquals(0.3449, kappa.value(), PLACE);
        assertEquals(0.0724, kappa.standardError(), PLACE);
        assertEquals(0.2030, kappa.low(), PLACE);
        assertEquals(0.4868, kappa.high(), PLACE);
    }

    @Test
    void linearlyWeightedKappaMatchesVcdForTheSexualFunTable() {
        // R package vcd, Kappa(SexualFun) with its default "Equal-Spacing" (linear) weights, as
        // printed in Friendly & Meyer, Discrete Data Analysis with R (2016), §4.5: unweighted
        // 0.1293 (ASE 0.06860), weighted 0.2374 (ASE 0.07832). The table (husband's rating by
        // wife's, Never fun … Always fun) is from Hout, Duncan and Sobel (1987) via Agresti.
        long[][] sexualFun = {{7, 7, 2, 3}, {2, 8, 3, 7}, {1, 5, 4, 9}, {2, 8, 9, 14}};
        Kappa unweighted = Kappa.unweighted(sexualFun);
        Kappa weighted = Kappa.linear(sexualFun);
        assertEquals(0.1293, unweighted.value(), PLACE);
        assertEquals(0.06860, unweighted.standardError(), PLACE / 10);
        assertEquals(0.2374, weighted.value(), PLACE);
        assertEquals(0.07832, weighted.standardError(), PLACE / 10);
    }

    @Test
    void linearWeightsCountANearMissAsHalfAgreementOnAThreePointScale() {
        // Every record one grade apart: observed weighted agreement is exactly 0.5.
        Kappa kappa = Kappa.linear(new long[][] {{0, 4, 0}, {0, 0, 4}, {0, 0, 0}});
        assertEquals(0.5, kappa.observed(), 1e-12);
    }

    @Test
    void perfectAgreementIsOneWithAZeroWidthInterval() {
        Kappa kappa = Kappa.linear(new long[][] {{3, 0, 0}, {0, 5, 0}, {0, 0, 2}});
        assertEquals(1.0, kappa.value(), 1e-12);
        assertEquals(0.0, kappa.standardError(), 1e-9);
    }

    @Test
    void kappaIsUndefinedWhenBothRatersPutEveryRecordInOneCategory() {
        Kappa kappa = Kappa.linear(new long[][] {{0, 0, 0}, {0, 6, 0}, {0, 0, 0}});
        assertTrue(Double.isNaN(kappa.value()));
        assertEquals(1.0, kappa.observed(), 1e-12);
    }

    @Test
    void anEmptyOrRaggedTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Kappa.unweighted(new long[][] {{0, 0}, {0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> Kappa.unweighted(new long[][] {{1, 0}, {0}}));
    }

    private static final long[][] SKIN_CONDITION = {{10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}};
}
