package org.strategycheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published schema holds every field the record format defines in its tables (the project's
 * copy of the spec, {@code src/test/resources/spec/record-format.md}, revision 1.1), and adds
 * to the top level only what the project adds on purpose.
 */
class RecordFormatSpecTest {

    /** Where each table of the spec lands in the schema. */
    private static final Map<String, List<String>> SCHEMA_PLACES = Map.of(
            "Top level", List.of("/properties"),
            "`concern`", List.of("/$defs/concern/properties"),
            "`children[]`", List.of("/$defs/child/properties"),
            "`participants[]` and `involvedServices[]`",
            List.of("/$defs/participant/properties", "/$defs/involvedService/properties"),
            "`decisions`", List.of("/$defs/decisions/properties"));

    /** Top-level fields the project adds to the format: the team, for audit breakdowns. */
    private static final Set<String> PROJECT_ADDITIONS = Set.of("team");

    private static JsonNode schema;
    private static String spec;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = RecordFormatSpecTest.class.getResourceAsStream(
                "/org/strategycheck/schema/strategy-discussion-v1.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        try (InputStream in = RecordFormatSpecTest.class.getResourceAsStream("/spec/record-format.md")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The first column of every table, by the heading above it. */
    private static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String heading = null;
        Pattern row = Pattern.compile("^\\| `([A-Za-z0-9\\[\\].]+)` \\|");
        for (String line : spec.split("\n")) {
            if (line.startsWith("## ")) {
                heading = line.substring(3).strip();
            }
            Matcher m = row.matcher(line);
            if (heading != null && m.find()) {
                tables.computeIfAbsent(heading, h -> new ArrayList<>()).add(m.group(1));
            }
        }
        return tables;
    }

    private static Set<String> schemaNames(String place) {
        Set<String> names = new TreeSet<>();
        schema.at(place).fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theCopyIsRevision11() {
        assertTrue(spec.lines().findFirst().orElseThrow().endsWith("revision 1.1"), spec.lines().findFirst().orElseThrow());
    }

    @Test
    void everyFieldOfTheSpecsTablesIsInTheSchema() {
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> tables = tables();
        assertTrue(tables.keySet().containsAll(SCHEMA_PLACES.keySet()), tables.keySet().toString());
        SCHEMA_PLACES.forEach((heading, places) -> {
            Set<String> names = new TreeSet<>();
            places.forEach(place -> names.addAll(schemaNames(place)));
            tables.get(heading).stream().filter(field -> !names.contains(field))
                    .forEach(field -> missing.add(heading + ": " + field));
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void theRevision11AdditionsAreInTheSchemaWhereTheSpecSays() {
        assertEquals(List.of("extensions", "children[].laChildId"), tables().get("v1.1 additions (optional; `schemaVersion` stays `\"1\"`)"));
        assertTrue(schemaNames("/properties").contains("extensions"));
        assertTrue(schemaNames("/$defs/child/properties").contains("laChildId"));
    }

    @Test
    void theSchemaAddsToTheSpecsTopLevelAndChildOnlyWhatTheProjectAdds() {
        Map<String, List<String>> tables = tables();
        Set<String> topLevel = schemaNames("/properties");
        tables.get("Top level").forEach(topLevel::remove);
        topLevel.remove("extensions");
        assertEquals(PROJECT_ADDITIONS, topLevel);

        Set<String> child = schemaNames("/$defs/child/properties");
        tables.get("`children[]`").forEach(child::remove);
        assertEquals(Set.of("laChildId"), child);
    }
}
