package org.strategycheck.audit.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.strategycheck.Messages;
import org.strategycheck.RuleDescription;
import org.strategycheck.audit.EthnicGroup;
import org.strategycheck.audit.Proportion;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.model.Agency;
import org.strategycheck.model.ConcernCategory;

/**
 * The report's plain-English phrases, which live with the rules' messages: per rule what
 * "met" means ({@code report.met.RULE}, e.g. "health invited") and a short column heading
 * ({@code report.short.RULE}), per area of practice its title ({@code report.area.AREA}) and
 * what meeting it means ({@code report.area.AREA.met}); the labels of agencies, concern
 * categories, age bands and ethnic groups ({@code report.agency.POLICE}, …). A host rewords
 * them like any message,
 * with its own bundle in front ({@link Messages#withOverrides}). A rule without a phrase (a
 * host's own rule) falls back to its {@code checks} text, so a new rule never leaves a blank.
 * Immutable.
 */
public final class ReportWording {

    /**
     * Fewer records than this are too few to judge: a rate over them is printed as its count and
     * "too few to judge", with no percentage and no bar.
     */
    public static final int FEWEST_JUDGED = 5;

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
     * An agency's label as a row heading, e.g. {@code Police}.
     *
     * @param agency the agency
     * @return the label
     */
    public String agency(Agency agency) {
        return text("report.agency." + agency.name(), agency.name());
    }

    /**
     * A concern category's label, e.g. {@code Physical abuse}.
     *
     * @param category the category
     * @return the label
     */
    public String category(ConcernCategory category) {
        return text("report.category." + category.name(), category.name());
    }

    /**
     * An age band's label, e.g. {@code School age}.
     *
     * @param band the band
     * @return the label
     */
    public String ageBand(AgeBand band) {
        return text("report.ageBand." + band.name(), band.name());
    }

    /**
     * An ethnic group's label, e.g. {@code White}.
     *
     * @param group the group
     * @return the label
     */
    public String ethnicGroup(EthnicGroup group) {
        return text("report.ethnicGroup." + group.name(), group.name());
    }

    /**
     * What a measure counted from the records means, e.g. {@code health invited}: key
     * {@code report.measure.ID}.
     *
     * @param id        the measure, e.g. {@code healthInvited}
     * @param arguments its arguments (a number of working days)
     * @return the phrase, lower case
     */
    public String measure(String id, String... arguments) {
        String key = "report.measure." + id;
        return messages.has(key) ? messages.render(key, List.of(arguments)) : id;
    }

    /**
     * The sentence audits publish, e.g. {@code Health invited in 14 of 16 discussions (88%, 64–97%)}.
     *
     * @param rule       the rule
     * @param proportion met of applicable
     * @return the sentence, capitalised, without a full stop
     */
    public String sentence(RuleDescription rule, Proportion proportion) {
        return sentence(met(rule), proportion);
    }

    /**
     * The sentence of a phrase, e.g. {@code Every attendance check met in 3 of 5 discussions (60%, 23–88%)}:
     * the count, the share and its 95% Wilson interval. Fewer than {@value #FEWEST_JUDGED}
     * discussions are too few to judge, and the sentence says so instead of giving a share:
     * {@code Health invited in 0 of 1 discussion: too few to judge}.
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
        String counted = text + " in " + Html.count(proportion.met()) + " of " + Html.count(proportion.of())
                + (proportion.of() == 1 ? " discussion" : " discussions");
        if (proportion.of() < FEWEST_JUDGED) {
            return counted + ": too few to judge";
        }
        return counted + " (" + Html.shareAndInterval(proportion) + ")";
    }

    /** Text with its first letter in capitals. */
    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String text(String key, String otherwise) {
        return messages.has(key) ? messages.render(key, List.of()) : otherwise;
    }
}
