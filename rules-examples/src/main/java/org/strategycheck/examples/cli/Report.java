package org.strategycheck.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.Finding;
import org.strategycheck.RecordError;
import org.strategycheck.Severity;

/**
 * The human-readable text of the tool: the full report of {@code check} and the one-line
 * summary of {@code audit}. Only ids, grades, pointers and the library's messages appear.
 */
final class Report {

    private static final int ID_WIDTH = 16;
    private static final int GRADE_WIDTH = "REQUIRES_IMPROVEMENT".length() + 2;
    private static final int MAX_SOURCE_WIDTH = 60;

    private Report() {
    }

    /**
     * The full report of one record: a header line, then the findings grouped by severity,
     * most serious first, or the errors that kept it from being read.
     */
    static void full(PrintWriter out, Outcome outcome) {
        if (!outcome.graded()) {
            out.println(safe(outcome.source()) + ": " + idPhrase(outcome.recordId()) + " could not be read");
            for (RecordError error : outcome.errors()) {
                out.println("  " + error(error));
            }
            return;
        }
        AuditResult result = outcome.result();
        out.println(safe(outcome.source()) + ": record " + safe(result.recordId())
                + ", grade " + result.grade().name());
        if (result.findings().isEmpty()) {
            out.println("  No findings: every rule that applies was met.");
            return;
        }
        // One column for the messages, so the eye can run down the rule ids.
        int width = result.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0) + 2;
        String indent = " ".repeat(4 + width);
        for (Severity severity : Severity.values()) {
            List<Finding> findings = result.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.println("  " + severity.name() + " (" + findings.size() + ")");
            for (Finding finding : findings) {
                out.println("    " + pad(finding.ruleId(), width) + finding.message(StrategyCheckCli.MESSAGES));
                if (!finding.pointers().isEmpty()) {
                    out.println(indent + "at " + String.join(", ", finding.pointers().stream().map(Report::safe).toList()));
                }
            }
        }
    }

    /**
     * One line per record, in columns: source, record id, grade, then the count of findings
     * by severity, or ERROR and the first error. E.g.
     * {@code samples/a.json  SD-1  REQUIRES_IMPROVEMENT  0 critical, 2 major, 1 minor, 0 advisory}.
     *
     * @param sourceWidth the width of the source column, from {@link #sourceWidth}
     */
    static String summary(Outcome outcome, int sourceWidth) {
        String id = outcome.recordId() == null ? "(no id)" : safe(outcome.recordId());
        StringBuilder line = new StringBuilder()
                .append(pad(safe(outcome.source()), sourceWidth))
                .append(pad(id, ID_WIDTH));
        if (!outcome.graded()) {
            int others = outcome.errors().size() - 1;
            return line.append(pad("ERROR", GRADE_WIDTH)).append(error(outcome.errors().get(0)))
                    .append(others > 0 ? " (+" + others + " more)" : "").toString();
        }
        AuditResult result = outcome.result();
        return line.append(pad(result.grade().name(), GRADE_WIDTH)).append(counts(result)).toString();
    }

    /**
     * A source column wide enough for every file about to be read (a JSON Lines file gets
     * room for its line numbers), so the columns line up without holding results back.
     */
    static int sourceWidth(List<RecordInputs.Entry> entries) {
        int width = 0;
        for (RecordInputs.Entry entry : entries) {
            int lineNumber = entry.source().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl") ? 5 : 0;
            width = Math.max(width, entry.source().length() + lineNumber);
        }
        // A very long path should not push every line off the screen; it simply overflows.
        return Math.min(width, MAX_SOURCE_WIDTH) + 2;
    }

    /** E.g. {@code 1 critical, 3 major, 0 minor, 0 advisory}. */
    static String counts(AuditResult result) {
        StringBuilder text = new StringBuilder();
        for (Severity severity : Severity.values()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(result.findings(severity).size()).append(' ')
                    .append(severity.name().toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }

    private static String error(RecordError error) {
        String where = error.pointer().isEmpty() ? "" : "at " + safe(error.pointer()) + ": ";
        return where + safe(error.message(StrategyCheckCli.MESSAGES));
    }

    private static String idPhrase(String recordId) {
        return recordId == null ? "the record" : "record " + safe(recordId);
    }

    private static String pad(String text, int width) {
        return text.length() + 2 > width ? text + "  " : text + " ".repeat(width - text.length());
    }

    /**
     * Makes text from a record (ids, property names in pointers) safe for a terminal: control
     * and formatting characters are replaced, so a hostile id cannot move the cursor, clear
     * the screen or reverse the text around it.
     */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean bad = Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (bad && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(bad ? '?' : c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
