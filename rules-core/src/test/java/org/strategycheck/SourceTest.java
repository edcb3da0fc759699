package org.strategycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.PropertyResourceBundle;
import org.junit.jupiter.api.Test;

/** The sources glossary is read from the rules' wording, in the order it lists the codes. */
class SourceTest {

    private static Messages wording(String properties) throws IOException {
        return Messages.english().withOverrides(new PropertyResourceBundle(new StringReader(properties)));
    }

    @Test
    void theGlossaryFollowsTheOrderTheWordingListsTheCodesIn() throws IOException {
        Messages messages = wording("""
                sources=data quality; GSCB A / B / C / D
                source.GSCB\\ A\\ /\\ B\\ /\\ C\\ /\\ D=Gloucestershire learning sheet
                source.data\\ quality=a record that contradicts itself cannot be relied on
                """);
        assertEquals(List.of(new Source("data quality", "a record that contradicts itself cannot be relied on"),
                new Source("GSCB A / B / C / D", "Gloucestershire learning sheet")), Source.read(messages));
    }

    @Test
    void aCodeListedWithoutItsTextIsAnErrorNamingIt() throws IOException {
        Messages messages = wording("sources=WT; SWCPP\nsource.WT=Working Together\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Source.read(messages));
        assertTrue(e.getMessage().contains("source.SWCPP"), e.getMessage());
    }

    @Test
    void wordingWithoutAGlossaryHasNoSources() {
        // rules-core alone: the rules' bundle, which holds the glossary, is not on this module's test path.
        assertEquals(List.of(), Source.read(Messages.english()));
    }
}
