package org.strategycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A source the rules rest on, as the rule catalogue writes it out in full ("Sources in full"):
 * the code a rule's {@link RuleDescription#source() source} cites, and what it stands for. Not
 * to be confused with {@link RuleSource}, where a host's own rules come from.
 *
 * <p>The glossary is the rules' own wording: keys {@code source.<code>} in the rules' message
 * bundle ({@value Messages#RULES_BUNDLE}), in the order its key {@code sources} lists them.
 *
 * @param code the code, as a rule's source cites it: {@code WT}, {@code GSCB A / B / C / D} (a rule
 *             cites one letter, e.g. {@code GSCB A}), {@code SCR-AUD rec N} (a rule cites a number),
 *             {@code local procedures}, ...
 * @param text what it stands for, e.g. {@code Working Together to Safeguard Children (HM Government,
 *             2018 and 2023 editions), as quoted in local procedures}
 */
public record Source(String code, String text) {

    /** Checks the components. */
    public Source {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /** Read once: the rules' bundle does not change while the library runs. */
    private static final class Glossary {
        static final List<Source> SOURCES = read(Messages.english());
    }

    static List<Source> ofRules() {
        return Glossary.SOURCES;
    }

    static List<Source> read(Messages messages) {
        if (!messages.has("sources")) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        for (String code : messages.render("sources", List.of()).split(";")) {
            String key = "source." + code.strip();
            if (!messages.has(key)) {
                throw new IllegalStateException("the rules' wording lists the source " + code.strip()
                        + " but has no " + key);
            }
            sources.add(new Source(code.strip(), messages.render(key, List.of())));
        }
        return List.copyOf(sources);
    }
}
