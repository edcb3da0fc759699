package org.strategycheck.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.strategycheck.internal.London;

/**
 * Strict date and instant binding for record format v1.
 *
 * <p>Written by hand rather than taken from jackson-datatype-jsr310 because the format is
 * stricter than that module: a date is exactly {@code YYYY-MM-DD} (no arrays, no epoch
 * numbers, no six-digit years), and an instant without an offset is local time in
 * Europe/London, never the machine's zone (format revision 1.1: a local time the clocks skipped
 * is an error, one they repeated is the earlier instant).
 */
final class DateTimeSerde {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");

    private DateTimeSerde() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strategycheck-dates");
        module.addDeserializer(LocalDate.class, new LocalDateDeserializer());
        module.addDeserializer(Instant.class, new InstantDeserializer());
        module.addSerializer(LocalDate.class, new ToStringSerializer<>(LocalDate.class));
        module.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class));
        return module;
    }

    /** Thrown for a string that is not a date or instant; the mapper turns it into a record error. */
    static final class BadDateException extends com.fasterxml.jackson.databind.JsonMappingException {
        private static final long serialVersionUID = 1L;
        final String messageKey;

        BadDateException(JsonParser parser, String messageKey) {
            super(parser, messageKey);
            this.messageKey = messageKey;
        }
    }

    private static String text(JsonParser parser, DeserializationContext context, Class<?> type) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(type, parser);
        }
        return parser.getText();
    }

    private static final class LocalDateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = text(parser, context, LocalDate.class);
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeException impossible) {
                    // e.g. 2023-02-30: reported below like any other bad shape
                }
            }
            throw new BadDateException(parser, "record.badDate");
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = text(parser, context, Instant.class);
            if (DATE_TIME.matcher(text).matches()) {
                LocalDateTime local;
                try {
                    char last = text.charAt(text.length() - 1);
                    boolean hasOffset = last == 'Z' || text.length() > 19 && (text.charAt(text.length() - 6) == '+'
                            || text.charAt(text.length() - 6) == '-');
                    if (hasOffset) {
                        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                    }
                    local = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                } catch (DateTimeException impossible) {
                    // e.g. 25:00: reported below like any other bad shape
                    local = null;
                }
                if (local != null) {
                    return inLondon(local, parser);
                }
            }
            throw new BadDateException(parser, "record.badInstant");
        }
    }

    /**
     * A wall-clock time in London. java.time would move a time in the hour the clocks skip
     * forward by an hour, so that the record would say the discussion was held at a time nobody
     * wrote: such a time is an error instead. A time in the hour the clocks go back happened
     * twice; the format takes the first, while BST was still kept.
     */
    private static Instant inLondon(LocalDateTime local, JsonParser parser) throws BadDateException {
        if (London.ZONE.getRules().getValidOffsets(local).isEmpty()) {
            throw new BadDateException(parser, "record.localTimeSkipped");
        }
        return local.atZone(London.ZONE).withEarlierOffsetAtOverlap().toInstant();
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;

        ToStringSerializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }
}
