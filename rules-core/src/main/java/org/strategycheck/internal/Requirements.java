package org.strategycheck.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The oldest versions of the libraries StrategyCheck runs on, checked when a checker is built,
 * so that a host with an older Jackson learns it at start-up, in words, rather than from a
 * {@code NoSuchMethodError} at the first record.
 */
public final class Requirements {

    /**
     * The oldest Jackson (core and databind): the reader bounds the document length with
     * {@code StreamReadConstraints.Builder.maxDocumentLength}, new in 2.16 (the other limits and
     * {@code StreamConstraintsException} came in 2.15, coercion configs in 2.12,
     * {@code currentTokenLocation} in 2.13). The vendor integration test runs this version.
     */
    public static final String MIN_JACKSON = "2.16.0";

    private Requirements() {
    }

    /**
     * Fails when a library on the class path or module path is older than StrategyCheck needs.
     *
     * @throws IllegalStateException naming each library found too old, its version and the version needed
     */
    public static void check() {
        List<String> tooOld = new ArrayList<>();
        jackson("jackson-core", Jackson::core, tooOld);
        jackson("jackson-databind", Jackson::databind, tooOld);
        if (!tooOld.isEmpty()) {
            throw new IllegalStateException("StrategyCheck needs " + String.join("; ", tooOld)
                    + ". Align the versions, e.g. with com.fasterxml.jackson:jackson-bom " + MIN_JACKSON + " or newer.");
        }
    }

    private static void jackson(String artifact, java.util.function.Supplier<String> version, List<String> tooOld) {
        String found;
        try {
            found = version.get();
        } catch (LinkageError absent) {
            tooOld.add(artifact + " " + MIN_JACKSON + " or newer, and none was found");
            return;
        }
        if (older(found, MIN_JACKSON)) {
            tooOld.add(artifact + " " + MIN_JACKSON + " or newer, but " + found + " was found");
        }
    }

    /**
     * Fails when a library is older than needed.
     *
     * @param library what to call it in the message, e.g. {@code slf4j-api}
     * @param found   the version found, or {@code null} when it cannot be told (then nothing is checked)
     * @param minimum the version needed
     * @throws IllegalStateException naming the version found and the version needed
     */
    public static void atLeast(String library, String found, String minimum) {
        if (found != null && older(found, minimum)) {
            throw new IllegalStateException("StrategyCheck needs " + library + " " + minimum + " or newer, but " + found
                    + " was found.");
        }
    }

    /**
     * Whether a version is older than another, by their numeric major, minor and patch parts
     * (a qualifier such as {@code -SNAPSHOT} or {@code .Final} is ignored).
     *
     * @param version a version, e.g. {@code 2.15.4}
     * @param minimum the version needed, e.g. {@code 2.16.0}
     * @return {@code true} when {@code version} is older
     */
    public static boolean older(String version, String minimum) {
        int[] have = numbers(version);
        int[] need = numbers(minimum);
        for (int i = 0; i < 3; i++) {
            if (have[i] != need[i]) {
                return have[i] < need[i];
            }
        }
        return false;
    }

    private static int[] numbers(String version) {
        int[] parts = new int[3];
        String[] pieces = version.split("[.-]");
        for (int i = 0; i < 3 && i < pieces.length; i++) {
            String digits = pieces[i].replaceAll("\\D.*", "");
            parts[i] = digits.isEmpty() ? 0 : Integer.parseInt(digits);
        }
        return parts;
    }

    /** Kept apart so that a missing Jackson is a LinkageError caught above, not one in this class. */
    private static final class Jackson {
        static String core() {
            return com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
        }

        static String databind() {
            return com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        }
    }
}
