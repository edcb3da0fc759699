package org.strategycheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A vendor's own data as plain, immutable Java values, read by JSON pointer. */
class ExtensionsTest {

    private static final String CANARY = "CANARY-ext";

    /** {"acme":{"priority":"HIGH","score":3,"flags":[true,null],"a/b":{"~x":false}},"none":null} */
    private static Extensions sample() {
        Map<String, Object> acme = new LinkedHashMap<>();
        acme.put("priority", "HIGH");
        acme.put("score", 3);
        acme.put("flags", Arrays.asList(true, null));
        acme.put("a/b", Map.of("~x", false));
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("acme", acme);
        members.put("none", null);
        return Extensions.of(members);
    }

    @Test
    void typedValuesAreReadByJsonPointer() {
        Extensions extensions = sample();

        assertEquals(Optional.of("HIGH"), extensions.string("/acme/priority"));
        assertEquals(Optional.of(new BigDecimal("3")), extensions.number("/acme/score"));
        assertEquals(Optional.of(true), extensions.bool("/acme/flags/0"));
        assertEquals(Optional.of(false), extensions.bool("/acme/a~1b/~0x"));
        assertEquals(2, extensions.array("/acme/flags").orElseThrow().size());
        assertEquals(4, extensions.object("/acme").orElseThrow().size());
        assertEquals(extensions.members(), extensions.object("").orElseThrow());
    }

    @Test
    void aValueOfAnotherTypeIsEmptyNotAnError() {
        Extensions extensions = sample();

        assertEquals(Optional.empty(), extensions.number("/acme/priority"));
        assertEquals(Optional.empty(), extensions.string("/acme/score"));
        assertEquals(Optional.empty(), extensions.object("/acme/flags"));
        assertEquals(Optional.empty(), extensions.array("/acme"));
    }

    @Test
    void nullIsPresentAndKeptApartFromAbsent() {
        Extensions extensions = sample();

        assertTrue(extensions.has("/none"));
        assertTrue(extensions.isNull("/none"));
        assertTrue(extensions.isNull("/acme/flags/1"));
        assertEquals(Optional.empty(), extensions.string("/none"));
        assertFalse(extensions.has("/missing"));
        assertFalse(extensions.isNull("/missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/acme/flags/2", "/acme/flags/-1", "/acme/flags/01", "/acme/flags/x", "/acme/flags/",
            "/acme/priority/0", "/acme/score/x", "/none/x", "/acme/missing/x", "/acme/flags/99999999999"})
    void aPointerToNothingFindsNothing(String pointer) {
        assertFalse(sample().has(pointer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "acme/priority", "/acme/~2", "/acme~"})
    void aStringThatIsNotAJsonPointerIsRefusedWithoutBeingQuoted(String pointer) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().has(pointer));

        assertFalse(e.getMessage().contains("acme"), e.getMessage());
    }

    @Test
    void numbersOfEveryJavaTypeAreHeldAsDecimalsOfTheSameValue() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("int", 7);
        members.put("long", Long.MAX_VALUE);
        members.put("short", (short) -2);
        members.put("byte", (byte) 1);
        members.put("big", new BigInteger("123456789012345678901234567890"));
        members.put("double", 0.1);
        members.put("float", 0.1f);
        Extensions extensions = Extensions.of(members);

        assertEquals(new BigDecimal("7"), extensions.number("/int").orElseThrow());
        assertEquals(new BigDecimal(Long.MAX_VALUE), extensions.number("/long").orElseThrow());
        assertEquals(new BigDecimal("-2"), extensions.number("/short").orElseThrow());
        assertEquals(BigDecimal.ONE, extensions.number("/byte").orElseThrow());
        assertEquals(new BigDecimal("123456789012345678901234567890"), extensions.number("/big").orElseThrow());
        assertEquals(new BigDecimal("0.1"), extensions.number("/double").orElseThrow());
        assertEquals(new BigDecimal("0.1"), extensions.number("/float").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aNumberJsonCannotWriteIsRefused(double number) {
        assertThrows(IllegalArgumentException.class, () -> Extensions.of(Map.of("n", number)));
    }

    @Test
    void aValueThatIsNotJsonIsRefusedNamingOnlyItsJavaType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extensions.of(Map.of(CANARY, List.of(new StringBuilder(CANARY)))));

        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
        assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
    }

    @Test
    void aKeyThatIsNotAStringIsRefused() {
        Map<Object, Object> inner = new HashMap<>();
        inner.put(1, "one");

        assertThrows(IllegalArgumentException.class, () -> Extensions.of(Map.of("inner", inner)));
    }

    @Test
    void aMapThatContainsItselfIsRefusedNotFollowedForever() {
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);

        assertThrows(IllegalArgumentException.class, () -> Extensions.of(cycle));
    }

    @Test
    void theSameListTwiceIsNotACycle() {
        List<Object> shared = List.of("x");

        assertEquals(Optional.of("x"), Extensions.of(Map.of("a", shared, "b", shared)).string("/b/0"));
    }

    @Test
    void theDataIsCopiedAndCannotBeChangedAfterwards() {
        List<Object> list = new ArrayList<>(List.of("before"));
        Map<String, Object> members = new HashMap<>(Map.of("list", list));
        Extensions extensions = Extensions.of(members);
        list.set(0, "after");
        members.put("added", true);

        assertEquals(Optional.of("before"), extensions.string("/list/0"));
        assertFalse(extensions.has("/added"));
        assertThrows(UnsupportedOperationException.class, () -> extensions.members().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> extensions.array("/list").orElseThrow().add("x"));
    }

    @Test
    void equalWhenTheDataIsEqualInAnyOrder() {
        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("a", 1);
        forward.put("b", List.of("x"));
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("b", List.of("x"));
        backward.put("a", 1L);

        assertEquals(Extensions.of(forward), Extensions.of(backward));
        assertEquals(Extensions.of(forward).hashCode(), Extensions.of(backward).hashCode());
        assertNotEquals(Extensions.of(forward), Extensions.of(Map.of("a", 2)));
    }

    @Test
    void noMembersIsEmpty() {
        assertSame(Extensions.EMPTY, Extensions.of(Map.of()));
        assertSame(Extensions.EMPTY, Extensions.of(null));
        assertTrue(Extensions.EMPTY.isEmpty());
        assertFalse(sample().isEmpty());
    }

    @Test
    void toStringSaysWhetherThereIsDataNeverWhatItIs() {
        Extensions extensions = Extensions.of(Map.of(CANARY + "-key", Map.of("v", CANARY + "-value")));

        assertEquals("Extensions[withheld]", extensions.toString());
        assertEquals("Extensions[]", Extensions.EMPTY.toString());
    }
}
