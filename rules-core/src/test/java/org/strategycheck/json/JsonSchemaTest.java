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
    /** The JSON type of each scalar Java type of the model, nullable: what the reader accepts for it. */
    private static final java.util.Map<Class<?>, String> JSON_TYPES = java.util.Map.of(
            String.class, "[\"string\",\"null\"]",
            Boolean.class, "[\"boolean\",\"null\"]",
            java.time.LocalDate.class, "[\"string\",\"null\"]",
            java.time.Instant.class, "[\"string\",\"null\"]",
            org.strategycheck.model.LaChildId.class, "[\"string\",\"null\"]",
            org.strategycheck.model.Extensions.class, "[\"object\",\"null\"]");
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
    void everyObjectOfTheSchemaIsClosedLikeTheStrictReaderButTheVendorsExtensions() {
        List<String> open = new ArrayList<>();
        walk(schema, "", (node, where) -> {
            // Object types only: the conditional subschemas under allOf constrain, they define nothing.
            boolean object = node.path("type").asText().equals("object") || node.path("type").toString().contains("\"object\"");
            if (object && node.path("additionalProperties").asBoolean(true)) {
                open.add(where);
            }
        });
        assertEquals(List.of("/properties/extensions"), open);
    }

    @Test
    void theExtensionsAreAnyObjectOrNull() {
        JsonNode extensions = schema.at("/properties/extensions");
        assertEquals("[\"object\",\"null\"]", extensions.get("type").toString());
        assertFalse(extensions.has("properties"));
    }

    @Test
    void aChildsLaChildIdIsAStringThatIsNotBlank() {
        JsonNode laChildId = schema.at("/$defs/child/properties/laChildId");
        assertEquals("[\"string\",\"null\"]", laChildId.get("type").toString());
        assertEquals("\\S", laChildId.get("pattern").asText());
    }

    /** Visits every object node of the schema with its JSON pointer. */
    private static void walk(JsonNode node, String where, java.util.function.BiConsumer<JsonNode, String> visit) {
        if (node.isObject()) {
            visit.accept(node, where);
            node.fields().forEachRemaining(field -> walk(field.getValue(),
                    where + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, visit);
            }
        }
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
            String json = JSON_TYPES.get(target);
            boolean required = node.path("required").toString().contains("\"" + component.getName() + "\"");
            json = json != null && required ? json.replace(",\"null\"]", "").replace("[", "") : json;
            if (json != null && !property.has("const") && !property.path("type").toString().equals(json)) {
                mismatches.add(where + ": java " + target.getSimpleName() + " is " + json + " in JSON, schema "
                        + property.path("type"));
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
