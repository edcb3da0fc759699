package org.strategycheck.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strategycheck.census.internal.CensusParser;

/**
 * Reads a Children in Need census file (the DfE's XML, collection years 2017 to 2026) with the
 * JDK's StAX parser.
 *
 * <p>What is checked: well-formed XML in its declared encoding (UTF-8 when it declares none);
 * no DTD (refused, so no entity can read a file or expand without bound); every element is
 * one the census has, in the place the census has it, no more often than allowed, with the
 * required ones present and exactly one of {@code GenderCurrent} and {@code Sex}; no text
 * where only elements go; no attributes (but {@code xsi:}); the values this package uses are
 * what their type says ({@code S47ActualStartDate}, {@code InitialCPCtarget},
 * {@code DateOfInitialCPC} and {@code ReferenceDate} dates YYYY-MM-DD, {@code ICPCnotRequired}
 * one of 1, 0, true, false, {@code Year} a year, {@code Collection} CIN, {@code LAchildID} not
 * empty). What is not: the order of siblings (but the header before the children), and the
 * values the package never uses, which are read past unkept (UPNs, dates of birth, codes).
 * The 2026 pre-proceedings block is read past whole.
 *
 * <p>A refusal is an {@link InvalidCensusException} naming the element path and line; it
 * never quotes the file.
 */
public final class CensusReader {

    private CensusReader() {
    }

    /**
     * Opens a census and reads its header.
     *
     * @param in the file's bytes; closed when the returned file is closed
     * @return the file, ready to give its children one at a time
     * @throws InvalidCensusException when the start of the file is refused
     */
    public static CensusFile open(InputStream in) {
        return new CensusFile(CensusParser.open(in));
    }

    /**
     * Opens a census file on disk.
     *
     * @param file the census
     * @return the file, ready to give its children one at a time
     * @throws InvalidCensusException when the start of the file is refused
     * @throws UncheckedIOException   when it cannot be opened
     */
    public static CensusFile open(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(in);
    }
}
