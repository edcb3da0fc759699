package org.strategycheck.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A case system's own data, carried with a record under {@code extensions} (format revision
 * 1.1): any JSON object, as plain, immutable Java values. The catalogue never reads it; a host's
 * own rules may, by JSON pointer:
 *
 * <pre>{@code
 * Optional<String> priority = record.extensions().string("/acme/priority");
 * }</pre>
 *
 * <p>A value is one of: {@code null}, a {@link String}, a {@link Boolean}, a {@link BigDecimal}
 * (every JSON number, kept exactly as written: {@code 1.0} and {@code 1.00} are different
 * values, as their texts are), an unmodifiable {@code List<Object>} of values, or an
 * unmodifiable {@code Map<String, Object>} of values in the order written. These are the JSON
 * values with no library's types, so a host's code and rules read them without depending on
 * the JSON library the reader uses.
 *
 * <p>The data may be personal: {@link #toString()} says only whether there is any, and the
 * library never copies it into findings, errors, logs or reports.
 */
public final class Extensions {

    /** No extensions: what an absent or {@code null} {@code extensions} reads as. */
    public static final Extensions EMPTY = new Extensions(Collections.emptyMap());

    private static final Object ABSENT = new Object();

    private final Map<String, Object> members;

    private Extensions(Map<String, Object> members) {
        this.members = members;
    }

    /**
     * Extensions holding a copy of the given members. Values may be {@code null}, strings,
     * booleans, numbers ({@link Integer}, {@link Long}, {@link Short}, {@link Byte},
     * {@link BigInteger}, {@link BigDecimal}, or a finite {@link Double} or {@link Float}, all kept
     * as {@link BigDecimal}), lists of values and maps from strings to values.
     *
     * @param members the top-level members; {@code null} for none
     * @return the extensions
     * @throws IllegalArgumentException when a value is of another type, a map has a key that is
     *                                  not a string, a number is not finite, or a map or list
     *                                  contains itself (the message names only Java types)
     */
    public static Extensions of(Map<String, ?> members) {
        if (members == null || members.isEmpty()) {
            return EMPTY;
        }
        return new Extensions(copyMap(members, Collections.newSetFromMap(new IdentityHashMap<>())));
    }

    /**
     * Whether there are no members.
     *
     * @return {@code true} when there is nothing
     */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /**
     * The top-level members.
     *
     * @return an unmodifiable map, in the order written
     */
    public Map<String, Object> members() {
        return members;
    }

    /**
     * Whether a value, {@code null} included, is at a JSON pointer.
     *
     * @param pointer an RFC 6901 pointer into the extensions object, e.g. {@code /acme/flags/0};
     *                {@code ""} is the object itself
     * @return {@code true} when the pointer names a member or element
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    public boolean has(String pointer) {
        return find(pointer) != ABSENT;
    }

    /**
     * Whether the value at a JSON pointer is {@code null}.
     *
     * @param pointer an RFC 6901 pointer into the extensions object
     * @return {@code true} for a {@code null} there, {@code false} when absent or another value
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    public boolean isNull(String pointer) {
        return find(pointer) == null;
    }

    /**
     * The string at a JSON pointer.
     *
     * @param pointer an RFC 6901 pointer into the extensions object
     * @return the string; empty when absent, {@code null} or not a string
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    public Optional<String> string(String pointer) {
        return typed(pointer, String.class);
    }

    /**
     * The number at a JSON pointer.
     *
     * @param pointer an RFC 6901 pointer into the extensions object
     * @return the number, exactly as written; empty when absent, {@code null} or not a number
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    public Optional<BigDecimal> number(String pointer) {
        return typed(pointer, BigDecimal.class);
    }

    /**
     * The boolean at a JSON pointer.
     *
     * @param pointer an RFC 6901 pointer into the extensions object
     * @return the boolean; empty when absent, {@code null} or not a boolean
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    public Optional<Boolean> bool(String pointer) {
        return typed(pointer, Boolean.class);
    }

    /**
     * The object at a JSON pointer.
     *
     * @param pointer an RFC 6901 pointer into the extensions object
     * @return its members, unmodifiable; empty when absent, {@code null} or not an object
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> object(String pointer) {
        return typed(pointer, Map.class).map(map -> (Map<String, Object>) map);
    }

    /**
     * The array at a JSON pointer.
     *
     * @param pointer an RFC 6901 pointer into the extensions object
     * @return its elements, unmodifiable; empty when absent, {@code null} or not an array
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    @SuppressWarnings("unchecked")
    public Optional<List<Object>> array(String pointer) {
        return typed(pointer, List.class).map(list -> (List<Object>) list);
    }

    private <T> Optional<T> typed(String pointer, Class<T> type) {
        Object value = find(pointer);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** The value at a pointer, {@code null} for a JSON null, or {@link #ABSENT}. */
    private Object find(String pointer) {
        if (pointer == null || !pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer is empty or starts with '/'");
        }
        Object current = members;
        int start = 1;
        while (start <= pointer.length()) {
            int end = pointer.indexOf('/', start);
            end = end < 0 ? pointer.length() : end;
            String token = unescape(pointer.substring(start, end));
            if (current instanceof Map<?, ?> map) {
                if (!map.containsKey(token)) {
                    return ABSENT;
                }
                current = map.get(token);
            } else if (current instanceof List<?> list) {
                int index = index(token);
                if (index < 0 || index >= list.size()) {
                    return ABSENT;
                }
                current = list.get(index);
            } else {
                return ABSENT;
            }
            start = end + 1;
        }
        return current;
    }

    private static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '~') {
                out.append(c);
                continue;
            }
            char next = i + 1 < token.length() ? token.charAt(i + 1) : ' ';
            if (next != '0' && next != '1') {
                throw new IllegalArgumentException("a '~' in a JSON pointer is followed by 0 or 1");
            }
            out.append(next == '0' ? '~' : '/');
            i++;
        }
        return out.toString();
    }

    /** An array index as RFC 6901 writes it (no sign, no leading zero), or -1. */
    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9 || token.length() > 1 && token.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, Set<Object> path) {
        enter(map, path);
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 4 / 3 + 1));
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!(member.getKey() instanceof String key)) {
                throw new IllegalArgumentException("an extensions object has a key that is not a string: "
                        + (member.getKey() == null ? "null" : member.getKey().getClass().getName()));
            }
            copy.put(key, copyValue(member.getValue(), path));
        }
        path.remove(map);
        return Collections.unmodifiableMap(copy);
    }

    private static List<Object> copyList(List<?> list, Set<Object> path) {
        enter(list, path);
        List<Object> copy = new ArrayList<>(list.size());
        for (Object element : list) {
            copy.add(copyValue(element, path));
        }
        path.remove(list);
        return Collections.unmodifiableList(copy);
    }

    private static void enter(Object container, Set<Object> path) {
        if (!path.add(container)) {
            throw new IllegalArgumentException("an extensions value contains itself");
        }
    }

    private static Object copyValue(Object value, Set<Object> path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("an extensions number is finite (JSON has no NaN or infinity)");
            }
            // Float's own decimal text, not the double it widens to: 0.1f stays 0.1.
            return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(number);
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap(map, path);
        }
        if (value instanceof List<?> list) {
            return copyList(list, path);
        }
        throw new IllegalArgumentException("an extensions value is null, a string, a boolean, a number, a list or a "
                + "map, not a " + value.getClass().getName());
    }

    /**
     * Equal when the members are equal, in any order.
     *
     * @param other another object
     * @return whether it holds the same data
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Extensions extensions && extensions.members.equals(members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /**
     * Says whether there is data, never what it is: records end up in logs.
     *
     * @return {@code Extensions[]} or {@code Extensions[withheld]}
     */
    @Override
    public String toString() {
        return members.isEmpty() ? "Extensions[]" : "Extensions[withheld]";
    }
}
