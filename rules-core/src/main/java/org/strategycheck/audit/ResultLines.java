package org.strategycheck.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.strategycheck.AuditResult;
import org.strategycheck.CheckMode;
import org.strategycheck.Finding;
import org.strategycheck.Grade;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;
import org.strategycheck.Severity;
import org.strategycheck.facts.AgeBand;
import org.strategycheck.internal.json.ResultFields;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Agency;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Section47Decision;

/**
 * The {@code results.jsonl} line: written and read back by this one class, so resuming an
 * audit, comparing two audits or a host's own tooling read exactly what the audit wrote.
 *
 * <p>A graded record's line is {@link org.strategycheck.json.ResultJson#result} followed by
 * its {@link RecordContext}:
 *
 * <pre>
 * {"source":…,"recordId":…,"grade":…,"findings":[…],"passed":[…],"notApplicable":[…],
 *  "ruleSetVersion":…,"profile":…,"profileVersion":…,"mode":"FINAL","pending":[],"catalogueVersion":"1.1",
 *  "partnership":…,"team":…,"heldOn":"2024-05-14","type":"INITIAL","caseStatus":…,
 *  "categories":["PHYSICAL_ABUSE"],"ageBands":["SCHOOL_AGE"],
 *  "invited":["CHILDRENS_SOCIAL_CARE","POLICE","HEALTH"],"attended":["CHILDRENS_SOCIAL_CARE","POLICE"],
 *  "inWriting":["HEALTH"],"everyoneInvitedAttended":false,"workingDaysFromConcern":1,"timingRationale":false,
 *  "minutesCirculated":true,"workingDaysToMinutes":2,"section47":"INITIATE","section47Rationale":true,
 *  "ethnicGroups":["WHITE"]}
 * </pre>
 *
 * <p>The fields from {@code invited} on are the record's {@link RecordContext.Practice}, from
 * which a report's attendance, timeliness, minutes, decision and ethnicity figures are counted;
 * a line written before they were kept has none of them and reads back with no practice values.
 *
 * <p>A rejected record's line is {@link org.strategycheck.json.ResultJson#error}:
 * {@code {"source":…,"recordId":…,"error":{…},"otherErrors":[…]}}. Context values not
 * recorded are {@code null}. A line holds no position: a record's position is its line
 * number. Reading back gives a value equal to the one written ({@code message} texts are
 * rendered from their keys and are not read back).
 */
