package org.strategycheck.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a written report.html in tests: its sections, and how often a part occurs. */
final class ReportHtml {

    private ReportHtml() {
    }

    /** The section of the report with an id, from its start tag to its end. */
    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** How many times a part occurs in a text. */
    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
