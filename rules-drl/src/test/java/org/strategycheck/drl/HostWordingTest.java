package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.json.ResultJson;

/**
 * A host's own wording, end to end: a bundle it ships replaces the library's English for
 * findings, enumeration labels and record errors, with no change to the rules.
 */
class HostWordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages VENDOR = Messages.english().withOverrides(vendorBundle());

    private static ResourceBundle vendorBundle() {
        try (InputStream in = HostWordingTest.class.getResourceAsStream("/host/vendor-wording.properties")) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No health invited, action 1 with no named owner, minutes not sent to the police. */
    private static AuditResult checked() {
        return TestRecord.schoolAge()
                .remove("/participants/3")
                .set("/actions/0/owner/name", "null")
                .set("/minutes", "{\"completedOn\":\"2024-05-15\",\"circulatedOn\":\"2024-05-16\","
                        + "\"circulatedTo\":[\"CHILDRENS_SOCIAL_CARE\",\"EDUCATION\"]}")
                .check();
    }

    private static List<String> messagesOf(String json, String ruleId) {
        List<String> messages = new ArrayList<>();
        for (JsonNode finding : read(json).get("findings")) {
            if (finding.get("ruleId").asText().equals(ruleId)) {
                messages.add(finding.get("message").asText());
            }
        }
        return messages;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void findingMessagesAreInTheHostsWording() {
        String json = ResultJson.forForm(checked(), VENDOR);

        assertEquals(List.of("Health: invite a health professional before you submit."),
                messagesOf(json, "ATT-HEALTH-INVITED"));
        assertEquals(List.of("Action 1: say who (by name) will do it."), messagesOf(json, "ACT-OWNER-NAMED"));
    }

    @Test
    void enumerationValuesAreShownByTheHostsLabels() {
        String json = ResultJson.forForm(checked(), VENDOR);

        assertEquals(List.of("Minutes: also send them to the force’s child abuse investigation team."),
                messagesOf(json, "REC-MINUTES-RECIPIENTS"));
    }

    @Test
    void keysTheHostLeavesOutStayInEnglish() {
        String json = ResultJson.forForm(checked(), VENDOR);

        assertEquals(List.of("A child is of school age but the school nurse was not invited."),
                messagesOf(json, "ATT-SCHOOL-NURSE"));
    }

    @Test
    void theKeyAndArgumentsAreTheSameWhateverTheWording() {
        AuditResult result = checked();
        JsonNode english = read(ResultJson.result(null, result, Messages.english())).get("findings");
        JsonNode vendor = read(ResultJson.result(null, result, VENDOR)).get("findings");

        for (int i = 0; i < english.size(); i++) {
            assertEquals(english.get(i).get("messageKey"), vendor.get(i).get("messageKey"));
            assertEquals(english.get(i).get("arguments"), vendor.get(i).get("arguments"));
        }
    }

    @Test
    void recordErrorsAreInTheHostsWording() {
        String json = TestRecord.schoolAge().set("/format", "\"CARRIER_PIGEON\"").json();
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> TestRecord.CHECKER.check(json));

        JsonNode error = read(ResultJson.error(null, e, VENDOR)).get("error");

        assertEquals("/format", error.get("pointer").asText());
        assertEquals("Choose one of the options offered (MEETING, VIRTUAL_MEETING, TELEPHONE, MIXED).",
                error.get("message").asText());
    }

    @Test
    void theHeldAtErrorOfAForcedFinalCheckIsInTheHostsWording() {
        String json = TestRecord.schoolAge().set("/status", "\"DRAFT\"").remove("/heldAt").json();
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> TestRecord.CHECKER.check(json, CheckMode.FINAL));

        assertEquals("Enter when the meeting took place before you submit.", e.firstError().message(VENDOR));
    }

    @Test
    void aHostBundleCanReplaceEveryMessageAndLabel() {
        Set<String> keys = new TreeSet<>();
        for (String base : List.of(Messages.CORE_BUNDLE, Messages.RULES_BUNDLE)) {
            keys.addAll(ResourceBundle.getBundle(base, Locale.ROOT, HostWordingTest.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet());
        }
        Messages everything = Messages.english().withOverrides(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return keys.stream().map(key -> new Object[] {key, "host:" + key}).toArray(Object[][]::new);
            }
        });

        for (String key : keys) {
            assertEquals("host:" + key, everything.render(key, Collections.nCopies(4, "1")), key);
        }
    }
}
