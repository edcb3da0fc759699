package org.strategycheck.internal;

import java.util.Comparator;

/** JSON pointer helpers. */
public final class Pointers {

    /** Orders pointers segment by segment, comparing array indices as numbers ({@code /2} before {@code /10}). */
    public static final Comparator<String> ORDER = Pointers::compare;

    private Pointers() {
    }

    // Segment by segment in place: results sort their findings by pointer, so this runs often.
    private static int compare(String a, String b) {
        int startA = 0;
        int startB = 0;
        while (true) {
            int endA = end(a, startA);
            int endB = end(b, startB);
            int c = compareSegment(a, startA, endA, b, startB, endB);
            if (c != 0) {
                return c;
            }
            boolean lastA = endA == a.length();
            boolean lastB = endB == b.length();
            if (lastA || lastB) {
                // The pointer with fewer segments first.
                return lastA == lastB ? 0 : lastA ? -1 : 1;
            }
            startA = endA + 1;
            startB = endB + 1;
        }
    }

    private static int end(String pointer, int start) {
        int slash = pointer.indexOf('/', start);
        return slash < 0 ? pointer.length() : slash;
    }

    private static int compareSegment(String a, int startA, int endA, String b, int startB, int endB) {
        int lengthA = endA - startA;
        int lengthB = endB - startB;
        if (lengthA != lengthB && isIndex(a, startA, endA) && isIndex(b, startB, endB)) {
            return Integer.compare(lengthA, lengthB);
        }
        // As String.compareTo on the two segments.
        for (int i = 0; i < Math.min(lengthA, lengthB); i++) {
            int c = a.charAt(startA + i) - b.charAt(startB + i);
            if (c != 0) {
                return c;
            }
        }
        return lengthA - lengthB;
    }

    private static boolean isIndex(String pointer, int start, int end) {
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (pointer.charAt(i) < '0' || pointer.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
