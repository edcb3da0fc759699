package org.strategycheck.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycheck.facts.Recorded;

/** How a text is recorded is exactly the catalogue's definition, written plainly. */
class TextProperties {

    /**
     * Rule catalogue v1.1, "Recorded text", as it reads: not recorded when null or blank; a
     * placeholder when, trimmed of white space and trailing full stops, it is one character or
     * none, has no letter or digit, or is one of the placeholders in any case.
     */
    private static Recorded reference(String text) {
        if (text == null || text.isBlank()) {
            return Recorded.NOT_RECORDED;
        }
        String trimmed = text.strip().replaceAll("[.\\p{javaWhitespace}]+$", "");
        if (trimmed.codePointCount(0, trimmed.length()) <= 1
                || trimmed.codePoints().noneMatch(Character::isLetterOrDigit)
                || Text.PLACEHOLDERS.contains(trimmed.toLowerCase(Locale.ROOT))) {
            return Recorded.PLACEHOLDER;
        }
        return Recorded.SUBSTANTIVE;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> placeholderLike = Arbitraries.of(Text.PLACEHOLDERS.toArray(new String[0]))
                .flatMap(p -> Arbitraries.of(p, p.toUpperCase(Locale.ROOT), " " + p + "\t", p + ".", p + " . .",
                        p.replace('i', 'İ'), p.replace('i', 'ı'), p.replace('I', 'İ'), p.replace('o', 'ö'),
                        p.replace('k', '\u212a'), "\u2003" + p, p + "\u00a0", p + "k", "." + p));
        Arbitrary<String> any = Arbitraries.strings().withChars("nN/aAoOeE-tTbBcCdDiIsSuUkK İı\u212a\t\u2003\u00a0.,?!")
                .ofMaxLength(16);
        return Arbitraries.oneOf(placeholderLike, any, Arbitraries.strings().ofMaxLength(8)).injectNull(0.05);
    }

    @Property
    void recordedIsTheDefinition(@ForAll("texts") String text) {
        assertEquals(reference(text), Text.recorded(text), () -> "for [" + text + "]");
    }
}
