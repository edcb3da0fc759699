package org.strategycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rendering message keys and arguments, in English or in a host's wording. */
class MessagesTest {

    private static ResourceBundle hostBundle() {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/strategycheck/test/overrides.properties")) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties coreBundle() {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/strategycheck/messages.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void englishRendersRecordErrorWithItsArguments() {
        assertEquals("Required: recordId must be recorded.",
                Messages.english().render("record.required", List.of("recordId")));
        assertEquals("Malformed JSON at line 3, column 14.",
                Messages.english().render("json.malformed", List.of("3", "14")));
    }

    @Test
    void englishRendersMessageWithoutArguments() {
        assertEquals("A list entry is null.", Messages.english().render("record.nullEntry", List.of()));
    }

    @Test
    void unknownKeyRendersTheKey() {
        assertEquals("no.such.key", Messages.english().render("no.such.key", List.of()));
        assertFalse(Messages.english().has("no.such.key"));
    }

    @Test
    void unknownKeyRendersTheKeyWithItsArguments() {
        assertEquals("no.such.key [a, b]", Messages.english().render("no.such.key", List.of("a", "b")));
    }

    @Test
    void argumentsAreInsertedVerbatim() {
        // Arguments are already formatted: no number grouping, no quoting rules applied to them.
        assertEquals("Malformed JSON at line 1234567, column {0}.",
                Messages.english().render("json.malformed", List.of("1234567", "{0}")));
    }

    @Test
    void everyCoreMessageIsDefinedAndRendersCompletely() {
        Properties core = coreBundle();
        assertFalse(core.isEmpty());
        for (String key : core.stringPropertyNames()) {
            assertTrue(Messages.english().has(key), key);
            String rendered = Messages.english().render(key, List.of("A", "B", "C"));
            assertFalse(rendered.contains("{") || rendered.contains("}"), key + ": " + rendered);
            assertFalse(rendered.isBlank(), key);
        }
    }

    @Test
    void overridesWinOverEnglish() {
        Messages host = Messages.english().withOverrides(hostBundle());

        assertEquals("Obligatoire : recordId doit être renseigné.", host.render("record.required", List.of("recordId")));
    }

    @Test
    void overridesFallBackToEnglishForMissingKeys() {
        Messages host = Messages.english().withOverrides(hostBundle());

        assertEquals("Expected a date written YYYY-MM-DD.", host.render("record.badDate", List.of()));
        assertTrue(host.has("record.badDate"));
    }

    @Test
    void overridesMayDefineKeysEnglishDoesNot() {
        Messages host = Messages.english().withOverrides(hostBundle());

        assertEquals("Only the host defines this (x).", host.render("host.only", List.of("x")));
        assertFalse(Messages.english().has("host.only"));
    }

    @Test
    void overridingLeavesEnglishUnchanged() {
        Messages.english().withOverrides(hostBundle());

        assertEquals("Required: recordId must be recorded.",
                Messages.english().render("record.required", List.of("recordId")));
    }

    @Test
    void laterOverridesWinOverEarlierOnes() {
        ResourceBundle later = new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"record.required", "Later: {0}"}};
            }
        };

        Messages messages = Messages.english().withOverrides(hostBundle()).withOverrides(later);

        assertEquals("Later: recordId", messages.render("record.required", List.of("recordId")));
        assertEquals("Only the host defines this (x).", messages.render("host.only", List.of("x")));
    }

    @Test
    void overridesAreRequired() {
        assertThrows(NullPointerException.class, () -> Messages.english().withOverrides(null));
    }

    @Test
    void recordErrorAndFindingRenderThroughTheGivenMessages() {
        Messages host = Messages.english().withOverrides(hostBundle());
        RecordError error = RecordError.at("/recordId", "record.required", "recordId");
        Finding finding = new Finding("TEST-RULE", Severity.MAJOR, "host.only", List.of("y"), List.of(), null);

        assertEquals("Required: recordId must be recorded.", error.message());
        assertEquals("Obligatoire : recordId doit être renseigné.", error.message(host));
        assertEquals("host.only [y]", finding.message());
        assertEquals("Only the host defines this (y).", finding.message(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE", "fr-FR", "ar-SA", "th-TH-u-nu-thai"})
    void renderingDoesNotDependOnTheDefaultLocale(String languageTag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(languageTag));
            Messages host = Messages.english().withOverrides(hostBundle());

            assertEquals("Malformed JSON at line 1234, column 5.",
                    Messages.english().render("json.malformed", List.of("1234", "5")));
            assertEquals("Not an allowed value; allowed: DRAFT, FINAL.",
                    Messages.english().render("record.unknownValue", List.of("DRAFT, FINAL")));
            assertEquals("Obligatoire : INITIAL doit être renseigné.", host.render("record.required", List.of("INITIAL")));
            assertEquals("Expected a date written YYYY-MM-DD.", host.render("record.badDate", List.of()));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
