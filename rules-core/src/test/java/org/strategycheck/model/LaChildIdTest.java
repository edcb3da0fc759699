package org.strategycheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.census.ChildKey;
import org.strategycheck.internal.Identifiers;

/** A child's census identifier: matched, never shown. */
class LaChildIdTest {

    private static final String CANARY = "CANARY-LA-77";

    @Test
    void itMatchesTheCensusChildOfTheSameIdentifier() {
        assertEquals(ChildKey.of(CANARY), LaChildId.of(CANARY).key());
        // The census ignores white space around LAchildID; so does the key.
        assertEquals(ChildKey.of(CANARY), LaChildId.of(" " + CANARY + " ").key());
        assertNotEquals(ChildKey.of("CANARY-LA-78"), LaChildId.of(CANARY).key());
    }

    @Test
    void valuesAreEqualWhenTheTextIsTheSameExactly() {
        assertEquals(LaChildId.of(CANARY), LaChildId.of(CANARY));
        assertEquals(LaChildId.of(CANARY).hashCode(), LaChildId.of(CANARY).hashCode());
        assertNotEquals(LaChildId.of(CANARY), LaChildId.of(CANARY + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankIdentifierIsRefused(String blank) {
        assertThrows(IllegalArgumentException.class, () -> LaChildId.of(blank));
    }

    @Test
    void itIsNeverShown() {
        LaChildId id = LaChildId.of(CANARY);
        Child child = new Child("C1", LocalDate.of(2015, 1, 1), null, null, null, null, null, id);

        assertEquals("LaChildId[withheld]", id.toString());
        assertFalse(child.toString().contains(CANARY), child.toString());
        assertFalse(String.valueOf(child.laChildId()).contains(CANARY));
    }

    @Test
    void onlyTheLibrarysOwnCodeReadsTheText() {
        assertEquals(CANARY, Identifiers.text(LaChildId.of(CANARY)));
        assertThrows(IllegalStateException.class, () -> Identifiers.grant(id -> "forged"));
        assertEquals(CANARY, Identifiers.text(LaChildId.of(CANARY)));
    }

    @Test
    void aChildBuiltAsBeforeRevision11HasNoIdentifier() {
        Child child = new Child("C1", null, LocalDate.of(2025, 1, 1), null, null, null, null);

        assertNull(child.laChildId());
        assertEquals(new Child("C1", null, LocalDate.of(2025, 1, 1), null, null, null, null, null), child);
    }
}
