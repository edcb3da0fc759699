package org.strategycheck.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.RecordError;
import org.strategycheck.model.Extensions;
import org.strategycheck.model.LaChildId;
import org.strategycheck.model.StrategyDiscussion;

/**
 * The one Jackson configuration of the library: strict reading, and the translation of
 * Jackson's exceptions into {@link RecordError}s.
 *
 * <p>Jackson's own messages are never passed on, because several of them quote the input.
 */
public final class RecordMapper {

    /** Largest record, in bytes or chars, the reader accepts. */
    public static final int MAX_RECORD_LENGTH = 2 * 1024 * 1024;
    /** Longest single string value. */
    public static final int MAX_STRING_LENGTH = 256 * 1024;
    /** Deepest nesting of objects and arrays (a valid record needs 4). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest number literal. */
    public static final int MAX_NUMBER_LENGTH = 64;

    /** Where a record's vendor data is (format revision 1.1). */
    private static final String EXTENSIONS = "/extensions";

    private static final ObjectMapper STRICT = strictMapper();
    // Trailing content is checked by read(), which also catches content that is not JSON ("} x", "}}").
    private static final ObjectReader RECORD_READER = STRICT.readerFor(StrategyDiscussion.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectWriter RECORD_WRITER = STRICT.writerFor(StrategyDiscussion.class);
    private static final ObjectMapper LENIENT = JsonMapper.builder(factory()).build();

    private RecordMapper() {
    }

    /**
     * A new generator writing JSON text with the library's settings. The mapper itself is never
     * handed out: it is shared, and mutable through its configuration methods.
     *
     * @param out where the JSON goes
     * @return the generator; the caller closes it
     * @throws IOException when the generator cannot be created
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        return STRICT.getFactory().createGenerator(out);
    }

    /**
     * Reads one record and checks its contract.
     *
     * @param json UTF-8 (or UTF-16/32, with or without BOM) JSON bytes
     * @return the record
     * @throws InvalidRecordException when it cannot be read or breaks the contract
     */
    public static StrategyDiscussion read(byte[] json) {
        return RecordContract.require(bind(json));
    }

    /**
     * Reads one record without checking its contract, for a caller that checks it at a stage of
     * its own choosing ({@link RecordContract#require(StrategyDiscussion, org.strategycheck.CheckMode)}).
     *
     * @param json UTF-8 (or UTF-16/32, with or without BOM) JSON bytes
     * @return the bound record, or {@code null} for a JSON {@code null} document
     * @throws InvalidRecordException when it cannot be read
     */
    public static StrategyDiscussion bind(byte[] json) {
        if (json.length == 0) {
            throw new InvalidRecordException(null, List.of(RecordError.at("", "json.empty")));
        }
        if (json.length > MAX_RECORD_LENGTH) {
            // Jackson checks the document length only when it refills its buffer, never for an array read whole.
            throw new InvalidRecordException(null, List.of(RecordError.at("", "json.tooLarge", limits())));
        }
        StrategyDiscussion record;
        try (JsonParser parser = STRICT.createParser(json)) {
            record = RECORD_READER.readValue(parser);
            requireEnd(parser, json);
        } catch (IOException e) {
            throw new InvalidRecordException(salvageId(json), List.of(translate(e)));
        }
        return record;
    }

    /** Anything after the record is an error, whether it is more JSON ("} {}") or not ("} x", "}}"). */
    private static void requireEnd(JsonParser parser, byte[] json) throws IOException {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JsonParseException notJson) {
            at = notJson.getLocation();
        }
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        throw new InvalidRecordException(salvageId(json), List.of(new RecordError("", "json.trailing",
                List.of(String.valueOf(line), String.valueOf(column)), line, column)));
    }

    /**
     * Writes a record as compact JSON; {@link #read} gives back an equal record.
     *
     * @param record the record
     * @return its JSON
     */
    public static String write(StrategyDiscussion record) {
        try {
            return RECORD_WRITER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record could not be written as JSON", e);
        }
    }

