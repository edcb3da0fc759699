package org.strategycheck.audit.internal;

/** Receives what a record source reads, in input order. */
public interface InputSink {

    /**
     * One input: a record, or an error row.
     *
     * @param input the input
     */
    void input(Input input);

    /**
     * A blank line of a JSON Lines input: not a record, but counted so the totals account for
     * every line.
     *
     * @param bytes the bytes it took, its line break included
     */
    void blankLine(long bytes);
}
