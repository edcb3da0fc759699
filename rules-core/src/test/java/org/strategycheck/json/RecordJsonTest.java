package org.strategycheck.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.TestRecords.resource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategycheck.InvalidRecordException;
import org.strategycheck.Messages;
import org.strategycheck.RecordError;
import org.strategycheck.model.Agency;
import org.strategycheck.census.ChildKey;
import org.strategycheck.model.ChildVoice;
import org.strategycheck.model.Concern;
import org.strategycheck.model.Decisions;
import org.strategycheck.model.Extensions;
import org.strategycheck.model.History;
import org.strategycheck.model.Identity;
import org.strategycheck.model.LaChildId;
import org.strategycheck.model.Marac;
import org.strategycheck.model.Minutes;
import org.strategycheck.model.NamedProfessional;
import org.strategycheck.model.Risk;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/** Strict reading and writing of records in interchange format v1. */
class RecordJsonTest {

    /** A valid record's opening: every required field, one child, no closing brace. */
    private static final String HEAD =
            "{\"schemaVersion\":\"1\",\"recordId\":\"R-1\",\"heldAt\":\"2024-03-12T15:30:00Z\",\"children\":[{\"ref\":\"C1\"}]";

    private static final String CANARY = "CANARY-123";

    /** A valid record with more top-level properties. */
    private static String record(String more) {
        return HEAD + (more.isEmpty() ? "" : "," + more) + "}";
    }

    /** A valid record whose child has more properties. */
    private static String recordWithChild(String childProperties) {
        return record("").replace("{\"ref\":\"C1\"}", "{\"ref\":\"C1\"," + childProperties + "}");
    }

    /** A valid record whose heldAt is the given JSON value. */
    private static String recordHeldAt(String heldAtJson) {
        return record("").replace("\"2024-03-12T15:30:00Z\"", heldAtJson);
    }

    private static InvalidRecordException invalid(String json) {
        return assertThrows(InvalidRecordException.class, () -> RecordJson.read(json));
    }

    private static InvalidRecordException invalid(byte[] json) {
        return assertThrows(InvalidRecordException.class, () -> RecordJson.read(json));
    }