    /**
     * The record id of input that failed, when it is well-formed enough to hold one.
     *
     * @param json the input
     * @return the id, or {@code null}
     */
    public static String salvageId(byte[] json) {
        try {
            JsonNode tree = LENIENT.readTree(json);
            JsonNode id = tree == null ? null : tree.get("recordId");
            return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Turns a Jackson failure into a record error with a pointer and no quoted input.
     *
     * @param e what Jackson threw
     * @return the error
     */
    public static RecordError translate(IOException e) {
        RecordError error = classify(e);
        if (!error.pointer().startsWith(EXTENSIONS + "/")) {
            return error;
        }
        // The vendor's keys are its data, and may be identifiers: an error inside extensions stops at
        // /extensions, and its line and column say where. Only the parser fails there (extensions take
        // any JSON), and of its errors only a duplicate key names anything from the input.
        if (error.messageKey().equals("json.duplicateKey")) {
            return new RecordError(EXTENSIONS, "json.duplicateKeyInExtensions",
                    List.of(String.valueOf(error.line()), String.valueOf(error.column())), error.line(), error.column());
        }
        return new RecordError(EXTENSIONS, error.messageKey(), error.arguments(), error.line(), error.column());
    }

    private static RecordError classify(IOException e) {
        String pointer = pointerOf(e);
        IOException failure = parserFailure(e);
        if (failure != e) {
            // The parser knows the exact place (e.g. the duplicated key itself); the path may stop short of it.
            String exact = pointerOf(failure);
            pointer = exact.isEmpty() ? pointer : exact;
            e = failure;
        }
        int line = 0;
        int column = 0;
        if (e instanceof JacksonException jackson && jackson.getLocation() != null) {
            JsonLocation location = jackson.getLocation();
            line = Math.max(0, location.getLineNr());
            column = Math.max(0, location.getColumnNr());
        }
        String lineText = String.valueOf(line);
        String columnText = String.valueOf(column);
        if (e instanceof StreamConstraintsException) {
            return new RecordError(pointer, "json.tooLarge", List.of(limits()), line, column);
        }
        if (e instanceof JsonEOFException || e instanceof JsonParseException early && early.getOriginalMessage() != null
                && early.getOriginalMessage().startsWith("Unexpected end-of-input")) {
            // Jackson reports some ends of input (e.g. just after a comma) as plain parse errors.
            return new RecordError(pointer, "json.truncated", List.of(lineText, columnText), line, column);
        }
        if (e instanceof ExtensionsSerde.NumberOutOfRangeException) {
            return new RecordError(pointer, "json.numberOutOfRange", List.of(lineText, columnText), line, column);
        }
        if (e instanceof JsonParseException parse) {
            String original = parse.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate field '")) {
                String name = original.substring("Duplicate field '".length(), original.indexOf('\'', 17));
                return new RecordError(pointer, "json.duplicateKey", List.of(name), line, column);
            }
            return new RecordError(pointer, "json.malformed", List.of(lineText, columnText), line, column);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            String allowed = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return new RecordError(pointer, "record.unknownProperty", List.of(unknown.getPropertyName(), allowed),
                    line, column);
        }
        if (e instanceof IdentifierSerde.BlankIdentifierException) {
            return new RecordError(pointer, "record.blankIdentifier", List.of(), line, column);
        }
        if (e instanceof DateTimeSerde.BadDateException bad) {
            return new RecordError(pointer, bad.messageKey, List.of(), line, column);
        }
        if (e instanceof InvalidNullException) {
            return new RecordError(pointer, "record.nullEntry", List.of(), line, column);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            if (target != null && target.isEnum() && e instanceof InvalidFormatException) {
                return new RecordError(pointer, "record.unknownValue", List.of(allowedValues(target)), line, column);
            }
            if (mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("Trailing token")) {
                return new RecordError(pointer, "json.trailing", List.of(lineText, columnText), line, column);
            }
            if (mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("No content to map")) {
                return new RecordError("", "json.empty", List.of(), line, column);
            }
            return new RecordError(pointer, "record.wrongType", List.of(expected(target)), line, column);
        }
        return new RecordError(pointer, "record.invalid", List.of(), line, column);
    }

    /**
     * Inside a value, databind wraps the parser's own failure (malformed or truncated input, a
     * size limit) in a plain JsonMappingException that adds the path but hides the kind of
     * failure and its position: classify by the parser's exception.
     */
    private static IOException parserFailure(IOException e) {
        if (e.getClass() == JsonMappingException.class && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            return cause;
        }
        return e;
    }

    private static String limits() {
        return "at most " + MAX_RECORD_LENGTH + " bytes, strings of at most " + MAX_STRING_LENGTH
                + " characters, numbers of at most " + MAX_NUMBER_LENGTH + " digits, nesting at most " + MAX_NESTING_DEPTH
                + " deep";
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "another type";
        }
        if (target == String.class || target == LaChildId.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true, false or null";
        }
        if (target.isEnum()) {
            return "one of " + allowedValues(target);
        }
        if (target == LocalDate.class) {
            return "a date string YYYY-MM-DD";
        }
        if (target == Instant.class) {
            return "a date-time string";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String pointerOf(IOException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                pointer.append('/');
                if (reference.getFieldName() != null) {
                    pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
                } else {
                    pointer.append(reference.getIndex());
                }
            }
            return pointer.toString();
        }
        if (e instanceof JacksonException jackson && jackson.getProcessor() instanceof JsonParser parser
                && parser.getParsingContext() != null) {
            return parser.getParsingContext().pathAsPointer().toString();
        }
        return "";
    }

    private static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_RECORD_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder(factory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(DateTimeSerde.module())
                .addModule(StrictEnums.module())
                .addModule(ExtensionsSerde.module())
                .addModule(IdentifierSerde.module())
                .build();
        // No extensions are written as none, as absent sections' fields are: reading gives back EMPTY.
        mapper.configOverride(Extensions.class).setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
        // A null inside a list is an error with a pointer, not a silent hole.
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.Enum,
                LogicalType.DateTime, LogicalType.POJO, LogicalType.Collection)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // An empty string is ordinary text for a text field.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

}
