package org.strategycheck.census.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.strategycheck.census.ChildKey;

/**
 * One discussion record as the census link needs it: its position in the audit, its id, what
 * it is (a draft, a final record that did or did not initiate an enquiry, or one that cannot be
 * read), the London date it was held, and the keys of its children. Never the record's text.
 *
 * @param position where it stands in the audit's results, from 1
 * @param recordId its id, or {@code null} when it could not be read that far
 * @param kind     what it is
 * @param heldOn   the London date it was held; {@code null} unless {@code kind} is INITIATING
 * @param children the keys of its children in record order, {@code null} for a child with no
 *                 {@code laChildId}; empty unless {@code kind} is INITIATING
 * @param problem  why it cannot be used, in the library's words, for UNREADABLE; else {@code null}
 */
public record LinkRecord(long position, String recordId, Kind kind, LocalDate heldOn, List<ChildKey> children,
        String problem) {

    /** What a record is, as the census link sees it. */
    public enum Kind {
        /** A final record whose section 47 decision is to initiate an enquiry. */
        INITIATING,
        /** A final record that decided otherwise, or recorded no decision. */
        NOT_INITIATING,
        /** A draft. */
        DRAFT,
        /** Cannot be used: the audit could not read it, or its input no longer reads as it did. */
        UNREADABLE
    }

    /** Checks and copies the components; a child without a key stays {@code null}. */
    public LinkRecord {
        Objects.requireNonNull(kind, "kind");
        children = Collections.unmodifiableList(new ArrayList<>(children));
        if (kind == Kind.INITIATING && heldOn == null) {
            throw new IllegalArgumentException("an initiating record has a date");
        }
        if ((kind == Kind.UNREADABLE) != (problem != null)) {
            throw new IllegalArgumentException("a problem goes with an unreadable record");
        }
    }

    /** Why a final record cannot be linked when it records no date it was held. */
    public static final String NO_DATE = "it is final but records no date it was held";

    /** An unreadable record. */
    public static LinkRecord unreadable(long position, String recordId, String problem) {
        return new LinkRecord(position, recordId, Kind.UNREADABLE, null, List.of(), problem);
    }

    /** A draft. */
    public static LinkRecord draft(long position, String recordId) {
        return new LinkRecord(position, recordId, Kind.DRAFT, null, List.of(), null);
    }

    /** A final record that did not initiate an enquiry. */
    public static LinkRecord notInitiating(long position, String recordId) {
        return new LinkRecord(position, recordId, Kind.NOT_INITIATING, null, List.of(), null);
    }
}
