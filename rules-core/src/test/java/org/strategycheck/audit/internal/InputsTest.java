package org.strategycheck.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycheck.Messages;

class InputsTest {

    @TempDir
    Path temp;

    /** What a source read: each input as {@code source error-key-or-OK}, each blank line as {@code blank}. */
    private static final class Read implements InputSink {
        final List<String> seen = new ArrayList<>();
        final List<Input> inputs = new ArrayList<>();

        @Override
        public void input(Input input) {
            inputs.add(input);
            seen.add(input.source() + " " + (input.error() == null ? "OK" : input.error().messageKey()));
        }

        @Override
        public void blankLine(long bytes) {
            seen.add("blank " + bytes);
        }
    }

    @Test
    void aFileThatCannotBeReadIsOneErrorWithAnEmptyPointer() throws IOException {
        // A folder opened as a file fails on read, even for root, who can read anything else.
        Path folder = Files.createDirectory(temp.resolve("not-a-file.json"));
        Read read = new Read();

        Inputs.read(new Inputs.Entry(folder, "not-a-file.json", null), read);

        assertEquals(1, read.inputs.size());
        assertEquals("", read.inputs.get(0).error().pointer());
        assertEquals("cli.input.unreadable", read.inputs.get(0).error().messageKey());
        assertTrue(read.inputs.get(0).error().message(Messages.english()).startsWith("The file could not be read: "));
    }

    @Test
    void foldersAreReadDepthFirstEachFolderByNameOnlyRecordFiles() throws IOException {
        Files.createDirectories(temp.resolve("b/inner"));
        Files.writeString(temp.resolve("b/inner/x.JSON"), "{}");
        Files.writeString(temp.resolve("b/a.json"), "{}");
        Files.writeString(temp.resolve("a.jsonl"), "{}\n");
        Files.writeString(temp.resolve("c.json"), "{}");
        Files.writeString(temp.resolve("notes.txt"), "not a record");
        Read read = new Read();

        Inputs.readPaths(List.of(temp), Set.of(), read);

        assertEquals(List.of(temp.resolve("a.jsonl") + ":1 OK", temp.resolve("b/a.json") + " OK",
                temp.resolve("b/inner/x.JSON") + " OK", temp.resolve("c.json") + " OK"), read.seen);
    }

    @Test
    void aSubFolderHoldingAnAuditsOutputIsNotRead() throws IOException {
        Files.createDirectories(temp.resolve("audit-2024"));
        Files.writeString(temp.resolve("audit-2024/" + Inputs.AUDIT_FOLDER_MARKER), "{}");
        Files.writeString(temp.resolve("audit-2024/results.jsonl"), "{\"source\":\"x\"}\n");
        Files.writeString(temp.resolve("r.json"), "{}");
        Read read = new Read();

        Inputs.readPaths(List.of(temp), Set.of(), read);

        assertEquals(List.of(temp.resolve("r.json") + " OK"), read.seen);
    }

    @Test
    void anExcludedFileIsNeverRead() throws IOException {
        Files.writeString(temp.resolve("results.jsonl"), "{}\n");
        Files.writeString(temp.resolve("r.json"), "{}");
        Read read = new Read();

        Inputs.readPaths(List.of(temp), Set.of(temp.resolve("results.jsonl").toAbsolutePath().normalize()), read);

        assertEquals(List.of(temp.resolve("r.json") + " OK"), read.seen);
    }

    @Test
    void aLinkBackIntoAFolderBeingReadIsOneErrorAndReadingGoesOn() throws IOException {
        Files.createDirectories(temp.resolve("in/sub"));
        Files.createSymbolicLink(temp.resolve("in/sub/up"), temp.resolve("in"));
        Files.writeString(temp.resolve("in/sub/z.json"), "{}");
        Read read = new Read();

        Inputs.readPaths(List.of(temp.resolve("in")), Set.of(), read);

        assertEquals(List.of(temp.resolve("in/sub/up") + " cli.input.folderLoop", temp.resolve("in/sub/z.json") + " OK"),
                read.seen);
    }

    @Test
    void blankLinesOfAStreamAreToldApartFromRecords() {
        Read read = new Read();

        Inputs.readJsonLines(new ByteArrayInputStream("{}\n\n \r\n{}".getBytes(StandardCharsets.UTF_8)), "stdin", read);

        assertEquals(List.of("stdin:1 OK", "blank 1", "blank 3", "stdin:4 OK"), read.seen);
    }

    @Test
    void aHeldRecordOverTheSizeLimitIsAnError() {
        Input input = Inputs.labelled("case-system:1", new byte[Inputs.MAX + 1]);

        assertEquals("cli.input.tooLarge", input.error().messageKey());
        assertEquals(Inputs.MAX + 1, input.length());
    }
}
