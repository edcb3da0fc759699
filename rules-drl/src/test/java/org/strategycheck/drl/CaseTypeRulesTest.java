package org.strategycheck.drl;

import static org.strategycheck.drl.RuleCase.fires;
import static org.strategycheck.drl.RuleCase.gap;
import static org.strategycheck.drl.RuleCase.notApplicable;
import static org.strategycheck.drl.RuleCase.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.Severity;

/**
 * Case-type rules: what particular kinds of concern need beyond the common checks, as a table.
 */
class CaseTypeRulesTest {

    private static TestRecord youthViolence() {
        return TestRecord.load("complete-decisions.json")
                .set("/concern/categories", "[\"SERIOUS_YOUTH_VIOLENCE\"]")
                .set("/namedProfessional", "{\"name\":\"Youth worker\",\"agency\":\"YOUTH_JUSTICE\",\"role\":\"YOUTH_WORKER\"}");
    }

    static List<RuleCase> table() {
        List<RuleCase> rows = new ArrayList<>();
        rows.add(fires("CT-NAMED-PROFESSIONAL", "named professional fires for serious youth violence without one",
                youthViolence().remove("/namedProfessional"),
                gap(Severity.MAJOR, "CT-NAMED-PROFESSIONAL", "/namedProfessional/name")));
        rows.add(fires("CT-NAMED-PROFESSIONAL", "named professional fires for criminal exploitation without one",
                youthViolence().set("/concern/categories", "[\"NEGLECT\",\"CHILD_CRIMINAL_EXPLOITATION\"]").remove("/namedProfessional"),
                gap(Severity.MAJOR, "CT-NAMED-PROFESSIONAL", "/namedProfessional/name")));
        rows.add(fires("CT-NAMED-PROFESSIONAL", "named professional fires when only an agency and role are given",
                youthViolence().remove("/namedProfessional/name"),
                gap(Severity.MAJOR, "CT-NAMED-PROFESSIONAL", "/namedProfessional/name")));
        rows.add(fires("CT-NAMED-PROFESSIONAL", "named professional fires when the name is blank",
                youthViolence().set("/namedProfessional/name", "\"  \""),
                gap(Severity.MAJOR, "CT-NAMED-PROFESSIONAL", "/namedProfessional/name")));
        rows.add(fires("CT-NAMED-PROFESSIONAL", "named professional says the name is a placeholder",
                youthViolence().set("/namedProfessional/name", "\"tbc\""),
                gap(Severity.MAJOR, "CT-NAMED-PROFESSIONAL.placeholder", "/namedProfessional/name")));
        for (String category : List.of("SERIOUS_YOUTH_VIOLENCE", "CHILD_CRIMINAL_EXPLOITATION")) {
            rows.add(passes("CT-NAMED-PROFESSIONAL", "named professional passes when one is named: " + category,
                    youthViolence().set("/concern/categories", "[\"" + category + "\"]")));
        }
        for (String category : List.of("PHYSICAL_ABUSE", "CHILD_SEXUAL_EXPLOITATION", "MISSING")) {
            rows.add(notApplicable("CT-NAMED-PROFESSIONAL", "named professional does not apply to other concerns: " + category,
                    youthViolence().set("/concern/categories", "[\"" + category + "\"]").remove("/namedProfessional")));
        }
        rows.add(notApplicable("CT-NAMED-PROFESSIONAL", "named professional does not apply when no category is recorded",
                youthViolence().remove("/concern/categories").remove("/namedProfessional")));
        rows.add(fires("CT-NAMED-PROFESSIONAL", "named professional applies to a draft",
                youthViolence().set("/status", "\"DRAFT\"").remove("/namedProfessional"),
                gap(Severity.MAJOR, "CT-NAMED-PROFESSIONAL", "/namedProfessional/name")));
        return rows;
    }

    static Stream<RuleCase> rows() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(RuleCase row) {
        row.verify();
    }
}
