package org.strategycheck.examples.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.strategycheck.audit.AuditFolder;
import org.strategycheck.audit.Proportion;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** What {@code compare}, {@code sample} and {@code agreement} share: audit folders as arguments, and numbers on the console. */
final class AuditFolders {

    /** Fewer than this, and a rate is "too few to judge", as on the pages. */
    private static final int TOO_FEW = 5;

    private AuditFolders() {
    }

    /** A usage error unless the folder holds an audit's results. */
    static void require(CommandLine command, Path dir, String label) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(command, label + " must be a folder that audit --out wrote, and " + dir
                    + (Files.exists(dir) ? " is a file" : " does not exist"));
        }
        if (!Files.isRegularFile(dir.resolve(AuditFolder.RESULTS_FILE))) {
            throw new ParameterException(command, label + " must be a folder that audit --out wrote, and " + dir
                    + " holds no " + AuditFolder.RESULTS_FILE);
        }
    }

    /** A usage error when the output folder names a file. */
    static void requireOut(CommandLine command, Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(command, "--out must name a folder, and " + out + " is a file");
        }
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException io && io.getReason() != null) {
            return io.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** E.g. {@code 14 of 16 (88%, 64-97%)} with the Wilson interval, {@code 3 of 4 (too few to judge)}, {@code none}. */
    static String share(Proportion p) {
        if (p.isEmpty()) {
            return "none";
        }
        String counts = p.met() + " of " + p.of();
        if (p.of() < TOO_FEW) {
            return counts + " (too few to judge)";
        }
        Proportion.Interval interval = p.wilson95();
        return counts + " (" + whole(p.share()) + "%, " + whole(interval.lower()) + "-" + whole(interval.upper()) + "%)";
    }

    /** A share in whole percent that says 100 or 0 only when it is. */
    private static long whole(double share) {
        long percent = Math.round(100 * share);
        return percent == 100 && share < 1 ? 99 : percent == 0 && share > 0 ? 1 : percent;
    }

    /** E.g. {@code +20.0}. */
    static String points(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : value > 0 && !text.equals("0.0") ? "+" + text : text;
    }

    /** A rule id padded for a column. */
    static String column(String id) {
        return String.format(Locale.ROOT, "  %-22s", id);
    }
}
