package org.strategycheck.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.strategycheck.StrategyCheck;
import org.strategycheck.audit.internal.AuditSettings;
import org.strategycheck.audit.internal.FolderLock;
import org.strategycheck.audit.internal.Inputs;
import org.strategycheck.audit.internal.LineReader;
import org.strategycheck.audit.internal.ResumeLines;

/**
 * The folder an audit writes: {@value #RESULTS_FILE} (one line per input record, written as
 * the run goes), {@value #SETTINGS_FILE} (the settings that change results) and, from the
 * report writers, {@value #REPORT_FILE}, {@value #SUMMARY_FILE} and {@value #RECORDS_FILE}.
 *
 * <p>One audit at a time: opening takes a lock ({@value #LOCK_FILE}), and a second audit into
 * the same folder, from this process or another, fails with an {@link AuditException} rather
 * than interleave its lines. The system releases the lock when the process ends. Opening also
 * deletes a report left from an earlier run, which must never sit beside results it does not
 * describe.
 *
 * <p>An interrupted run leaves the lines it finished; {@link #resume} keeps them, drops a line
 * cut off mid-write, and the audit reads back the kept lines (without checking their records
 * again) and appends the rest, so the files end up as a clean run's. A resume is refused when
 * the checker's settings differ from those recorded (profile and version choice, calendar,
 * mode, rules), or the inputs are not those of the earlier run.
 */
public final class AuditFolder implements AutoCloseable {

    /** One line per input record. */
    public static final String RESULTS_FILE = "results.jsonl";
    /** The audit report. */
    public static final String REPORT_FILE = "report.html";
    /** The figures per period and rule, for a spreadsheet. */
    public static final String SUMMARY_FILE = "summary.csv";
    /** One row per audited record: the record ids behind every figure of the report. */
    public static final String RECORDS_FILE = "records.csv";
    /** The settings that change results, recorded for a resume to check. */
    public static final String SETTINGS_FILE = Inputs.AUDIT_FOLDER_MARKER;
    /** Held while an audit writes the folder. */
    public static final String LOCK_FILE = ".lock";

    private final Path dir;
    private final AuditSettings settings;
    private final FolderLock lock;
    private final ResumeLines earlier;
    private final OutputStream results;

    private AuditFolder(Path dir, AuditSettings settings, FolderLock lock, ResumeLines earlier, OutputStream results) {
        this.dir = dir;
        this.settings = settings;
        this.lock = lock;
        this.earlier = earlier;
        this.results = results;
    }

    /**
     * Opens a folder for a fresh audit: created if need be, its results emptied.
     *
     * @param dir     the folder
     * @param checker the checker the audit will use, whose settings are recorded
     * @return the folder, locked until closed
     * @throws IOException    when the folder cannot be written
     * @throws AuditException when another audit is writing it
     */
    public static AuditFolder create(Path dir, StrategyCheck checker) throws IOException {
        return open(dir, checker, false);
    }

    /**
     * Opens a folder to carry on an interrupted audit: the complete lines of its results are
     * kept. With no results yet it is a fresh audit.
     *
     * @param dir     the folder
     * @param checker the checker the audit will use
     * @return the folder, locked until closed
     * @throws IOException    when the folder cannot be read or written
     * @throws AuditException when another audit is writing it, or its results were judged with
     *                        other settings; nothing is changed then
     */
    public static AuditFolder resume(Path dir, StrategyCheck checker) throws IOException {
        return open(dir, checker, true);
    }

    private static AuditFolder open(Path dir, StrategyCheck checker, boolean resume) throws IOException {
        Files.createDirectories(dir);
        FolderLock lock = FolderLock.tryAcquire(dir.resolve(LOCK_FILE));
        if (lock == null) {
            throw new AuditException(dir + " is in use by another audit (it holds the lock on " + LOCK_FILE
                    + "); wait for it to finish, or write to another folder", null);
        }
        try {
            AuditSettings settings = AuditSettings.of(checker);
            Path resultsFile = dir.resolve(RESULTS_FILE);
            boolean carryOn = resume && Files.exists(resultsFile);
            if (carryOn) {
                requireSameSettings(dir, settings);
            }
            // A report left from an earlier run must never sit beside results it does not describe.
            for (String file : List.of(REPORT_FILE, SUMMARY_FILE, RECORDS_FILE)) {
                Files.deleteIfExists(dir.resolve(file));
            }
            if (!carryOn) {
                writeAtomically(dir.resolve(SETTINGS_FILE), settings.toJson());
            }
            ResumeLines earlier = carryOn ? ResumeLines.open(resultsFile) : ResumeLines.none();
            try {
                // Straight into the results file, not a temporary one: an interrupted run
                // leaves the lines it finished, for a resume to keep.
                OutputStream results = new BufferedOutputStream(Files.newOutputStream(resultsFile,
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        carryOn ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING), 1 << 16);
                return new AuditFolder(dir, settings, lock, earlier, results);
            } catch (IOException | RuntimeException e) {
                earlier.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void requireSameSettings(Path dir, AuditSettings now) throws IOException {
        AuditSettings recorded;
        try {
            recorded = AuditSettings.fromJson(Files.readAllBytes(dir.resolve(SETTINGS_FILE)));
        } catch (NoSuchFileException | IllegalArgumentException unknown) {
            throw new AuditException(dir.resolve(RESULTS_FILE) + " has no record of the settings it was judged with ("
                    + SETTINGS_FILE + "); run without --resume", null);
        }
        List<String> differences = now.differences(recorded);
        if (!differences.isEmpty()) {
            throw new AuditException(dir.resolve(RESULTS_FILE) + " was judged with other settings: "
                    + String.join("; ", differences) + "; run without --resume, or write to another folder", null);
        }
    }

    /**
     * The folder.
     *
     * @return its path
     */
    public Path dir() {
        return dir;
    }

    /**
     * A file of the folder, e.g. {@code file(REPORT_FILE)}.
     *
     * @param name the file's name
     * @return its path
     */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * How many records an earlier run answered: their lines are kept and read back.
     *
     * @return the kept lines; 0 for a fresh audit
     */
    public long resumed() {
        return earlier.lines();
    }

    boolean judgedAs(StrategyCheck checker) {
        return AuditSettings.of(checker).equals(settings);
    }

    /** The folder's own files, never read as input. */
    Set<Path> ownFiles() {
        return Set.of(file(RESULTS_FILE).toAbsolutePath().normalize(),
                file(SETTINGS_FILE).toAbsolutePath().normalize());
    }

    /** The next line an earlier run wrote, or {@code null} past them. */
    LineReader.Line nextEarlier() throws IOException {
        return earlier.next();
    }

    boolean hasMoreEarlier() {
        return earlier.hasMore();
    }

    /** Writes a results line, given in UTF-8 (the workers encode it). */
    void write(byte[] line) throws IOException {
        results.write(line);
        // "\n" whatever the platform: JSON Lines is defined with it.
        results.write('\n');
    }

    /**
     * Writes the results out and releases the folder.
     *
     * @throws IOException when the results cannot be written
     */
    @Override
    public void close() throws IOException {
        try (FolderLock held = lock; ResumeLines read = earlier; OutputStream written = results) {
            written.flush();
        }
    }

    /** Whole or not at all: a reader never opens half a file. */
    static void writeAtomically(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
