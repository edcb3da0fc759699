package org.strategycheck.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The oldest library versions StrategyCheck accepts, and how a version is compared. */
class RequirementsTest {

    @ParameterizedTest(name = "{0} older than {1}: {2}")
    @CsvSource({
            "2.15.4, 2.16.0, true",
            "2.16.0, 2.16.0, false",
            "2.16.1, 2.16.0, false",
            "2.20.1, 2.16.0, false",
            "3.0.0, 2.16.0, false",
            // By number, not by text: 2.9 is older than 2.16.
            "2.9.10, 2.16.0, true",
            "2.16.0-rc1, 2.16.0, false",
            "2.16, 2.16.0, false",
            "1.7.30, 1.7.36, true",
            "2.0.17, 1.7.36, false"
    })
    void comparesVersionsByNumber(String version, String minimum, boolean older) {
        assertEquals(older, Requirements.older(version, minimum));
    }

    @Test
    void aVersionBelowTheMinimumFailsNamingBothVersions() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Requirements.atLeast("slf4j-api", "1.7.30", "1.7.36"));
        assertEquals("StrategyCheck needs slf4j-api 1.7.36 or newer, but 1.7.30 was found.", refused.getMessage());
    }

    @Test
    void aVersionThatCannotBeToldIsNotChecked() {
        assertDoesNotThrow(() -> Requirements.atLeast("slf4j-api", null, "1.7.36"));
    }

    @Test
    void theJacksonThisBuildUsesIsAccepted() {
        assertDoesNotThrow(Requirements::check);
    }

    @Test
    void theJacksonOnTheClassPathIsTheOneThisRunWasGiven() {
        // Set by the build's jackson-minimum run, which swaps Jackson's jars: proof that it did.
        String expected = System.getProperty("strategycheck.expected.jackson");
        Assumptions.assumeTrue(expected != null, "not the jackson-minimum run");
        assertEquals(expected, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
        assertEquals(expected, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    }
}
