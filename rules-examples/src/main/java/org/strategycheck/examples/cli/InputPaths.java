package org.strategycheck.examples.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.strategycheck.audit.RecordSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The PATH arguments of {@code check} and {@code audit} as a record source: files, folders, or {@code -}. */
final class InputPaths {

    /** The path that means standard input. */
    static final String STDIN = "-";

    private InputPaths() {
    }

    /**
     * The records the paths name. Fails as a usage error when a path does not exist, before
     * anything is read: a typo should not cost a half-finished batch.
     *
     * @param command the command, for usage errors
     * @param paths   the paths as given
     * @param stdin   standard input, read as JSON Lines for {@code -}
     * @return the source
     */
    static RecordSource source(CommandLine command, List<Path> paths, InputStream stdin) {
        if (paths.stream().anyMatch(InputPaths::isStdin)) {
            if (paths.size() > 1) {
                throw new ParameterException(command, "- reads JSON Lines from standard input, alone: give it "
                        + "without other paths");
            }
            return RecordSource.jsonLines(stdin, "stdin");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(command, "no such file or folder: " + path);
            }
        }
        return RecordSource.paths(paths);
    }

    static boolean isStdin(Path path) {
        return path.toString().equals(STDIN);
    }
}
