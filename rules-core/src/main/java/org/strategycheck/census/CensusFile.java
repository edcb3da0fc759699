package org.strategycheck.census;

import org.strategycheck.census.internal.CensusParser;

/**
 * A census file being read, one child at a time: memory stays flat however many children the
 * file holds. Obtained from {@link CensusReader#open}. Not thread-safe; close it when done
 * (closing closes the stream it reads).
 *
 * <pre>{@code
 * try (CensusFile census = CensusReader.open(in)) {
 *     CensusHeader header = census.header();
 *     for (CensusChild child = census.next(); child != null; child = census.next()) {
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class CensusFile implements AutoCloseable {

    private final CensusParser parser;

    CensusFile(CensusParser parser) {
        this.parser = parser;
    }

    /**
     * The file's {@code CollectionDetails}, read when the file was opened.
     *
     * @return the header; its parts {@code null} when the file does not give them
     */
    public CensusHeader header() {
        return parser.header();
    }

    /**
     * The next child in the file.
     *
     * @return the child, or {@code null} after the last one (by then the whole file has been
     *         checked to its end)
     * @throws InvalidCensusException at the first thing in the file that is refused, and the
     *                                same again on every later call: a broken file is not read past
     */
    public CensusChild next() {
        return parser.next();
    }

    /**
     * How many children have been read so far.
     *
     * @return the count
     */
    public int children() {
        return parser.children();
    }

    /** Closes the file and the stream it reads. */
    @Override
    public void close() {
        parser.close();
    }
}
