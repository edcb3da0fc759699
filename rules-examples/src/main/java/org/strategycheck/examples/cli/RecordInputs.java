package org.strategycheck.examples.cli;

import java.io.ByteArrayOutputStream;
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
     */
    record Input(String source, byte[] json, RecordError error) {
        static Input of(String source, byte[] json) {
            return new Input(source, json, null);
        }

        static Input failed(String source, RecordError error) {
            return new Input(source, null, error);
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
     * The files the paths name, in command-line order and, within a folder, by name. Fails as
     * a usage error when a path does not exist, before anything is read: a typo should not
     * cost a half-finished batch.
     *
     * @param command  the command, for the usage error
     * @param paths    the paths as given
     * @param excluded a file never to read, such as the results file being written, or {@code null}
     * @return the entries to read
     */
    static List<Entry> expand(CommandLine command, List<Path> paths, Path excluded) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(command, "no such file or folder: " + path);
            }
        }
        Path skip = excluded == null ? null : excluded.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                entries.add(new Entry(path, path.toString(), null));
                continue;
            }
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> folder = Files.newDirectoryStream(path)) {
                for (Path file : folder) {
                    if (isRecordFile(file) && Files.isRegularFile(file)
                            && !file.toAbsolutePath().normalize().equals(skip)) {
                        found.add(file);
                    }
                }
            } catch (IOException e) {
                entries.add(new Entry(path, path.toString(),
                        RecordError.at("", "cli.input.folderUnreadable", reason(e))));
                continue;
            }
            // By code point, not by the machine's collation: the same folder gives the same order everywhere.
            found.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path file : found) {
                entries.add(new Entry(file, file.toString(), null));
            }
        }
        return entries;
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
            return Input.failed(entry.source(), tooLarge());
        }
        return Input.of(entry.source(), json);
    }

    private static void readLines(Entry entry, Consumer<Input> sink) {
        LineSplitter lines = new LineSplitter(entry.source(), sink);
        try (InputStream in = Files.newInputStream(entry.path())) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                lines.accept(buffer, n);
            }
        } catch (IOException e) {
            // Lines already read stand; the rest of the file is one error row.
            sink.accept(Input.failed(lines.currentSource(), RecordError.at("", "cli.input.unreadable", reason(e))));
            return;
        }
        lines.finish();
    }

    /** Splits bytes at {@code \n}, numbering lines from 1 as an editor does, blank ones included. */
    private static final class LineSplitter {
        private final String file;
        private final Consumer<Input> sink;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private int number = 1;
        private boolean tooLong;

        LineSplitter(String file, Consumer<Input> sink) {
            this.file = file;
            this.sink = sink;
        }

        String currentSource() {
            return file + ":" + number;
        }

        void accept(byte[] buffer, int length) {
            int start = 0;
            for (int i = 0; i < length; i++) {
                if (buffer[i] == '\n') {
                    append(buffer, start, i - start);
                    endLine();
                    start = i + 1;
                }
            }
            append(buffer, start, length - start);
        }

        void finish() {
            // A last line without a final newline is still a line.
            if (line.size() > 0 || tooLong) {
                endLine();
            }
        }

        private void append(byte[] buffer, int from, int length) {
            if (tooLong || length == 0) {
                return;
            }
            if (line.size() + length > MAX) {
                // Stop buffering: a runaway line must not exhaust memory; its end is still found.
                tooLong = true;
                line.reset();
                return;
            }
            line.write(buffer, from, length);
        }

        private void endLine() {
            byte[] bytes = line.toByteArray();
            if (tooLong) {
                sink.accept(Input.failed(currentSource(), tooLarge()));
            } else if (!isBlank(bytes, number == 1)) {
                sink.accept(Input.of(currentSource(), bytes));
            }
            line.reset();
            tooLong = false;
            number++;
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
