package org.strategycheck.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategycheck.model.Extensions;

/**
 * A record's {@code extensions}, read token by token into {@link Extensions}' plain values.
 *
 * <p>Read from the record's own parser, so the record's limits hold inside the vendor's data
 * too: its size, string length, number length and nesting (the recursion here is bounded by the
 * parser's nesting limit), and duplicate keys are refused. Numbers are read as
 * {@link BigDecimal}, exactly as written, so nothing is rounded and writing gives them back.
 */
final class ExtensionsSerde {

    private ExtensionsSerde() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strategycheck-extensions");
        module.addDeserializer(Extensions.class, new Reader());
        module.addSerializer(Extensions.class, new Writer());
        return module;
    }

    private static final class Reader extends JsonDeserializer<Extensions> {
        @Override
        public Extensions deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return (Extensions) context.handleUnexpectedToken(Extensions.class, parser);
            }
            return Extensions.of(object(parser));
        }

        @Override
        public Extensions getNullValue(DeserializationContext context) {
            return Extensions.EMPTY;
        }

        private static Map<String, Object> object(JsonParser parser) throws IOException {
            Map<String, Object> members = new LinkedHashMap<>();
            for (JsonToken token = next(parser); token != JsonToken.END_OBJECT; token = next(parser)) {
                String name = parser.currentName();
                next(parser);
                members.put(name, value(parser));
            }
            return members;
        }

        private static List<Object> array(JsonParser parser) throws IOException {
            List<Object> elements = new ArrayList<>();
            for (JsonToken token = next(parser); token != JsonToken.END_ARRAY; token = next(parser)) {
                elements.add(value(parser));
            }
            return elements;
        }

        /** The next token; the parser itself reports most ends of input, this the rest. */
        private static JsonToken next(JsonParser parser) throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside extensions");
            }
            return token;
        }

        private static Object value(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(parser);
                case START_ARRAY -> array(parser);
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser);
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                // The JSON parser yields nothing else inside an object or array.
                default -> throw new IllegalStateException("unexpected token " + token);
            };
        }
    }

    /** Thrown for a number whose exponent no {@link BigDecimal} can hold, e.g. {@code 1e99999999999}. */
    static final class NumberOutOfRangeException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        NumberOutOfRangeException(JsonParser parser) {
            super(parser, "number out of range");
        }
    }

    private static BigDecimal number(JsonParser parser) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException unrepresentable) {
            // Jackson 2.18 and later throw this; its message quotes the number.
            throw new NumberOutOfRangeException(parser);
        } catch (JsonParseException wrapped) {
            // Jackson 2.16 and 2.17 wrap it.
            if (wrapped.getCause() instanceof NumberFormatException) {
                throw new NumberOutOfRangeException(parser);
            }
            throw wrapped;
        }
    }

    private static final class Writer extends JsonSerializer<Extensions> {
        @Override
        public Class<Extensions> handledType() {
            return Extensions.class;
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Extensions value) {
            return value.isEmpty();
        }

        @Override
        public void serialize(Extensions value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            write(value.members(), generator);
        }

        private static void write(Object value, JsonGenerator generator) throws IOException {
            if (value == null) {
                generator.writeNull();
            } else if (value instanceof String text) {
                generator.writeString(text);
            } else if (value instanceof Boolean flag) {
                generator.writeBoolean(flag);
            } else if (value instanceof BigDecimal number) {
                generator.writeNumber(number);
            } else if (value instanceof List<?> list) {
                generator.writeStartArray();
                for (Object element : list) {
                    write(element, generator);
                }
                generator.writeEndArray();
            } else {
                generator.writeStartObject();
                for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
                    generator.writeFieldName((String) member.getKey());
                    write(member.getValue(), generator);
                }
                generator.writeEndObject();
            }
        }
    }
}