    private static void assertError(RecordError error, String pointer, String messageKey) {
        assertAll(
                () -> assertEquals(pointer, error.pointer(), "pointer"),
                () -> assertEquals(messageKey, error.messageKey(), "messageKey"));
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    @Nested
    class ValidInput {

        @Test
        void minimalValidRecordReads() {
            StrategyDiscussion record = RecordJson.read(resource("/records/minimal.json"));

            assertEquals("1", record.schemaVersion());
            assertEquals("SD-TEST-MINIMAL", record.recordId());
            assertEquals(Instant.parse("2024-03-12T15:30:00Z"), record.heldAt());
            assertEquals(1, record.children().size());
            assertEquals("C1", record.children().get(0).ref());
        }

        @Test
        void absentStatusIsFinal() {
            assertEquals(Status.FINAL, RecordJson.read(record("")).status());
        }

        @Test
        void absentSectionsAndListsAreEmpty() {
            StrategyDiscussion record = RecordJson.read(record(""));

            assertAll(
                    () -> assertEquals(Concern.EMPTY, record.concern()),
                    () -> assertEquals(List.of(), record.concern().categories()),
                    () -> assertNull(record.concern().referrer()),
                    () -> assertEquals(List.of(), record.participants()),
                    () -> assertEquals(List.of(), record.involvedServices()),
                    () -> assertEquals(List.of(), record.significantOthers()),
                    () -> assertEquals(List.of(), record.actions()),
                    () -> assertEquals(History.EMPTY, record.history()),
                    () -> assertEquals(Risk.EMPTY, record.risk()),
                    () -> assertEquals(Identity.EMPTY, record.identity()),
                    () -> assertEquals(ChildVoice.EMPTY, record.childVoice()),
                    () -> assertEquals(Decisions.EMPTY, record.decisions()),
                    () -> assertEquals(Minutes.EMPTY, record.minutes()),
                    () -> assertEquals(List.of(), record.minutes().circulatedTo()),
                    () -> assertEquals(NamedProfessional.EMPTY, record.namedProfessional()),
                    () -> assertEquals(Marac.EMPTY, record.marac()));
        }

        @Test
        void explicitNullSectionsAndListsAreEmpty() {
            StrategyDiscussion record = RecordJson.read(record(
                    "\"history\":null,\"participants\":null,\"concern\":null,\"minutes\":{\"circulatedTo\":null}"));

            assertEquals(History.EMPTY, record.history());
            assertEquals(List.of(), record.participants());
            assertEquals(Concern.EMPTY, record.concern());
            assertEquals(List.of(), record.minutes().circulatedTo());
        }

        @Test
        void falseIsKeptApartFromNotRecorded() {
            StrategyDiscussion record = RecordJson.read(record("\"marac\":{\"known\":false}"));

            assertEquals(Boolean.FALSE, record.marac().known());
            assertNull(record.marac().actionsConsidered());
        }

        @Test
        void draftWithoutHeldAtReads() {
            StrategyDiscussion record = RecordJson.read(
                    "{\"schemaVersion\":\"1\",\"recordId\":\"R-1\",\"status\":\"DRAFT\",\"children\":[{\"ref\":\"C1\"}]}");

            assertEquals(Status.DRAFT, record.status());
            assertNull(record.heldAt());
        }

        @Test
        void utf8ByteOrderMarkBeforeValidRecordIsIgnored() {
            byte[] record = resource("/records/minimal.json");
            byte[] withBom = new byte[record.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(record, 0, withBom, 3, record.length);

            assertEquals(RecordJson.read(record), RecordJson.read(withBom));
        }

        @Test
        void byteOrderMarkInTextBeforeValidRecordIsIgnored() {
            assertEquals("R-1", RecordJson.read("\uFEFF" + record("")).recordId());
        }

        @Test
        void utf16WithByteOrderMarkReads() {
            // Java's "UTF-16" encoder writes a big-endian byte order mark first.
            byte[] utf16 = record("\"partnership\":\"hackney\"").getBytes(StandardCharsets.UTF_16);

            assertEquals("hackney", RecordJson.read(utf16).partnership());
        }

        @Test
        void teamIsReadAsTextAndAbsentTeamIsNotRecorded() {
            assertEquals("north-assessment", RecordJson.read(record("\"team\":\"north-assessment\"")).team());
            assertNull(RecordJson.read(record("")).team());
        }

        @Test
        void aRecordBuiltWithoutTeamEqualsOneReadWithoutIt() {
            StrategyDiscussion read = RecordJson.read(record(""));
            StrategyDiscussion built = new StrategyDiscussion(read.schemaVersion(), read.recordId(), read.status(),
                    read.partnership(), read.type(), read.format(), read.caseStatus(), read.heldAt(),
                    read.timingRationale(), read.concern(), read.children(), read.participants(),
                    read.involvedServices(), read.significantOthers(), read.history(), read.risk(), read.identity(),
                    read.childVoice(), read.decisions(), read.actions(), read.minutes(), read.namedProfessional(),
                    read.marac());

            assertEquals(read, built);
        }

        @Test
        void emptyStringIsTextNotAbsence() {
            assertEquals("", RecordJson.read(record("\"timingRationale\":\"\"")).timingRationale());
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"12/03/2024", "2024-3-1", "2023-02-30", "2024-13-01", "2024-03-01T00:00", " 2024-03-01",
                "20240301", "", "+2024-03-01"})
        void dateInWrongShapeIsBadDateAtItsPointer(String text) {
            RecordError error = invalid(recordWithChild("\"dateOfBirth\":\"" + text + "\"")).firstError();

            assertError(error, "/children/0/dateOfBirth", "record.badDate");
        }

        @Test
        void dateWrittenAsNumberIsWrongTypeAtItsPointer() {
            RecordError error = invalid(recordWithChild("\"dateOfBirth\":20240301")).firstError();

            assertError(error, "/children/0/dateOfBirth", "record.wrongType");
            assertEquals(List.of("a date string YYYY-MM-DD"), error.arguments());
        }

        @Test
        void badDateDeepInTheRecordNamesItsPointer() {
            RecordError error = invalid(record(
                    "\"actions\":[{\"ref\":\"A1\"},{\"ref\":\"A2\",\"dueBy\":\"31/12/2024\"}]")).firstError();

            assertError(error, "/actions/1/dueBy", "record.badDate");
        }

        @Test
        void leapDayReads() {
            assertEquals(LocalDate.of(2024, 2, 29),
                    RecordJson.read(recordWithChild("\"dateOfBirth\":\"2024-02-29\"")).children().get(0).dateOfBirth());
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                "2024-07-01T10:00:00Z,         2024-07-01T10:00:00Z",
                "2023-10-04T11:00:00+01:00,    2023-10-04T10:00:00Z",
                "2024-07-01T10:00:00-05:00,    2024-07-01T15:00:00Z",
                "2024-07-01T10:00:00.250Z,     2024-07-01T10:00:00.250Z",
                // Without an offset: Europe/London wall-clock time (BST in summer, GMT in winter).
                "2024-07-01T10:00:00,          2024-07-01T09:00:00Z",
                "2024-01-15T10:00,             2024-01-15T10:00:00Z",
                "2024-06-30T23:30,             2024-06-30T22:30:00Z"})
        void instantReadsAsTheInstantItNames(String text, String expected) {
            assertEquals(Instant.parse(expected), RecordJson.read(recordHeldAt("\"" + text + "\"")).heldAt());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2022-03-27T01:00", "2022-03-27T01:30", "2022-03-27T01:59:59.999999999",
                "2024-03-31T01:15:00", "2031-03-30T01:45"})
        void localTimeTheClocksSkippedInLondonIsAnErrorAtItsPointerNeverMoved(String text) {
            RecordError error = invalid(recordHeldAt("\"" + text + "\"")).firstError();

            assertError(error, "/heldAt", "record.localTimeSkipped");
            assertEquals(List.of(), error.arguments());
        }

