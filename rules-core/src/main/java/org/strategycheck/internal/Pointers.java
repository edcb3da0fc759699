package org.strategycheck.internal;

import java.util.Comparator;

/** JSON pointer helpers. */
public final class Pointers {

    /** Orders pointers segment by segment, comparing array indices as numbers ({@code /2} before {@code /10}). */
    public static final Comparator<String> ORDER = Pointers::compare;

    private Pointers() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = compareSegment(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegment(String a, String b) {
        if (isIndex(a) && isIndex(b)) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
