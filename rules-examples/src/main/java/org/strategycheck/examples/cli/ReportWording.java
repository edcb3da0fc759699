package org.strategycheck.examples.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.strategycheck.RuleDescription;

/**
 * The report's plain-English phrases, from {@code report.properties}: per rule what "met"
 * means ("health invited"), and per area its heading. A rule the bundle does not know yet
 * falls back to its own {@code checks} text, so a new rule never leaves a blank.
 */
final class ReportWording {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.strategycheck.examples.cli.report", Locale.ROOT, ReportWording.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ReportWording() {
    }

    /** Whether the bundle has a phrase of its own for this rule. */
    static boolean hasPhrase(String ruleId) {
        return BUNDLE.containsKey(ruleId);
    }

    /** What meeting the rule means, e.g. {@code health invited}. */
    static String met(RuleDescription rule) {
        return BUNDLE.containsKey(rule.id()) ? BUNDLE.getString(rule.id()) : rule.checks();
    }

    /** E.g. {@code Attendance}. */
    static String area(String area) {
        try {
            return BUNDLE.getString("area." + area);
        } catch (MissingResourceException unknown) {
            return area.isEmpty() ? area : Character.toUpperCase(area.charAt(0)) + area.substring(1);
        }
    }

    /** What meeting an area means, e.g. {@code every attendance check met}. */
    static String areaMet(String area) {
        String key = "area." + area + ".met";
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key)
                : "every " + area(area).toLowerCase(Locale.UK) + " check met";
    }

    /**
     * The sentence audits publish, e.g. {@code Health invited in 14 of 16 discussions (88%)}.
     *
     * @param rule       the rule
     * @param met        discussions that met it
     * @param applicable discussions it applied to
     * @return the sentence, capitalised, without a full stop
     */
    static String sentence(RuleDescription rule, long met, long applicable) {
        return sentence(met(rule), met, applicable);
    }

    static String sentence(String phrase, long met, long applicable) {
        String text = capitalise(phrase);
        if (applicable == 0) {
            return text + ": applied to no discussion";
        }
        return text + " in " + Html.count(met) + " of " + Html.count(applicable)
                + (applicable == 1 ? " discussion" : " discussions") + " (" + Html.percent(met, applicable) + ")";
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
