package org.strategycheck.audit.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.strategycheck.Messages;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.Proportion;

/**
 * The report's plain-English phrases, which live with the rules' messages: per rule what
 * "met" means ({@code report.met.RULE}, e.g. "health invited") and a short column heading
 * ({@code report.short.RULE}), per area of practice its title ({@code report.area.AREA}) and
 * what meeting it means ({@code report.area.AREA.met}). A host rewords them like any message,
 * with its own bundle in front ({@link Messages#withOverrides}). A rule without a phrase (a
 * host's own rule) falls back to its {@code checks} text, so a new rule never leaves a blank.
 * Immutable.
 */
public final class ReportWording {

    private static final ReportWording ENGLISH = new ReportWording(Messages.english());

    private final Messages messages;

    private ReportWording(Messages messages) {
        this.messages = messages;
    }

    /**
     * The library's English wording.
     *
     * @return the wording
     */
    public static ReportWording english() {
        return ENGLISH;
    }

    /**
     * The wording of a host's messages.
     *
     * @param messages the messages, e.g. {@code Messages.english().withOverrides(bundle)}
     * @return the wording
     */
    public static ReportWording of(Messages messages) {
        return new ReportWording(Objects.requireNonNull(messages, "messages"));
    }

    /**
     * The messages behind this wording, for the record errors the report lists.
     *
     * @return the messages
     */
    public Messages messages() {
        return messages;
    }

    /**
     * Whether the wording has a phrase of its own for a rule.
     *
     * @param ruleId the rule
     * @return {@code true} when {@code report.met.RULE} is defined
     */
    public boolean hasPhrase(String ruleId) {
        return messages.has("report.met." + ruleId);
    }

    /**
     * What meeting the rule means, e.g. {@code health invited}.
     *
     * @param rule the rule
     * @return the phrase, lower case
     */
    public String met(RuleDescription rule) {
        return text("report.met." + rule.id(), rule.checks());
    }

    /**
     * A short heading for a rule's column, e.g. {@code Health invited}.
     *
     * @param rule the rule
     * @return the heading; the rule id when there is none
     */
    public String shortTitle(RuleDescription rule) {
        return text("report.short." + rule.id(), rule.id());
    }

    /**
     * An area's title, e.g. {@code Attendance}.
     *
     * @param area the area, as a rule's {@code area}
     * @return the title
     */
    public String area(String area) {
        return text("report.area." + area, capitalise(area));
    }

    /**
     * What meeting an area means, e.g. {@code every attendance check met}.
     *
     * @param area the area
     * @return the phrase, lower case
     */
    public String areaMet(String area) {
        return text("report.area." + area + ".met", "every " + area(area).toLowerCase(Locale.UK) + " check met");
    }

    /**
     * The sentence audits publish, e.g. {@code Health invited in 14 of 16 discussions (88%)}.
     *
     * @param rule       the rule
     * @param proportion met of applicable
     * @return the sentence, capitalised, without a full stop
     */
    public String sentence(RuleDescription rule, Proportion proportion) {
        return sentence(met(rule), proportion);
    }

    /**
     * The sentence of a phrase, e.g. {@code Every attendance check met in 3 of 5 discussions (60%)}.
     *
     * @param phrase     what meeting means
     * @param proportion met of applicable
     * @return the sentence, capitalised, without a full stop
     */
    public String sentence(String phrase, Proportion proportion) {
        String text = capitalise(phrase);
        if (proportion.isEmpty()) {
            return text + ": applied to no discussion";
        }
        return text + " in " + Html.count(proportion.met()) + " of " + Html.count(proportion.of())
                + (proportion.of() == 1 ? " discussion" : " discussions") + " ("
                + Html.percent(proportion.met(), proportion.of()) + ")";
    }

    /** Text with its first letter in capitals. */
    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String text(String key, String otherwise) {
        return messages.has(key) ? messages.render(key, List.of()) : otherwise;
    }
}