public final class ResultLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultLines() {
    }

    /**
     * A record's line, without its line break.
     *
     * @param record   the audited record
     * @param messages the wording of the messages
     * @return the line
     */
    public static String write(AuditedRecord record, Messages messages) {
        if (record instanceof AuditedRecord.Graded graded) {
            return ResultFields.write(json -> {
                json.writeStartObject();
                ResultFields.result(json, graded.source(), graded.result(), messages);
                context(json, graded.context());
                json.writeEndObject();
            });
        }
        AuditedRecord.Rejected rejected = (AuditedRecord.Rejected) record;
        return ResultFields.write(json -> {
            json.writeStartObject();
            ResultFields.error(json, rejected.source(), rejected.recordId(), rejected.errors(), messages);
            json.writeEndObject();
        });
    }

    private static void context(JsonGenerator json, RecordContext context) throws IOException {
        json.writeStringField("partnership", context.partnership());
        json.writeStringField("team", context.team());
        json.writeStringField("heldOn", context.heldOn() == null ? null : context.heldOn().toString());
        json.writeStringField("type", context.type() == null ? null : context.type().name());
        json.writeStringField("caseStatus", context.caseStatus() == null ? null : context.caseStatus().name());
        ResultFields.strings(json, "categories", context.categories().stream().map(Enum::name).toList());
        ResultFields.strings(json, "ageBands", context.ageBands().stream().map(Enum::name).toList());
        RecordContext.Practice practice = context.practice();
        if (practice == null) {
            // Not known (a line read back from before these values were kept): written as read.
            return;
        }
        ResultFields.strings(json, "invited", names(practice.invited()));
        ResultFields.strings(json, "attended", names(practice.attended()));
        ResultFields.strings(json, "inWriting", names(practice.inWriting()));
        nullableBoolean(json, "everyoneInvitedAttended", practice.everyoneInvitedAttended());
        nullableNumber(json, "workingDaysFromConcern", practice.workingDaysFromConcern());
        json.writeBooleanField("timingRationale", practice.timingRationale());
        json.writeBooleanField("minutesCirculated", practice.minutesCirculated());
        nullableNumber(json, "workingDaysToMinutes", practice.workingDaysToMinutes());
        json.writeStringField("section47", practice.section47() == null ? null : practice.section47().name());
        json.writeBooleanField("section47Rationale", practice.section47Rationale());
        ResultFields.strings(json, "ethnicGroups", names(practice.ethnicGroups()));
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static void nullableBoolean(JsonGenerator json, String field, Boolean value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeBooleanField(field, value);
        }
    }

    private static void nullableNumber(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    /**
     * Reads a line back.
     *
     * @param line     the line, UTF-8, without its line break
     * @param position its line number, which is the record's position
     * @return the audited record
     * @throws IllegalArgumentException when it is not a results line; the message names the
     *                                  field (a JSON pointer) and never quotes the line
     */
    public static AuditedRecord read(byte[] line, long position) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a results line: not one JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a results line: not one JSON object");
        }
        try {
            return node.has("error") ? rejected(node, position) : graded(node, position);
        } catch (Bad bad) {
            throw new IllegalArgumentException("not a results line: " + bad.getMessage());
        } catch (IllegalArgumentException | NullPointerException inconsistent) {
            throw new IllegalArgumentException("not a results line: its fields do not make a result");
        }
    }

    /**
     * Reads a line back.
     *
     * @param line     the line, without its line break
     * @param position its line number, which is the record's position
     * @return the audited record
     * @throws IllegalArgumentException when it is not a results line
     */
    public static AuditedRecord read(String line, long position) {
        return read(line.getBytes(StandardCharsets.UTF_8), position);
    }

    private static AuditedRecord rejected(JsonNode node, long position) {
        List<RecordError> errors = new ArrayList<>();
        errors.add(error(node.get("error"), "/error"));
        JsonNode others = node.get("otherErrors");
        if (others != null) {
            array(others, "/otherErrors");
            for (int i = 0; i < others.size(); i++) {
                errors.add(error(others.get(i), "/otherErrors/" + i));
            }
        }
        return new AuditedRecord.Rejected(position, text(node, "source", "", false), text(node, "recordId", "", true),
                errors);
    }

    private static RecordError error(JsonNode error, String at) {
        if (!error.isObject()) {
            throw new Bad(at + ": not an object");
        }
        int line = number(error, "line", at);
        int column = number(error, "column", at);
        return new RecordError(text(error, "pointer", at, false), text(error, "messageKey", at, false),
                strings(error, "arguments", at), line, column);
    }

    private static AuditedRecord graded(JsonNode node, long position) {
        List<Finding> findings = new ArrayList<>();
        JsonNode list = array(node.get("findings"), "/findings");
        for (int i = 0; i < list.size(); i++) {
            JsonNode finding = list.get(i);
            String at = "/findings/" + i;
            if (!finding.isObject()) {
                throw new Bad(at + ": not an object");
            }
            findings.add(new Finding(text(finding, "ruleId", at, false),
                    value(finding, "severity", at, Severity::valueOf), text(finding, "messageKey", at, false),
                    strings(finding, "arguments", at), strings(finding, "pointers", at),
                    text(finding, "source", at, false)));
        }
        AuditResult result = new AuditResult(text(node, "recordId", "", false), value(node, "grade", "", Grade::valueOf),
                findings, strings(node, "passed", ""), strings(node, "notApplicable", ""),
                text(node, "ruleSetVersion", "", false), text(node, "profile", "", false),
                text(node, "profileVersion", "", false), value(node, "mode", "", CheckMode::valueOf),
                strings(node, "pending", ""), catalogueVersion(node));
        // The context came with the results line in this format; a line without it reads as unknown.
        RecordContext context = new RecordContext(text(node, "partnership", "", true), text(node, "team", "", true),
                optional(node, "heldOn", LocalDate::parse), optional(node, "type", DiscussionType::valueOf),
                optional(node, "caseStatus", CaseStatus::valueOf), values(node, "categories", ConcernCategory::valueOf),
                values(node, "ageBands", AgeBand::valueOf), practice(node));
        return new AuditedRecord.Graded(position, text(node, "source", "", false), result, context);
    }

    /** Lines written before results named the catalogue have none: read as not known. */
    private static String catalogueVersion(JsonNode node) {
        return node.has("catalogueVersion") ? text(node, "catalogueVersion", "", false) : "";
    }

    /** The practice values, or {@code null} for a line written before they were kept. */
    private static RecordContext.Practice practice(JsonNode node) {
        if (node.get("invited") == null) {
            return null;
        }
        return new RecordContext.Practice(java.util.Set.copyOf(values(node, "invited", Agency::valueOf)),
                java.util.Set.copyOf(values(node, "attended", Agency::valueOf)),
                java.util.Set.copyOf(values(node, "inWriting", Agency::valueOf)),
                nullableBoolean(node, "everyoneInvitedAttended"), nullableNumber(node, "workingDaysFromConcern"),
                bool(node, "timingRationale"), bool(node, "minutesCirculated"),
                nullableNumber(node, "workingDaysToMinutes"), optional(node, "section47", Section47Decision::valueOf),
                bool(node, "section47Rationale"), values(node, "ethnicGroups", EthnicGroup::valueOf));
    }

    private static Boolean nullableBoolean(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : bool(node, field);
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new Bad("/" + field + ": expected true or false");
        }
        return value.booleanValue();
    }

    private static Integer nullableNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new Bad("/" + field + ": expected a whole number");
        }
        return value.intValue();
    }

    private static String text(JsonNode node, String field, String at, boolean nullable) {
        JsonNode value = node.get(field);
        if ((value == null || value.isNull()) && nullable) {
            return null;
        }
        if (value == null || !value.isTextual()) {
            throw new Bad(at + "/" + field + ": expected a string");
        }
        return value.asText();
    }

    private static int number(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null) {
            return 0;
        }
        if (!value.canConvertToInt()) {
            throw new Bad(at + "/" + field + ": expected a whole number");
        }
        return value.intValue();
    }

    private static <T> T value(JsonNode node, String field, String at, Function<String, T> parse) {
        String text = text(node, field, at, false);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Bad(at + "/" + field + ": not an allowed value");
        }
    }

    private static <T> T optional(JsonNode node, String field, Function<String, T> parse) {
        return node.get(field) == null || node.get(field).isNull() ? null : value(node, field, "", parse);
    }

    private static JsonNode array(JsonNode node, String at) {
        if (node == null || !node.isArray()) {
            throw new Bad(at + ": expected an array");
        }
        return node;
    }

    private static List<String> strings(JsonNode node, String field, String at) {
        JsonNode list = array(node.get(field), at + "/" + field);
        List<String> values = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual()) {
                throw new Bad(at + "/" + field + "/" + i + ": expected a string");
            }
            values.add(list.get(i).asText());
        }
        return values;
    }

    private static <T> List<T> values(JsonNode node, String field, Function<String, T> parse) {
        if (node.get(field) == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        List<String> names = strings(node, field, "");
        for (int i = 0; i < names.size(); i++) {
            try {
                values.add(parse.apply(names.get(i)));
            } catch (IllegalArgumentException e) {
                throw new Bad("/" + field + "/" + i + ": not an allowed value");
            }
        }
        return values;
    }

    /** Why a line is not a results line, by pointer; never quotes the line. */
    private static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message, null, false, false);
        }
    }
}
