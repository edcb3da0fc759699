package org.strategycheck.census.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one census element may contain: which elements, how often, and of which kind. The
 * census schemas of 2017 to 2026 in one table: an element of any of those years is allowed in
 * a file of any of them, because the reader reads a census, it does not validate one for the
 * DfE. Sibling order is not checked (but that the header comes before the children: the reader
 * streams, and needs the collection year before the first child).
 */
public final class Shape {

    /** How the reader treats an element. */
    public enum Kind {
        /** Holds elements, checked against its own shape. */
        CONTAINER,
        /** Holds a value the reader uses. */
        VALUE,
        /** Holds a value the reader does not use: checked to hold no element, never kept. */
        SKIPPED_VALUE,
        /** A block read past whole (nesting depth bounded), e.g. the 2026 pre-proceedings block. */
        SKIPPED_BLOCK
    }

    /**
     * One element allowed in a shape.
     *
     * @param name    its local name
     * @param kind    how it is read
     * @param min     fewest occurrences
     * @param max     most occurrences ({@link Integer#MAX_VALUE} for unbounded)
     * @param content its shape when a container, else {@code null}
     */
    public record Element(String name, Kind kind, int min, int max, Shape content) {

        /**
         * Whether it may occur more than once, so that its path shows a position.
         *
         * @return {@code true} when {@code max > 1}
         */
        public boolean repeats() {
            return max > 1;
        }
    }

    private final Map<String, Element> elements;
    private final List<Element> list;
    private final List<String[]> oneOf;
    private final String names;

    private Shape(Map<String, Element> elements, List<String[]> oneOf) {
        this.elements = elements;
        this.list = List.copyOf(elements.values());
        this.oneOf = oneOf;
        this.names = String.join(", ", elements.keySet());
    }

    /**
     * The element of that name, if allowed here.
     *
     * @param name a local name
     * @return the element, or {@code null}
     */
    public Element element(String name) {
        return elements.get(name);
    }

    /**
     * The elements allowed here, in schema order.
     *
     * @return the elements
     */
    public List<Element> elements() {
        return list;
    }

    /**
     * Pairs of elements of which exactly one is required.
     *
     * @return the pairs
     */
    public List<String[]> oneOf() {
        return oneOf;
    }

    /**
     * The names allowed here, for an error message.
     *
     * @return e.g. {@code S47ActualStartDate, InitialCPCtarget, DateOfInitialCPC, ICPCnotRequired}
     */
    public String names() {
        return names;
    }

    /** Builds a shape. */
    static final class Builder {
        private final Map<String, Element> elements = new LinkedHashMap<>();
        private final List<String[]> oneOf = new ArrayList<>();

        Builder container(String name, int min, int max, Shape content) {
            return add(new Element(name, Kind.CONTAINER, min, max, content));
        }

        Builder value(String name, int min, int max) {
            return add(new Element(name, Kind.VALUE, min, max, null));
        }

        Builder skipped(String name, int min, int max) {
            return add(new Element(name, Kind.SKIPPED_VALUE, min, max, null));
        }

        Builder block(String name, int min, int max) {
            return add(new Element(name, Kind.SKIPPED_BLOCK, min, max, null));
        }

        /** Exactly one of the two, each already added with min 0 and max 1. */
        Builder oneOf(String first, String second) {
            oneOf.add(new String[] {first, second});
            return this;
        }

        private Builder add(Element element) {
            elements.put(element.name(), element);
            return this;
        }

        Shape build() {
            return new Shape(Collections.unmodifiableMap(new LinkedHashMap<>(elements)), List.copyOf(oneOf));
        }
    }
}
