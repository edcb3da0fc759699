package org.strategycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The default grade mapping: the worst CRITICAL or MAJOR finding decides; MINOR and ADVISORY never do. */
class GradeTest {

    private static Finding finding(Severity severity) {
        return new Finding("TEST-RULE", severity, "test.key", List.of(), List.of(), null);
    }

    private static List<Finding> findings(Severity... severities) {
        List<Finding> findings = new ArrayList<>();
        for (Severity severity : severities) {
            findings.add(finding(severity));
        }
        return findings;
    }

    @Test
    void noFindingsIsGood() {
        assertEquals(Grade.GOOD, Grade.of(List.of()));
    }

    @Test
    void anyCriticalIsInadequate() {
        assertEquals(Grade.INADEQUATE, Grade.of(findings(Severity.CRITICAL)));
        assertEquals(Grade.INADEQUATE, Grade.of(findings(Severity.MINOR, Severity.MAJOR, Severity.CRITICAL)));
        assertEquals(Grade.INADEQUATE, Grade.of(findings(Severity.CRITICAL, Severity.MAJOR, Severity.ADVISORY)));
    }

    @Test
    void majorWithoutCriticalRequiresImprovement() {
        assertEquals(Grade.REQUIRES_IMPROVEMENT, Grade.of(findings(Severity.MAJOR)));
        assertEquals(Grade.REQUIRES_IMPROVEMENT,
                Grade.of(findings(Severity.ADVISORY, Severity.MAJOR, Severity.MINOR, Severity.MAJOR)));
    }

    @Test
    void minorAndAdvisoryOnlyIsGood() {
        assertEquals(Grade.GOOD, Grade.of(findings(Severity.MINOR)));
        assertEquals(Grade.GOOD, Grade.of(findings(Severity.ADVISORY)));
        assertEquals(Grade.GOOD, Grade.of(findings(Severity.MINOR, Severity.ADVISORY, Severity.MINOR)));
    }

    @Test
    void gradesAreDeclaredFromBestToWorst() {
        assertEquals(List.of(Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE), List.of(Grade.values()));
    }

    @Property
    void gradeIsSetByTheMostSeriousFindingInAnyOrder(@ForAll @Size(max = 12) List<Severity> severities) {
        Grade expected = severities.contains(Severity.CRITICAL) ? Grade.INADEQUATE
                : severities.contains(Severity.MAJOR) ? Grade.REQUIRES_IMPROVEMENT : Grade.GOOD;
        List<Finding> findings = findings(severities.toArray(Severity[]::new));

        assertEquals(expected, Grade.of(findings));
        Collections.reverse(findings);
        assertEquals(expected, Grade.of(findings));
    }
}
