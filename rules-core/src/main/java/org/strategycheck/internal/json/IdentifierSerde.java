package org.strategycheck.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.strategycheck.internal.Identifiers;
import org.strategycheck.model.LaChildId;

/** A child's {@code laChildId}: a JSON string that is not blank, held as a {@link LaChildId}. */
final class IdentifierSerde {

    private IdentifierSerde() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strategycheck-identifiers");
        module.addDeserializer(LaChildId.class, new Reader());
        module.addSerializer(LaChildId.class, new Writer());
        return module;
    }

    /** Thrown for a blank identifier; the mapper turns it into a record error. */
    static final class BlankIdentifierException extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        BlankIdentifierException(JsonParser parser) {
            super(parser, "blank identifier");
        }
    }

    private static final class Reader extends JsonDeserializer<LaChildId> {
        @Override
        public LaChildId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LaChildId) context.handleUnexpectedToken(LaChildId.class, parser);
            }
            String text = parser.getText();
            if (text.isBlank()) {
                throw new BlankIdentifierException(parser);
            }
            return LaChildId.of(text);
        }
    }

    private static final class Writer extends JsonSerializer<LaChildId> {
        @Override
        public Class<LaChildId> handledType() {
            return LaChildId.class;
        }

        @Override
        public void serialize(LaChildId value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(Identifiers.text(value));
        }
    }
}
