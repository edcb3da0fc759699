package org.strategycheck.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.RecordError;
import org.strategycheck.Severity;
import org.strategycheck.audit.AuditedRecord;
import org.strategycheck.audit.report.ReportWording;

/**
 * The human-readable text of {@code check}: the full report of a record. Only ids, grades,
 * pointers and the library's messages appear.
 */
final class Report {

    private Report() {
    }

    /**
     * The full report of one record: a header line, then the findings grouped by severity,
     * most serious first, or the errors that kept it from being read.
     */
    static void full(PrintWriter out, AuditedRecord record) {
        if (record instanceof AuditedRecord.Rejected rejected) {
            out.println(safe(rejected.source()) + ": " + idPhrase(rejected.recordId()) + " could not be read");
            for (RecordError error : rejected.errors()) {
                out.println("  " + error(error));
            }
            return;
        }
        AuditedRecord.Graded graded = (AuditedRecord.Graded) record;
        AuditResult result = graded.result();
        boolean draft = result.mode() == CheckMode.DRAFT;
        out.println(safe(graded.source()) + ": record " + safe(result.recordId())
                + ", grade " + result.grade().name() + (draft ? " (judged as a draft)" : ""));
        if (draft) {
            // A draft is judged for what it can show before the meeting ends; say what is still to do.
            out.println("  A draft: the checks about what happens after the meeting are still to do, not failed.");
            if (!result.pending().isEmpty()) {
                ReportWording wording = ReportWording.of(StrategyCheckCli.MESSAGES);
                out.println("  Still to do (" + result.pending().size() + ")");
                int width = result.pending().stream().mapToInt(String::length).max().orElse(0) + 2;
                for (String ruleId : result.pending()) {
                    out.println("    " + pad(ruleId, width) + phrase(wording, ruleId));
                }
            }
        }
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

    /** What meeting a rule means, in the report's words ("section 47 decision recorded"). */
    private static String phrase(ReportWording wording, String ruleId) {
        return StrategyCheckCli.checker().rules().stream().filter(rule -> rule.id().equals(ruleId)).findFirst()
                .map(wording::met).orElse("");
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