        @Test
        void localTimeTheClocksSkippedIsAnErrorWhereverItIs() {
            RecordError error = invalid(record("\"concern\":{\"emergencyActionAt\":\"2023-03-26T01:20\"}")).firstError();

            assertError(error, "/concern/emergencyActionAt", "record.localTimeSkipped");
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                // Either side of the hour the clocks skip on 27 March 2022 (01:00 GMT becomes 02:00 BST).
                "2022-03-27T00:59:59,          2022-03-27T00:59:59Z",
                "2022-03-27T02:00,             2022-03-27T01:00:00Z",
                // An offset says which instant is meant, whatever London's clocks did.
                "2022-03-27T01:30:00+00:00,    2022-03-27T01:30:00Z",
                // The hour the clocks go back happens twice: the earlier, BST, one is meant.
                "2022-10-30T01:00,             2022-10-30T00:00:00Z",
                "2022-10-30T01:30,             2022-10-30T00:30:00Z",
                "2022-10-30T01:59:59,          2022-10-30T00:59:59Z",
                "2022-10-30T02:00,             2022-10-30T02:00:00Z",
                "2022-10-30T01:30:00+00:00,    2022-10-30T01:30:00Z"})
        void localTimesAroundTheClockChangesReadAsLondonSaysTheyHappened(String text, String expected) {
            assertEquals(Instant.parse(expected), RecordJson.read(recordHeldAt("\"" + text + "\"")).heldAt());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-01-15", "2024-01-15 10:00", "2024-01-15T25:00", "2024-01-15T10", "15/01/2024 10:00",
                "2024-01-15T10:00:00+0100", "2024-01-15T10:00:00 Z", ""})
        void instantInWrongShapeIsBadInstantAtItsPointer(String text) {
            RecordError error = invalid(record(
                    "\"concern\":{\"identifiedAt\":\"" + text + "\"}")).firstError();

            assertError(error, "/concern/identifiedAt", "record.badInstant");
        }

        @Test
        void instantWrittenAsEpochNumberIsWrongType() {
            RecordError error = invalid(recordHeldAt("1710000000")).firstError();

            assertError(error, "/heldAt", "record.wrongType");
            assertEquals(List.of("a date-time string"), error.arguments());
        }
    }

    /** Format revision 1.1: the vendor's own data, read within the record's limits and never quoted. */
    @Nested
    class VendorExtensions {

        private String withExtensions(String json) {
            return record("\"extensions\":" + json);
        }

        /** {@code levels} objects, one in the other, the outermost being extensions' own. */
        private String nested(int levels) {
            return ("{\"" + CANARY + "\":").repeat(levels) + "1" + "}".repeat(levels);
        }

        @Test
        void anyJsonObjectReadsAsPlainValues() {
            Extensions extensions = RecordJson.read(withExtensions("{\"acme\":{\"priority\":\"HIGH\",\"score\":3,"
                    + "\"ratio\":0.25,\"flags\":[true,false,null],\"none\":null,\"deep\":[[{}]]}}")).extensions();

            assertEquals(Optional.of("HIGH"), extensions.string("/acme/priority"));
            assertEquals(Optional.of(new BigDecimal("3")), extensions.number("/acme/score"));
            assertEquals(Optional.of(new BigDecimal("0.25")), extensions.number("/acme/ratio"));
            assertEquals(Optional.of(false), extensions.bool("/acme/flags/1"));
            assertTrue(extensions.isNull("/acme/flags/2"));
            assertTrue(extensions.isNull("/acme/none"));
            assertEquals(Optional.of(Map.of()), extensions.object("/acme/deep/0/0"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\"extensions\":null", "\"extensions\":{}"})
        void absentNullOrEmptyExtensionsAreEmpty(String more) {
            assertEquals(Extensions.EMPTY, RecordJson.read(record(more)).extensions());
        }

        @Test
        void numbersAreKeptExactlyAsWritten() {
            String big = "1234567890123456789012345678901234567890";
            Extensions extensions = RecordJson.read(withExtensions(
                    "{\"n\":[" + big + ",1.50,1E+400,-0.000001,0]}")).extensions();

            assertEquals(List.of(new BigDecimal(big), new BigDecimal("1.50"), new BigDecimal("1E+400"),
                    new BigDecimal("-0.000001"), BigDecimal.ZERO), extensions.array("/n").orElseThrow());
        }

        @Test
        void extensionsWriteBackAsRead() {
            StrategyDiscussion record = RecordJson.read(withExtensions(
                    "{\"b\":[1.50,\"x\",null,{\"c\":[]}],\"a\":{\"e\":false},\"s\":\"\\u2028\\\"\"}"));
            String written = RecordJson.write(record);

            assertEquals(record, RecordJson.read(written));
            assertTrue(written.contains("\"extensions\":{\"b\":[1.50,\"x\",null,{\"c\":[]}],\"a\":{\"e\":false},"),
                    written);
        }

        @Test
        void noExtensionsAreNotWritten() {
            assertFalse(RecordJson.write(RecordJson.read(record(""))).contains("extensions"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"acme\"", "1", "true"})
        void extensionsThatAreNotAnObjectAreWrongType(String json) {
            RecordError error = invalid(withExtensions(json)).firstError();

            assertError(error, "/extensions", "record.wrongType");
            assertEquals(List.of("an object"), error.arguments());
        }

        @Test
        void extensionsNestedToTheRecordsLimitRead() {
            // The record's object is level 1, extensions' own level 2: 31 levels of extensions reach the limit of 32.
            assertTrue(RecordJson.read(withExtensions(nested(RecordJson.MAX_NESTING_DEPTH - 1))).extensions()
                    .has("/" + CANARY));
        }

        @Test
        void extensionsNestedDeeperThanTheRecordsLimitAreTooLargeAtExtensions() {
            InvalidRecordException e = invalid(withExtensions(nested(RecordJson.MAX_NESTING_DEPTH)));

            assertError(e.firstError(), "/extensions", "json.tooLarge");
        }

        @Test
        void aStringInsideExtensionsLongerThanTheLimitIsTooLargeAtExtensions() {
            String json = "{\"" + CANARY + "\":{\"notes\":\"" + "n".repeat(RecordJson.MAX_STRING_LENGTH + 1) + "\"}}";

            assertError(invalid(withExtensions(json)).firstError(), "/extensions", "json.tooLarge");
        }

        @Test
        void aNumberInsideExtensionsLongerThanTheLimitIsTooLargeAtExtensions() {
            assertError(invalid(withExtensions("{\"n\":" + "9".repeat(65) + "}")).firstError(), "/extensions",
                    "json.tooLarge");
        }

        @Test
        void aDuplicateKeyInsideExtensionsIsAnErrorThatDoesNotNameTheKey() {
            InvalidRecordException e = invalid(withExtensions(
                    "{\"acme\":{\"" + CANARY + "\":1,\"" + CANARY + "\":2}}"));

            RecordError error = e.firstError();
            assertError(error, "/extensions", "json.duplicateKeyInExtensions");
            assertEquals(List.of(String.valueOf(error.line()), String.valueOf(error.column())), error.arguments());
            assertTrue(error.column() > 0);
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"n\":NaN}", "{\"n\":Infinity}", "{\"n\":01}", "{\"s\":'x'}",
                "{\"a\":1,}", "{\"s\":\"a\u0000b\"}", "{\"s\":\"\\x\"}", "{x:1}"})
        void contentThatIsNotJsonInsideExtensionsIsMalformedAtExtensions(String json) {
            assertError(invalid(withExtensions(json.replace("\"s\"", "\"" + CANARY + "\""))).firstError(), "/extensions",
                    "json.malformed");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e99999999999", "-1E-99999999999"})
        void aNumberNoDecimalCanHoldIsOutOfRangeAtExtensions(String number) {
            RecordError error = invalid(withExtensions("{\"" + CANARY + "\":[" + number + "]}")).firstError();

            assertError(error, "/extensions", "json.numberOutOfRange");
            assertTrue(error.column() > 0);
        }

        @Test
        void extensionsEndingEarlyAreTruncatedAtExtensions() {
            assertError(invalid(HEAD + ",\"extensions\":{\"" + CANARY + "\":[1,").firstError(), "/extensions",
                    "json.truncated");
        }

        @Test
        void extensionsAreOnlyATopLevelProperty() {
            assertError(invalid(recordWithChild("\"extensions\":{}")).firstError(), "/children/0/extensions",
                    "record.unknownProperty");
        }
    }

    /** Format revision 1.1: a child's census identifier. */
    @Nested
    class ChildIdentifier {

        @Test
        void laChildIdReadsAndMatchesTheCensusChild() {
            LaChildId id = RecordJson.read(recordWithChild("\"laChildId\":\"" + CANARY + "\"")).children().get(0).laChildId();

            assertEquals(LaChildId.of(CANARY), id);
            assertEquals(ChildKey.of(CANARY), id.key());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\"laChildId\":null"})
        void absentOrNullLaChildIdIsNotRecorded(String property) {
            String json = property.isEmpty() ? record("") : recordWithChild(property);

            assertNull(RecordJson.read(json).children().get(0).laChildId());
        }

        @Test
        void laChildIdIsWrittenBackExactlyAsRead() {
            StrategyDiscussion record = RecordJson.read(recordWithChild("\"laChildId\":\" " + CANARY + "\""));
            String written = RecordJson.write(record);

            assertTrue(written.contains("\"laChildId\":\" " + CANARY + "\""), written);
            assertEquals(record, RecordJson.read(written));
        }

        @ParameterizedTest
        @ValueSource(strings = {"42", "true", "[\"" + CANARY + "\"]", "{\"id\":\"" + CANARY + "\"}"})
        void laChildIdThatIsNotAStringIsWrongTypeAtItsPointer(String json) {
            RecordError error = invalid(recordWithChild("\"laChildId\":" + json)).firstError();

            assertError(error, "/children/0/laChildId", "record.wrongType");
            assertEquals(List.of("a string"), error.arguments());
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"\"", "\"   \"", "\"\\t\""})
        void blankLaChildIdIsAnErrorAtItsPointer(String json) {
            assertError(invalid(recordWithChild("\"laChildId\":" + json)).firstError(), "/children/0/laChildId",
                    "record.blankIdentifier");
        }
    }

    @Nested
    class WrongContent {

        @Test
        void unknownPropertyNamesNestedPointerAndAllowedProperties() {
            InvalidRecordException e = invalid(record(
                    "\"participants\":[{\"agency\":\"POLICE\",\"nickname\":\"Smudge\"}]"));

            RecordError error = e.firstError();
            assertError(error, "/participants/0/nickname", "record.unknownProperty");
            assertEquals("nickname", error.arguments().get(0));
            assertEquals("agency, attended, canMakeDecisions, contributedInWriting, informationShared, invited, name, "
                    + "organisation, role", error.arguments().get(1));
        }

        @Test
        void unknownTopLevelPropertyIsRejected() {
            assertError(invalid(record("\"comments\":\"x\"")).firstError(), "/comments", "record.unknownProperty");
        }

        @Test
        void unknownEnumValueNamesPointerAndAllowedValues() {
            InvalidRecordException e = invalid(record(
                    "\"participants\":[{\"agency\":\"POLICE\"},{\"agency\":\"" + CANARY + "\"}]"));

            RecordError error = e.firstError();
            assertError(error, "/participants/1/agency", "record.unknownValue");
            assertEquals(List.of(allowed(Agency.class)), error.arguments());
            assertFalse(e.getMessage().contains(CANARY), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"final\"", "\"Final\"", "\"FINAL_\"", "\"\"", "1"})
        void enumValuesAreExactUpperSnakeStrings(String value) {
            RecordError error = invalid(record("\"status\":" + value)).firstError();

            assertError(error, "/status", "record.unknownValue");
            assertEquals(List.of("DRAFT, FINAL"), error.arguments());
        }

        @Test
        void unknownEnumValueInsideListNamesItsIndex() {
            RecordError error = invalid(record(
                    "\"concern\":{\"categories\":[\"NEGLECT\",\"BULLYING\"]}")).firstError();

            assertError(error, "/concern/categories/1", "record.unknownValue");
        }

        @Test
        void numberForStringIsWrongType() {
            RecordError error = invalid(record("\"partnership\":5")).firstError();

            assertError(error, "/partnership", "record.wrongType");
            assertEquals(List.of("a string"), error.arguments());
        }

        @Test
        void numberForTeamIsWrongTypeAtItsPointer() {
            assertError(invalid(record("\"team\":7")).firstError(), "/team", "record.wrongType");
        }

        @Test
        void objectForStringIsWrongType() {
            assertError(invalid(record("\"timingRationale\":{\"text\":\"x\"}")).firstError(), "/timingRationale",
                    "record.wrongType");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"true\"", "\"false\"", "1", "0", "\"yes\""})
        void nonBooleanForBooleanIsWrongType(String value) {
            RecordError error = invalid(record("\"marac\":{\"known\":" + value + "}")).firstError();

            assertError(error, "/marac/known", "record.wrongType");
            assertEquals(List.of("true, false or null"), error.arguments());
        }

        @Test
        void objectForArrayIsWrongType() {
            RecordError error = invalid(record("\"participants\":{\"agency\":\"POLICE\"}")).firstError();

            assertError(error, "/participants", "record.wrongType");
            assertEquals(List.of("an array"), error.arguments());
        }

        @Test
        void singleValueForArrayIsWrongType() {
            assertError(invalid(record("\"concern\":{\"categories\":\"NEGLECT\"}")).firstError(),
                    "/concern/categories", "record.wrongType");
        }

        @Test
        void arrayForObjectIsWrongType() {
            RecordError error = invalid(record("\"history\":[]")).firstError();

            assertError(error, "/history", "record.wrongType");
            assertEquals(List.of("an object"), error.arguments());
        }

        @Test
        void nullEntryInListNamesItsIndex() {
            assertError(invalid(record("\"participants\":[{\"agency\":\"POLICE\"},null]")).firstError(),
                    "/participants/1", "record.nullEntry");
        }

        @Test
        void nullEntryInEnumListNamesItsIndex() {
            assertError(invalid(record("\"concern\":{\"categories\":[\"NEGLECT\",null]}")).firstError(),
                    "/concern/categories/1", "record.nullEntry");
        }

        @Test
        void duplicateKeyNamesTheKey() {
            RecordError error = invalid(record("\"recordId\":\"R-2\"")).firstError();

            assertError(error, "/recordId", "json.duplicateKey");
            assertEquals(List.of("recordId"), error.arguments());
        }

        @Test
        void duplicateKeyInNestedObjectPointsAtIt() {
            RecordError error = invalid(record(
                    "\"participants\":[{\"agency\":\"POLICE\",\"agency\":\"HEALTH\"}]")).firstError();

            assertError(error, "/participants/0/agency", "json.duplicateKey");
            assertEquals(List.of("agency"), error.arguments());
        }
    }

    @Nested
    class Contract {

        @Test
        void missingRecordIdIsRequired() {
            InvalidRecordException e = invalid(
                    "{\"schemaVersion\":\"1\",\"heldAt\":\"2024-03-12T15:30:00Z\",\"children\":[{\"ref\":\"C1\"}]}");

            assertError(e.firstError(), "/recordId", "record.required");
            assertEquals(List.of("recordId"), e.firstError().arguments());
            assertTrue(e.recordId().isEmpty());
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"\"", "\"   \"", "\"\\t\\n\"", "null"})
        void blankOrNullRecordIdIsRequired(String value) {
            InvalidRecordException e = invalid(record("").replace("\"R-1\"", value));

            assertError(e.firstError(), "/recordId", "record.required");
            assertTrue(e.recordId().isEmpty());
        }

        @Test
        void recordIdAsNumberIsWrongType() {
            assertError(invalid(record("").replace("\"R-1\"", "42")).firstError(), "/recordId", "record.wrongType");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"2\"", "\"1.0\"", "\"\"", "\"v1\""})
        void unsupportedSchemaVersionNamesTheSupportedOne(String version) {
            InvalidRecordException e = invalid(record("").replace("\"schemaVersion\":\"1\"", "\"schemaVersion\":" + version));

            assertError(e.firstError(), "/schemaVersion", "record.schemaVersion");
            assertEquals(List.of("1"), e.firstError().arguments());
            assertEquals("R-1", e.recordId().orElseThrow());
        }

        @Test
        void schemaVersionAsNumberIsWrongType() {
            assertError(invalid(record("").replace("\"schemaVersion\":\"1\"", "\"schemaVersion\":1")).firstError(),
                    "/schemaVersion", "record.wrongType");
        }

        @Test
        void missingSchemaVersionIsRequired() {
            InvalidRecordException e = invalid(record("").replace("\"schemaVersion\":\"1\",", ""));

            assertError(e.firstError(), "/schemaVersion", "record.required");
            assertEquals(List.of("schemaVersion"), e.firstError().arguments());
        }

        @Test
        void recordWithoutChildrenIsRejected() {
            String children = ",\"children\":[{\"ref\":\"C1\"}]";
            InvalidRecordException absent = invalid(record("").replace(children, ""));
            InvalidRecordException empty = invalid(record("").replace(children, ",\"children\":[]"));

            assertError(absent.firstError(), "/children", "record.childrenEmpty");
            assertError(empty.firstError(), "/children", "record.childrenEmpty");
            assertEquals("R-1", absent.recordId().orElseThrow());
        }

        @Test
        void finalRecordWithoutHeldAtIsRejected() {
            InvalidRecordException e = invalid(record("").replace("\"heldAt\":\"2024-03-12T15:30:00Z\",", ""));

            assertError(e.firstError(), "/heldAt", "record.heldAtRequired");
            assertEquals("R-1", e.recordId().orElseThrow());
        }

        @Test
        void explicitlyFinalRecordWithoutHeldAtIsRejected() {
            InvalidRecordException e = invalid(record("\"status\":\"FINAL\"")
                    .replace("\"heldAt\":\"2024-03-12T15:30:00Z\",", ""));

            assertError(e.firstError(), "/heldAt", "record.heldAtRequired");
        }

        @Test
        void everyContractBreachIsListedInOrder() {
            InvalidRecordException e = invalid("{\"schemaVersion\":\"2\",\"children\":[]}");

            assertEquals(List.of("/schemaVersion", "/recordId", "/children", "/heldAt"),
                    e.errors().stream().map(RecordError::pointer).toList());
        }
    }

    @Nested
    class UnreadableInput {

        @Test
        void malformedJsonGivesLineAndColumn() {
            InvalidRecordException e = invalid("{\n  \"schemaVersion\": \"1\",\n  \"recordId\" \"R-1\"\n}");

            RecordError error = e.firstError();
            assertEquals("json.malformed", error.messageKey());
            assertEquals(3, error.line());
            assertTrue(error.column() > 0, "column " + error.column());
            assertEquals(List.of(String.valueOf(error.line()), String.valueOf(error.column())), error.arguments());
            assertTrue(e.recordId().isEmpty(), "no id is salvaged from malformed JSON");
        }

        @Test
        void malformedValueInsideRecordIsMalformedNotInvalid() {
            RecordError error = invalid(record("\"participants\":[{\"agency\":POLICE}]")).firstError();

            assertEquals("json.malformed", error.messageKey());
            assertEquals("/participants/0/agency", error.pointer());
            assertTrue(error.line() > 0 && error.column() > 0);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"schemaVersion\":\"1\",\"recordId\":\"R-1\"",
                "{\"schemaVersion\":\"1\",\n\"recordId\":\"R-",
                "{\"schemaVersion\":\"1\",\"recordId\":\"R-1\",\"children\":[{\"ref\":\"C1\"},",
                "{\"schemaVersion\":\"1\",\"recordId\":\"R-1\",\"concern\":{\"categories\":[\"NEGLECT\""})
        void truncatedJsonIsTruncatedWithLineAndColumn(String json) {
            InvalidRecordException e = invalid(json);

            RecordError error = e.firstError();
            assertEquals("json.truncated", error.messageKey());
            assertTrue(error.line() > 0 && error.column() > 0, error.line() + ":" + error.column());
            assertEquals(List.of(String.valueOf(error.line()), String.valueOf(error.column())), error.arguments());
            assertTrue(e.recordId().isEmpty(), "no id is salvaged from truncated JSON");
        }

        @Test
        void emptyInputIsEmpty() {
            InvalidRecordException e = invalid(new byte[0]);

            assertError(e.firstError(), "", "json.empty");
            assertTrue(e.recordId().isEmpty());
        }

        @ParameterizedTest
        @ValueSource(strings = {" ", "\n\n", " \t\r\n "})
        void whiteSpaceOnlyInputIsEmpty(String json) {
            assertError(invalid(json).firstError(), "", "json.empty");
        }

        @Test
        void nullDocumentIsNotAnObject() {
            InvalidRecordException e = invalid("null");

            assertError(e.firstError(), "", "record.notAnObject");
            assertTrue(e.recordId().isEmpty());
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"R-1\"", "42", "true"})
        void nonObjectDocumentIsRejectedAtTheRoot(String json) {
            assertEquals("", invalid(json).firstError().pointer());
        }

        @ParameterizedTest
        @ValueSource(strings = {" {}", " x", "}", "\n{\"recordId\":\"R-2\"}", " null", ",", " 42"})
        void trailingContentAfterTheRecordIsTrailing(String trailing) {
            InvalidRecordException e = invalid(record("") + trailing);

            RecordError error = e.firstError();
            assertError(error, "", "json.trailing");
            assertTrue(error.line() > 0 && error.column() > 0, error.line() + ":" + error.column());
            assertEquals(List.of(String.valueOf(error.line()), String.valueOf(error.column())), error.arguments());
        }

        @Test
        void whiteSpaceAfterTheRecordIsFine() {
            assertEquals("R-1", RecordJson.read(record("") + " \n\t\r\n").recordId());
        }

        @Test
        void stringOverThreeHundredKilobytesIsTooLarge() {
            InvalidRecordException e = invalid(record("\"timingRationale\":\"" + "a".repeat(300 * 1024) + "\""));

            assertError(e.firstError(), "/timingRationale", "json.tooLarge");
            assertTrue(e.firstError().arguments().get(0).contains(String.valueOf(RecordJson.MAX_STRING_LENGTH)));
        }

        @Test
        void stringAtTheLimitReads() {
            String text = "a".repeat(RecordJson.MAX_STRING_LENGTH);

            assertEquals(text, RecordJson.read(record("\"timingRationale\":\"" + text + "\"")).timingRationale());
        }

        @Test
        void recordOverTheLengthLimitIsTooLarge() {
            String description = "d".repeat(200 * 1024);
            String actions = Stream.generate(() -> "{\"description\":\"" + description + "\"}")
                    .limit(RecordJson.MAX_RECORD_LENGTH / description.length() + 1)
                    .collect(Collectors.joining(",", "\"actions\":[", "]"));

            assertEquals("json.tooLarge", invalid(record(actions)).firstError().messageKey());
        }

        @Test
        void objectsNestedHundredDeepAreTooLarge() {
            String nested = "{\"referrer\":".repeat(100) + "{}" + "}".repeat(100);

            RecordError error = invalid(record("\"concern\":" + nested)).firstError();

            assertEquals("json.tooLarge", error.messageKey());
            assertTrue(error.pointer().startsWith("/concern"), error.pointer());
        }

        @ParameterizedTest
        @ValueSource(ints = {100, 100_000})
        void deeplyNestedArraysAreRejectedWithoutOverflow(int depth) {
            String arrays = "[".repeat(depth) + "]".repeat(depth);

            // Wherever the nesting is, the reader rejects it as an invalid record: it neither
            // overflows the stack nor binds it.
            for (String json : List.of(arrays, record("\"x\":" + arrays), record("\"actions\":" + arrays),
                    record("").replace("[{\"ref\":\"C1\"}]", arrays))) {
                String key = invalid(json).firstError().messageKey();
                assertTrue(key.equals("json.tooLarge") || key.equals("record.wrongType")
                        || key.equals("record.unknownProperty"), key);
            }
        }
    }

    @Nested
    class NoRecordContentInErrors {

        static Stream<Arguments> inputsHoldingTheCanary() {
            return Stream.of(
                    Arguments.of("bad enum value", record("\"participants\":[{\"agency\":\"" + CANARY + "\"}]")),
                    Arguments.of("bad enum value in a list", record("\"concern\":{\"categories\":[\"" + CANARY + "\"]}")),
                    Arguments.of("unknown property's value", record("\"participants\":[{\"nickname\":\"" + CANARY + "\"}]")),
                    Arguments.of("unknown property's object value", record("\"extra\":{\"name\":\"" + CANARY + "\"}")),
                    Arguments.of("bad date", recordWithChild("\"dateOfBirth\":\"" + CANARY + "\"")),
                    Arguments.of("bad instant", recordHeldAt("\"" + CANARY + "\"")),
                    Arguments.of("string for a boolean", record("\"marac\":{\"known\":\"" + CANARY + "\"}")),
                    Arguments.of("string for a list", record("\"actions\":\"" + CANARY + "\"")),
                    Arguments.of("string for a section", record("\"risk\":\"" + CANARY + "\"")),
                    Arguments.of("bad schema version", record("").replace("\"schemaVersion\":\"1\"",
                            "\"schemaVersion\":\"" + CANARY + "\"")),
                    Arguments.of("bare token", record("\"partnership\":" + CANARY)),
                    Arguments.of("truncated inside the canary", HEAD + ",\"timingRationale\":\"" + CANARY),
                    Arguments.of("trailing token", record("") + " " + CANARY),
                    Arguments.of("trailing object", record("") + "{\"name\":\"" + CANARY + "\"}"),
                    Arguments.of("duplicate key's value", record("\"partnership\":\"a\",\"partnership\":\"" + CANARY + "\"")),
                    Arguments.of("huge string", record("\"timingRationale\":\"" + CANARY + "x".repeat(300 * 1024) + "\"")),
                    Arguments.of("duplicate key in extensions", record("\"extensions\":{\"" + CANARY + "\":1,\"" + CANARY
                            + "\":2}")),
                    Arguments.of("extensions too deep", record("\"extensions\":" + ("{\"" + CANARY + "\":").repeat(40) + "1"
                            + "}".repeat(40))),
                    Arguments.of("huge string in extensions", record("\"extensions\":{\"" + CANARY + "\":\"" + CANARY
                            + "x".repeat(300 * 1024) + "\"}")),
                    Arguments.of("bare token in extensions", record("\"extensions\":{\"" + CANARY + "\":" + CANARY + "}")),
                    Arguments.of("extensions not an object", record("\"extensions\":[\"" + CANARY + "\"]")),
                    Arguments.of("laChildId not a string", recordWithChild("\"laChildId\":{\"id\":\"" + CANARY + "\"}")),
                    Arguments.of("laChildId a number", recordWithChild("\"laChildId\":123" + CANARY.length())),
                    Arguments.of("local time the clocks skipped", recordHeldAt("\"2022-03-27T01:30\"")
                            .replace("\"R-1\"", "\"R-1\",\"timingRationale\":\"" + CANARY + "\"")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("inputsHoldingTheCanary")
        void noMessageOrArgumentQuotesTheRecord(String what, String json) {
            InvalidRecordException e = invalid(json);

            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(CANARY), t.getMessage());
                assertFalse(t.toString().contains(CANARY), t.toString());
            }
            for (RecordError error : e.errors()) {
                assertFalse(error.message().contains(CANARY), error.message());
                assertFalse(error.pointer().contains(CANARY), error.pointer());
                for (String argument : error.arguments()) {
                    assertFalse(argument.contains(CANARY), argument);
                }
            }
            String line = ResultJson.error("in.jsonl:1", e, Messages.english());
            assertFalse(line.contains(CANARY), line);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("inputsHoldingTheCanary")
        void everyErrorHasAnEnglishMessage(String what, String json) {
            for (RecordError error : invalid(json).errors()) {
                assertTrue(Messages.english().has(error.messageKey()), error.messageKey());
                assertFalse(error.message().contains("{"), error.message());
            }
        }
    }

    @Nested
    class RecordIdSalvage {

        @Test
        void recordIdIsSalvagedFromWellFormedInvalidRecord() {
            InvalidRecordException e = invalid(record("\"participants\":[{\"agency\":\"NOPE\"}]"));

            assertEquals("R-1", e.recordId().orElseThrow());
            assertTrue(e.getMessage().contains("R-1"), e.getMessage());
        }

        @Test
        void recordIdIsAbsentFromMalformedInput() {
            assertTrue(invalid(record("\"partnership\":nope")).recordId().isEmpty());
        }

        @Test
        void recordIdThatIsNotTextIsNotSalvaged() {
            assertTrue(invalid(record("").replace("\"R-1\"", "{\"id\":\"R-1\"}")).recordId().isEmpty());
        }
    }

    @Nested
    class Writing {

        @ParameterizedTest
        @ValueSource(strings = {"good-infant-injury.json", "school-nurse-not-school.json", "draft-no-decision.json",
                "every-field.json"})
        void writeThenReadGivesEqualRecord(String sample) {
            StrategyDiscussion record = RecordJson.read(resource("/samples/" + sample));

            assertEquals(record, RecordJson.read(RecordJson.write(record)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"good-infant-injury.json", "school-nurse-not-school.json", "draft-no-decision.json",
                "every-field.json"})
        void writingIsStable(String sample) {
            String written = RecordJson.write(RecordJson.read(resource("/samples/" + sample)));

            assertEquals(written, RecordJson.write(RecordJson.read(written)));
        }

        @Test
        void writingLeavesOutWhatIsNotRecorded() {
            String written = RecordJson.write(RecordJson.read(resource("/records/minimal.json")));

            assertFalse(written.contains("null"), written);
            assertFalse(written.contains("\n"), written);
        }

        @Test
        void instantsAreWrittenInUtcWithAnOffset() {
            String written = RecordJson.write(RecordJson.read(recordHeldAt("\"2024-07-01T10:00:00\"")));

            assertTrue(written.contains("\"heldAt\":\"2024-07-01T09:00:00Z\""), written);
        }

        @Test
        void everySampleFieldSurvivesTheRoundTrip() {
            byte[] sample = resource("/samples/every-field.json");
            String written = RecordJson.write(RecordJson.read(sample));

            // Every property name of the sample is written back.
            String text = new String(sample, StandardCharsets.UTF_8);
            java.util.regex.Matcher names = java.util.regex.Pattern.compile("\"([A-Za-z0-9]+)\"\\s*:").matcher(text);
            while (names.find()) {
                assertTrue(written.contains("\"" + names.group(1) + "\":"), names.group(1));
            }
        }

        @Test
        void writingAJavaBuiltRecordReadsBackEqual() {
            StrategyDiscussion record = org.strategycheck.TestRecords.heldAt(Instant.parse("2024-03-12T15:30:00.123456789Z"),
                    org.strategycheck.TestRecords.born("2020-02-29", org.strategycheck.model.Education.EARLY_YEARS));

            assertEquals(record, RecordJson.read(RecordJson.write(record)));
        }
    }
}
