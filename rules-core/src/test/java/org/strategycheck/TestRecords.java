package org.strategycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.strategycheck.model.Child;
import org.strategycheck.model.Concern;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Education;
import org.strategycheck.model.Identity;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/** Builds records for tests in Java, and reads test resources. */
public final class TestRecords {

    /** The format's one zone, spelled out here independently of the code under test. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestRecords() {
    }

    /**
     * A record with only what the tests of derived facts need; every other section empty.
     */
    public static StrategyDiscussion record(Status status, Instant heldAt, Concern concern, List<Child> children,
            Identity identity) {
        return new StrategyDiscussion(StrategyDiscussion.SCHEMA_VERSION, "SD-TEST", status, null, null, null, null,
                heldAt, null, concern, children, null, null, null, null, null, identity, null, null, null, null, null,
                null);
    }

    /** A final record held at {@code heldAt} about one child. */
    public static StrategyDiscussion heldAt(Instant heldAt, Child child) {
        return record(Status.FINAL, heldAt, Concern.EMPTY, List.of(child), Identity.EMPTY);
    }

    /** A child born on a date, with its education as recorded. */
    public static Child born(String dateOfBirth, Education education) {
        return new Child("C1", LocalDate.parse(dateOfBirth), null, education, null, null, null);
    }

    /** An unborn or undated child. */
    public static Child unbornDue(String expectedDueDate) {
        return new Child("C1", null, expectedDueDate == null ? null : LocalDate.parse(expectedDueDate), null, null,
                null, null);
    }

    /** A concern identified at an instant, with categories. */
    public static Concern concern(Instant identifiedAt, ConcernCategory... categories) {
        return new Concern(identifiedAt, List.of(categories), null, null, null, null, null);
    }

    /** An instant given as London wall-clock time, e.g. {@code 2024-07-01T10:00}. */
    public static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** A classpath resource's bytes. */
    public static byte[] resource(String name) {
        try (InputStream in = TestRecords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
