package org.strategycheck.internal.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded text (rule catalogue v1.1): a text counts only when it is substantive: not blank,
 * longer than one character, not only punctuation, and not a placeholder, compared
 * case-insensitively after trimming white space and trailing full stops.
 */
class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "na", "none", "nil", "nothing", "-", "--", "tbc", "tba", "tbd", "not discussed",
            "not known", "unknown", "see notes", "see above", "as above", "see minutes", "see record"})
    void everyPlaceholderOfTheCatalogueIsNotSubstantive(String placeholder) {
        assertFalse(Text.isSubstantive(placeholder), placeholder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "Not Known", "SEE NOTES", "  tbc\t", "None.", "n/a...", " Nil . ", "See minutes.\n",
            "As above. ."})
    void aPlaceholderIsComparedCaseInsensitivelyAfterTrimmingWhiteSpaceAndTrailingFullStops(String text) {
        assertFalse(Text.isSubstantive(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "7", " y ", "é"})
    void oneCharacterIsNotSubstantive(String text) {
        assertFalse(Text.isSubstantive(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "...", "?!", "- -", "***", "()", "“”", "…", "—"})
    void onlyPunctuationIsNotSubstantive(String text) {
        assertFalse(Text.isSubstantive(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void blankIsNotSubstantive(String text) {
        assertFalse(Text.isSubstantive(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bruising reported by the school.", "No concerns", "ok", "NA: the police lead",
            "see notes of 3 May: joint visit agreed", "unknown adult seen at the home", "not discussed with the mother yet",
            ".5 mg", "n/a – the child was seen alone", "Considered."})
    void textThatSaysSomethingIsSubstantive(String text) {
        assertTrue(Text.isSubstantive(text), text);
    }

    @org.junit.jupiter.api.Test
    void nullIsNotSubstantive() {
        assertFalse(Text.isSubstantive(null));
    }
}
