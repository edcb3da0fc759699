package org.strategycheck.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.strategycheck.RecordError;
import org.strategycheck.json.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns the paths on a command line into records to check: a {@code .json} file is one
 * record, a {@code .jsonl} file one record per non-blank line, a folder the {@code .json}
 * and {@code .jsonl} files directly in it, by name.
 *
 * <p>Input is read as bytes and handed to the library untouched, so that the library alone
 * decides what is valid JSON and in which encoding. A file that cannot be read becomes an
 * input carrying an error, so that one bad file never stops a batch.
 */
final class RecordInputs {

    private static final int MAX = RecordJson.MAX_RECORD_LENGTH;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RecordInputs() {
    }

    /**
     * One record to check, or a reason there is nothing to check.
     *
     * @param source where it came from: {@code FILE} or {@code FILE:LINE}
     * @param json   the record's bytes, or {@code null} when {@code error} is set
     * @param error  why it could not be read, or {@code null}
     * @param length the bytes of input it stands for, for progress
     */
    record Input(String source, byte[] json, RecordError error, long length) {
        static Input of(String source, byte[] json) {
            return new Input(source, json, null, json.length);
        }

        static Input failed(String source, RecordError error) {
            return new Input(source, null, error, 0);
        }

        Input withLength(long bytes) {
            return new Input(source, json, error, bytes);
        }
    }

    /**
     * A file to read, or a folder that could not be listed.
     *
     * @param path   the file, as found
     * @param source how it is named in results
     * @param error  why the folder could not be listed, or {@code null}
     */
    record Entry(Path path, String source, RecordError error) {
    }

    /**
     * Fails as a usage error when a path does not exist, before anything is read: a typo
     * should not cost a half-finished batch.
     *
     * @param command the command, for the usage error
     * @param paths   the paths as given
     */
    static void requireExisting(CommandLine command, List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(command, "no such file or folder: " + path);
            }
        }
    }

    /**
     * The files the paths name, in command-line order and, within a folder, by name.
     *
     * @param command  the command, for the usage error
     * @param paths    the paths as given
     * @param excluded a file never to read, such as the results file being written, or {@code null}
     * @return the entries to read
     */
    static List<Entry> expand(CommandLine command, List<Path> paths, Path excluded) {
        requireExisting(command, paths);
        List<Entry> entries = new ArrayList<>();
        forEach(paths, excluded, entries::add);
        return entries;
    }

    /**
     * Hands over the files the paths name one at a time, in the order of {@link #expand}. Only
     * the names of one folder are held at a time, not an entry per file of the whole batch.
     *
     * @param paths    the paths, known to exist
     * @param excluded a file never to read, or {@code null}
     * @param sink     receives the entries
     */
    static void forEach(List<Path> paths, Path excluded, Consumer<Entry> sink) {
        Path skip = excluded == null ? null : excluded.toAbsolutePath().normalize();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                sink.accept(new Entry(path, path.toString(), null));
                continue;
            }
            String[] names;
            try {
                names = recordFileNames(path, skip);
            } catch (IOException e) {
                sink.accept(new Entry(path, path.toString(),
                        RecordError.at("", "cli.input.folderUnreadable", reason(e))));
                continue;
            }
            for (String name : names) {
                Path file = path.resolve(name);
                sink.accept(new Entry(file, file.toString(), null));
            }
        }
    }

    /**
     * The bytes the paths hold, for progress: the sizes of the files that would be read. A file
     * that cannot be sized counts nothing.
     *
     * @param paths    the paths, known to exist
     * @param excluded a file never to read, or {@code null}
     * @return the total size in bytes
     */
    static long totalBytes(List<Path> paths, Path excluded) {
        long[] total = {0};
        forEach(paths, excluded, entry -> {
            if (entry.error() == null) {
                try {
                    total[0] += Files.size(entry.path());
                } catch (IOException | RuntimeException unknown) {
                    // Progress is an estimate; the file's own error comes when it is read.
                }
            }
        });
        return total[0];
    }

    private static String[] recordFileNames(Path folder, Path skip) throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path file : listing) {
                // A link to nothing is kept, to become an error row: a record file that cannot be
                // read is reported, never silently left out.
                boolean readable = Files.isRegularFile(file) || !Files.exists(file);
                if (isRecordFile(file) && readable && !file.toAbsolutePath().normalize().equals(skip)) {
                    found.add(file.getFileName().toString());
                }
            }
        }
        String[] names = found.toArray(new String[0]);
        // By code point, not by the machine's collation: the same folder gives the same order everywhere.
        Arrays.sort(names);
        return names;
    }

    /**
     * Reads one entry, handing each record to {@code sink} as soon as it is read, so a large
     * JSON Lines file is never held in memory whole.
     *
     * @param entry the entry
     * @param sink  receives the inputs in file order
     */
    static void read(Entry entry, Consumer<Input> sink) {
        if (entry.error() != null) {
            sink.accept(Input.failed(entry.source(), entry.error()));
        } else if (isJsonLines(entry.path())) {
            readLines(entry, sink);
        } else {
            sink.accept(readWhole(entry));
        }
    }

    private static Input readWhole(Entry entry) {
        byte[] json;
        try (InputStream in = Files.newInputStream(entry.path())) {
            // One byte more than the limit tells "too large" apart from "exactly the limit"
            // without reading a huge file into memory.
            json = in.readNBytes(MAX + 1);
        } catch (IOException e) {
            return Input.failed(entry.source(), RecordError.at("", "cli.input.unreadable", reason(e)));
        }
        if (json.length > MAX) {
            return Input.failed(entry.source(), tooLarge()).withLength(sizeOf(entry.path(), json.length));
        }
        return Input.of(entry.source(), json);
    }

    private static long sizeOf(Path file, long otherwise) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return otherwise;
        }
    }

    private static void readLines(Entry entry, Consumer<Input> sink) {
        long lastLine = 0;
        try (LineReader lines = new LineReader(Files.newInputStream(entry.path()), MAX)) {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lastLine = line.number();
                String source = entry.source() + ":" + line.number();
                if (line.tooLong()) {
                    sink.accept(Input.failed(source, tooLarge()).withLength(line.length()));
                } else if (!isBlank(line.bytes(), line.number() == 1)) {
                    sink.accept(Input.of(source, line.bytes()).withLength(line.length()));
                }
            }
        } catch (IOException e) {
            // Lines already read stand; the rest of the file is one error row.
            sink.accept(Input.failed(entry.source() + ":" + (lastLine + 1),
                    RecordError.at("", "cli.input.unreadable", reason(e))));
        }
    }

    /** JSON whitespace only (a UTF-8 byte-order mark on the first line too): not a record. */
    private static boolean isBlank(byte[] bytes, boolean firstLine) {
        int from = firstLine && bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3) ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static RecordError tooLarge() {
        return RecordError.at("", "cli.input.tooLarge", String.valueOf(MAX));
    }

    private static boolean isRecordFile(Path file) {
        String name = lowerName(file);
        return name.endsWith(".json") || name.endsWith(".jsonl");
    }

    private static boolean isJsonLines(Path file) {
        return lowerName(file).endsWith(".jsonl");
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        // ROOT: which files are read must not depend on the machine's locale.
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Why a file could not be read, in words that name no file content. The operating
     * system's reason (e.g. "Is a directory") is about the file, not what is in it.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return "input/output error (" + e.getClass().getSimpleName() + ")";
    }
}
