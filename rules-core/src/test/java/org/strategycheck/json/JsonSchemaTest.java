package org.strategycheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The published JSON Schema and the Java record types describe the same format: same
 * properties at every level, same enumeration values, closed objects.
 */
class JsonSchemaTest {

    private static final String SCHEMA = "/org/strategycheck/schema/strategy-discussion-v1.schema.json";
    private static JsonNode schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA)) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyObjectOfTheSchemaHasExactlyTheJavaRecordsProperties() {
        List<String> mismatches = new ArrayList<>();
        compare(StrategyDiscussion.class, schema, "", mismatches);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyObjectOfTheSchemaIsClosedLikeTheStrictReader() {
        assertFalse(schema.get("additionalProperties").asBoolean(true));
        schema.get("$defs").forEach(def -> {
            if (def.path("type").asText().equals("object")) {
                assertFalse(def.get("additionalProperties").asBoolean(true), def.toString());
            }
        });
    }

    @Test
    void theSchemaRequiresWhatTheContractRequires() {
        Set<String> required = new TreeSet<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        assertEquals(Set.of("children", "recordId", "schemaVersion"), required);
        assertEquals(1, schema.at("/properties/children/minItems").asInt());
        assertTrue(schema.at("/allOf/0/then/required").toString().contains("heldAt"));
    }

    private static void compare(Class<?> type, JsonNode node, String path, List<String> mismatches) {
        JsonNode properties = node.get("properties");
        Set<String> javaNames = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            javaNames.add(component.getName());
        }
        Set<String> schemaNames = new TreeSet<>();
        properties.fieldNames().forEachRemaining(schemaNames::add);
        if (!javaNames.equals(schemaNames)) {
            mismatches.add(path + ": java " + javaNames + " schema " + schemaNames);
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode property = resolve(properties.get(component.getName()));
            String where = path + "/" + component.getName();
            Class<?> target = component.getType();
            if (List.class.isAssignableFrom(target)) {
                target = (Class<?>) argument(component.getGenericType());
                property = resolve(property.get("items"));
            }
            if (target.isEnum()) {
                List<String> javaValues = Arrays.stream(target.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
                List<String> schemaValues = new ArrayList<>();
                property.get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        schemaValues.add(v.asText());
                    }
                });
                if (!javaValues.equals(schemaValues)) {
                    mismatches.add(where + ": enum java " + javaValues + " schema " + schemaValues);
                }
            } else if (target.isRecord()) {
                compare(target, property, where, mismatches);
            }
        }
    }

    private static Type argument(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    /** Follows a $ref, directly or inside the anyOf that makes a section nullable. */
    private static JsonNode resolve(JsonNode node) {
        if (node.has("anyOf")) {
            for (JsonNode option : node.get("anyOf")) {
                if (option.has("$ref")) {
                    return resolve(option);
                }
            }
        }
        if (node.has("$ref")) {
            return schema.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
