package org.strategycheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The order of JSON pointers in results: segment by segment, array indices as numbers. */
class PointersTest {

    private static int sign(int comparison) {
        return Integer.signum(comparison);
    }

    @Test
    void arrayIndicesCompareAsNumbers() {
        assertTrue(Pointers.ORDER.compare("/actions/2", "/actions/10") < 0);
        assertTrue(Pointers.ORDER.compare("/actions/10", "/actions/2") > 0);
        assertTrue(Pointers.ORDER.compare("/actions/9/dueBy", "/actions/10/dueBy") < 0);
    }

    @Test
    void propertyNamesCompareAsText() {
        assertTrue(Pointers.ORDER.compare("/actions/0", "/children/0") < 0);
        assertTrue(Pointers.ORDER.compare("/identity/culture", "/identity/ethnicity") < 0);
    }

    @Test
    void pointerSortsBeforePointersInsideIt() {
        assertTrue(Pointers.ORDER.compare("/actions", "/actions/0") < 0);
        assertTrue(Pointers.ORDER.compare("", "/actions") < 0);
    }

    @Test
    void equalPointersCompareEqual() {
        assertEquals(0, Pointers.ORDER.compare("/participants/12/role", "/participants/12/role"));
        assertEquals(0, Pointers.ORDER.compare("", ""));
    }

    @Test
    void sortingPutsFindingsInRecordOrder() {
        List<String> pointers = new ArrayList<>(List.of("/children/0", "/actions/10", "/actions/2/owner", "/actions",
                "", "/actions/2", "/actions/1/dueBy", "/actions/100"));

        pointers.sort(Pointers.ORDER);

        assertEquals(List.of("", "/actions", "/actions/1/dueBy", "/actions/2", "/actions/2/owner", "/actions/10",
                "/actions/100", "/children/0"), pointers);
    }

    // Property: on pointers into a record (names and indices alternate, as in the format), the
    // order is the segment-by-segment order with indices compared as numbers.

    /** A pointer as its segments: names at even positions, indices at odd ones. */
    record Path(List<Object> segments) {
        String pointer() {
            StringBuilder text = new StringBuilder();
            for (Object segment : segments) {
                text.append('/').append(segment);
            }
            return text.toString();
        }

        int compareTo(Path other) {
            for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
                Object a = segments.get(i);
                Object b = other.segments.get(i);
                int c = a instanceof Integer x ? Integer.compare(x, (Integer) b) : ((String) a).compareTo((String) b);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(segments.size(), other.segments.size());
        }
    }

    @Provide
    Arbitrary<Path> paths() {
        Arbitrary<String> names = Arbitraries.of("actions", "children", "concern", "dueBy", "owner", "name", "a", "ab");
        Arbitrary<Integer> indices = Arbitraries.oneOf(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 100_000));
        return Arbitraries.integers().between(0, 5).flatMap(depth -> {
            List<Arbitrary<Object>> segments = new ArrayList<>();
            for (int i = 0; i < depth; i++) {
                segments.add(i % 2 == 0 ? names.map(n -> (Object) n) : indices.map(n -> (Object) n));
            }
            return segments.isEmpty() ? Arbitraries.just(new Path(List.of()))
                    : net.jqwik.api.Combinators.combine(segments).as(Path::new);
        });
    }

    @Property
    void orderIsSegmentBySegmentWithNumericIndices(@ForAll("paths") Path a, @ForAll("paths") Path b) {
        assertEquals(sign(a.compareTo(b)), sign(Pointers.ORDER.compare(a.pointer(), b.pointer())),
                a.pointer() + " vs " + b.pointer());
    }

    @Property
    void orderIsAntisymmetric(@ForAll("paths") Path a, @ForAll("paths") Path b) {
        assertEquals(sign(Pointers.ORDER.compare(a.pointer(), b.pointer())),
                -sign(Pointers.ORDER.compare(b.pointer(), a.pointer())));
    }
}
