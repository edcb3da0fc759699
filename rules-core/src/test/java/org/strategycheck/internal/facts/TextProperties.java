package org.strategycheck.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What counts as substantive text is exactly the definition it was first written as. */
class TextProperties {

    /** The definition, as the record format states it: not blank, and not a placeholder once trimmed and lower-cased. */
    private static boolean reference(String text) {
        return text != null && !text.isBlank()
                && !Text.PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> placeholderLike = Arbitraries.of(Text.PLACEHOLDERS.toArray(new String[0]))
                .flatMap(p -> Arbitraries.of(p, p.toUpperCase(Locale.ROOT), " " + p + "\t", p.replace('i', 'İ'),
                        p.replace('i', 'ı'), p.replace('I', 'İ'), p.replace('o', 'ö'), "\u2003" + p, p + "\u00a0", p + "k"));
        Arbitrary<String> any = Arbitraries.strings().withChars("nN/aAoOeE-tTbBcCdDiIsSuUkK İı\u212a\t\u2003\u00a0").ofMaxLength(16);
        return Arbitraries.oneOf(placeholderLike, any, Arbitraries.strings().ofMaxLength(8)).injectNull(0.05);
    }

    @Property
    void isSubstantiveIsTheDefinition(@ForAll("texts") String text) {
        assertEquals(reference(text), Text.isSubstantive(text), () -> "for [" + text + "]");
    }
}
