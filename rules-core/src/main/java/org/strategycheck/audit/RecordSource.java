package org.strategycheck.audit;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.strategycheck.audit.internal.InputSink;
import org.strategycheck.audit.internal.Inputs;

/**
 * Where a batch audit reads its records: files and folders, a stream of JSON Lines, or
 * records a host already holds. Every record read becomes exactly one audited record; what
 * cannot be read (a truncated file, a line over the size limit, a folder that cannot be
 * listed) becomes a rejected one, never a silent gap. Blank lines of JSON Lines are not
 * records, and are counted ({@link AuditFigures#blankLines()}).
 */
public abstract sealed class RecordSource permits RecordSource.Paths, RecordSource.Stream, RecordSource.Held {

    private RecordSource() {
    }

    /**
     * Files and folders, in the order given. A {@code .json} file is one record; a
     * {@code .jsonl} file one record per non-blank line, named {@code FILE:LINE}. A folder is
     * read depth first: its entries, files and sub-folders alike, in the order of their names
     * (compared as Java strings, the same on every machine), and of its files only the
     * {@code .json} and {@code .jsonl} ones. Symbolic links are followed; a link back into a
     * folder being read is a rejected record, never a loop. A sub-folder holding
     * {@value org.strategycheck.audit.internal.Inputs#AUDIT_FOLDER_MARKER} is an earlier
     * audit's output and is not read.
     *
     * @param paths files and folders
     * @return the source
     */
    public static RecordSource paths(List<Path> paths) {
        return new Paths(List.copyOf(paths));
    }

    /**
     * Files and folders, in the order given (see {@link #paths(List)}).
     *
     * @param paths files and folders
     * @return the source
     */
    public static RecordSource paths(Path... paths) {
        return paths(List.of(paths));
    }

    /**
     * A stream of JSON Lines, one record per line, named {@code NAME:LINE}. It is read to its
     * end once; its owner closes it.
     *
     * @param in   the stream
     * @param name how its records are named, e.g. {@code stdin}
     * @return the source
     */
    public static RecordSource jsonLines(InputStream in, String name) {
        return new Stream(Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name"));
    }

    /**
     * Records a host already holds as bytes, each with its own label, e.g. the rows of a
     * partition. It is read once.
     *
     * @param records the records, in order
     * @return the source
     */
    public static RecordSource held(Iterator<Labelled> records) {
        return new Held(Objects.requireNonNull(records, "records"));
    }

    /**
     * The bytes the source holds, when known before reading (files), for progress.
     *
     * @return the size, or empty for a stream or records held
     */
    public abstract OptionalLong size();

    abstract void read(Set<Path> excluded, InputSink sink);

    /**
     * One record a host holds.
     *
     * @param label how it is named in results, e.g. {@code case-system:8812}; never a person's name
     * @param json  the record as UTF-8 JSON
     */
    public record Labelled(String label, byte[] json) {

        /** Checks the components; the bytes are not copied. */
        public Labelled {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(json, "json");
        }
    }

    static final class Paths extends RecordSource {
        private final List<Path> paths;

        Paths(List<Path> paths) {
            this.paths = paths;
        }

        @Override
        public OptionalLong size() {
            return OptionalLong.of(Inputs.size(paths, Set.of()));
        }

        @Override
        void read(Set<Path> excluded, InputSink sink) {
            Inputs.readPaths(paths, excluded, sink);
        }
    }

    static final class Stream extends RecordSource {
        private final InputStream in;
        private final String name;

        Stream(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        @Override
        public OptionalLong size() {
            return OptionalLong.empty();
        }

        @Override
        void read(Set<Path> excluded, InputSink sink) {
            Inputs.readJsonLines(in, name, sink);
        }
    }

    static final class Held extends RecordSource {
        private final Iterator<Labelled> records;

        Held(Iterator<Labelled> records) {
            this.records = records;
        }

        @Override
        public OptionalLong size() {
            return OptionalLong.empty();
        }

        @Override
        void read(Set<Path> excluded, InputSink sink) {
            while (records.hasNext()) {
                Labelled record = records.next();
                sink.input(Inputs.labelled(record.label(), record.json()));
            }
        }
    }
}
