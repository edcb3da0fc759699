package org.strategycheck.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Enumeration values exactly as the format writes them. Jackson's own enum reader also accepts
 * a value with white space around it (" FINAL"); the format says UPPER_SNAKE strings, and a
 * case system that sends anything else should hear about it.
 */
final class StrictEnums {

    private StrictEnums() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strategycheck-enums");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactName(type.getRawClass());
            }
        });
        return module;
    }

    private static final class ExactName extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final Map<String, Object> byName = new HashMap<>();

        ExactName(Class<?> type) {
            this.type = type;
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken().isNumeric()) {
                // An index is not a value: same answer as any other value not in the list.
                throw InvalidFormatException.from(parser, "not an allowed value", parser.getText(), type);
            }
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, parser);
            }
            Object constant = byName.get(parser.getText());
            if (constant == null) {
                throw InvalidFormatException.from(parser, "not an allowed value", parser.getText(), type);
            }
            return constant;
        }
    }
}
