package org.strategycheck.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.strategycheck.RecordError;
import org.strategycheck.json.RecordJson;

/**
 * Reads records from files, folders, JSON Lines streams and labelled byte arrays. Input is
 * read as bytes and handed to the library untouched, so the record reader alone decides what
 * is valid JSON and in which encoding. Whatever cannot be read becomes an input carrying an
 * error, so one bad file never stops a batch and nothing is skipped without a trace.
 *
 * <p>Folders are read depth first: each folder's entries, files and sub-folders alike, in the
 * order of their names (compared as Java strings, the same on every machine), and only its
 * {@code .json} and {@code .jsonl} files. Symbolic links are followed; a link back to a folder
 * being read is an error row, never a loop. A sub-folder holding {@value #AUDIT_FOLDER_MARKER}
 * is the output of an earlier audit and is not read.
 */
public final class Inputs {

    /** Largest record read, in bytes. */
    public static final int MAX = RecordJson.MAX_RECORD_LENGTH;
    /** The file that marks a folder as an audit's output (its settings): such a sub-folder is not read. */
    public static final String AUDIT_FOLDER_MARKER = "audit-settings.json";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Inputs() {
    }

    /**
     * A file to read, or a folder that could not be read.
     *
     * @param path   the file, as found
     * @param source how it is named in results
     * @param error  why the folder could not be read, or {@code null}
     */
    public record Entry(Path path, String source, RecordError error) {
    }

    /**
     * Reads the paths in order, handing each record to {@code sink} as soon as it is read: a
     * large JSON Lines file is never held in memory whole.
     *
     * @param paths    files and folders
     * @param excluded absolute, normalised files never to read (the results being written)
     * @param sink     receives the inputs
     */
    public static void readPaths(List<Path> paths, Set<Path> excluded, InputSink sink) {
        walk(paths, excluded, entry -> read(entry, sink));
    }

    /**
     * The bytes the paths hold, for progress: the sizes of the files that would be read. A file
     * that cannot be sized counts nothing.
     *
     * @param paths    files and folders
     * @param excluded files never to read
     * @return the total size in bytes
     */
    public static long size(List<Path> paths, Set<Path> excluded) {
        long[] total = {0};
        walk(paths, excluded, entry -> {
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

    /**
     * Hands over the files the paths name one at a time, in reading order. Only the names of
     * the folders being read are held, never an entry per file of the whole batch.
     *
     * @param paths    files and folders
     * @param excluded files never to read
     * @param sink     receives the entries
     */
    public static void walk(List<Path> paths, Set<Path> excluded, Consumer<Entry> sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                folder(path, excluded, new ArrayDeque<>(), sink);
            } else {
                sink.accept(new Entry(path, path.toString(), null));
            }
        }
    }

    private static void folder(Path folder, Set<Path> excluded, Deque<Path> reading, Consumer<Entry> sink) {
        Path real;
        String[] names;
        try {
            real = folder.toRealPath();
            if (reading.contains(real)) {
                sink.accept(new Entry(folder, folder.toString(), RecordError.at("", "cli.input.folderLoop")));
                return;
            }
            names = names(folder);
        } catch (IOException e) {
            sink.accept(new Entry(folder, folder.toString(),
                    RecordError.at("", "cli.input.folderUnreadable", reason(e))));
            return;
        }
        reading.push(real);
        for (String name : names) {
            Path file = folder.resolve(name);
            if (Files.isDirectory(file)) {
                if (!Files.exists(file.resolve(AUDIT_FOLDER_MARKER))) {
                    folder(file, excluded, reading, sink);
                }
            } else if (isRecordFile(file) && (Files.isRegularFile(file) || !Files.exists(file))
                    && !excluded.contains(file.toAbsolutePath().normalize())) {
                // A link to nothing is kept, to become an error row: a record file that cannot be
                // read is reported, never silently left out. A pipe or device is not a file to read.
                sink.accept(new Entry(file, file.toString(), null));
            }
        }
        reading.pop();
    }

    private static String[] names(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path file : listing) {
                found.add(file.getFileName().toString());
            }
        }
        String[] names = found.toArray(new String[0]);
        // Not the machine's collation: the same folder gives the same order everywhere.
        Arrays.sort(names);
        return names;
    }

    /**
     * Reads one entry: one record for a {@code .json} file, one per line for {@code .jsonl}.
     *
     * @param entry the entry
     * @param sink  receives the inputs in file order
     */
    public static void read(Entry entry, InputSink sink) {
        if (entry.error() != null) {
            sink.input(Input.failed(entry.source(), entry.error()));
        } else if (isJsonLines(entry.path())) {
            InputStream in;
            try {
                in = Files.newInputStream(entry.path());
            } catch (IOException e) {
                sink.input(Input.failed(entry.source() + ":1", RecordError.at("", "cli.input.unreadable", reason(e))));
                return;
            }
            try (LineReader lines = new LineReader(in, MAX)) {
                readLines(lines, entry.source(), sink);
            } catch (IOException closing) {
                // Every line was read; failing to close a file being read changes nothing.
            }
        } else {
            sink.input(readWhole(entry));
        }
    }

    /**
     * Reads a stream of JSON Lines, one record per line; the stream is read to its end and
     * left for its owner to close.
     *
     * @param in   the stream
     * @param name how its records are named in results, as {@code NAME:LINE}
     * @param sink receives the inputs
     */
    public static void readJsonLines(InputStream in, String name, InputSink sink) {
        readLines(new LineReader(in, MAX), name, sink);
    }

    /**
     * One record given as bytes by a host.
     *
     * @param label how it is named in results
     * @param json  its bytes
     * @return the input, an error when over the size limit
     */
    public static Input labelled(String label, byte[] json) {
        return json.length > MAX ? Input.failed(label, tooLarge()).withLength(json.length) : Input.of(label, json);
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

    private static void readLines(LineReader lines, String name, InputSink sink) {
        long lastLine = 0;
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lastLine = line.number();
                String source = name + ":" + line.number();
                if (line.tooLong()) {
                    sink.input(Input.failed(source, tooLarge()).withLength(line.length()));
                } else if (isBlank(line.bytes(), line.number() == 1)) {
                    sink.blankLine(line.length());
                } else {
                    sink.input(Input.of(source, line.bytes()).withLength(line.length()));
                }
            }
        } catch (IOException e) {
            // Lines already read stand; the rest of the input is one error row.
            sink.input(Input.failed(name + ":" + (lastLine + 1), RecordError.at("", "cli.input.unreadable", reason(e))));
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
     *
     * @param e the failure
     * @return the reason
     */
    public static String reason(IOException e) {
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
