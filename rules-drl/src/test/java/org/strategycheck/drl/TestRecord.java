package org.strategycheck.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.Severity;
import org.strategycheck.StrategyCheck;

/**
 * A record for a test: a JSON fixture from {@code src/test/resources/records}, changed in
 * place by JSON pointer, then checked.
 */
final class TestRecord {

    static final StrategyCheck CHECKER = StrategyCheck.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private TestRecord(ObjectNode root) {
        this.root = root;
    }

    /** A school-age record that every rule of the skeleton passes. */
    static TestRecord schoolAge() {
        return load("complete-school-age.json");
    }

    /** A pre-school record that every rule of the skeleton passes. */
    static TestRecord preSchool() {
        return load("complete-pre-school.json");
    }

    /**
     * A draft with one child of no recorded age and nothing else: only the rules that apply to
     * every record apply to it.
     */
    static TestRecord bareDraft() {
        return load("bare-draft.json");
    }

    static TestRecord load(String name) {
        try (InputStream in = TestRecord.class.getResourceAsStream("/records/" + name)) {
            return new TestRecord((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a field; {@code json} is JSON text, e.g. {@code "\"DRAFT\""}, {@code "true"}, {@code "null"}. */
    TestRecord set(String pointer, String json) {
        JsonPointer path = JsonPointer.compile(pointer);
        ObjectNode parent = (ObjectNode) root.withObject(path.head());
        parent.set(path.last().getMatchingProperty(), parse(json));
        return this;
    }

    /** Removes a field or list entry. */
    TestRecord remove(String pointer) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        if (parent instanceof ArrayNode array) {
            array.remove(path.last().getMatchingIndex());
        } else {
            ((ObjectNode) parent).remove(path.last().getMatchingProperty());
        }
        return this;
    }

    /** Appends an entry (JSON text) to a list. */
    TestRecord add(String listPointer, String json) {
        JsonPointer path = JsonPointer.compile(listPointer);
        JsonNode list = root.at(path);
        if (list.isMissingNode()) {
            ((ObjectNode) root.at(path.head())).putArray(path.last().getMatchingProperty()).add(parse(json));
        } else {
            ((ArrayNode) list).add(parse(json));
        }
        return this;
    }

    String json() {
        return root.toString();
    }

    AuditResult check() {
        return CHECKER.check(json());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    // ---- assertions shared by the rule tests

    static List<Finding> findingsOf(AuditResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The rule found exactly one gap, of this severity, at exactly these pointers. */
    static Finding assertSingleFinding(AuditResult result, String ruleId, Severity severity, String... pointers) {
        List<Finding> findings = findingsOf(result, ruleId);
        assertEquals(1, findings.size(), () -> ruleId + " findings in " + result);
        Finding finding = findings.get(0);
        assertEquals(severity, finding.severity(), ruleId + " severity");
        assertEquals(List.of(pointers), finding.pointers(), ruleId + " pointers");
        return finding;
    }

    static void assertPassed(AuditResult result, String ruleId) {
        assertTrue(result.passed().contains(ruleId), () -> ruleId + " should pass: " + result);
        assertTrue(findingsOf(result, ruleId).isEmpty(), () -> ruleId + " should have no findings: " + result);
    }

    static void assertNotApplicable(AuditResult result, String ruleId) {
        assertTrue(result.notApplicable().contains(ruleId), () -> ruleId + " should not apply: " + result);
        assertTrue(findingsOf(result, ruleId).isEmpty(), () -> ruleId + " should have no findings: " + result);
    }
}
