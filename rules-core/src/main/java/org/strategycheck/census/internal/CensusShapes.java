package org.strategycheck.census.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Children in Need census, collection years 2017 to 2026, as the DfE's schemas have it
 * ({@code CIN_schema_2017.xsd} to {@code CIN_schema_2026.xsd}): element names, nesting and how
 * often each may occur. The years differ in three places, all allowed in any year here:
 * {@code CINPlanDates} (from 2022), {@code Sex} in place of {@code GenderCurrent} (from 2025),
 * and the pre-proceedings block {@code PreProceedingsandFGDM} (2026), which is read past.
 * {@code Header/Content} ({@code CBDSLevels}) is in many local authorities' exports though not
 * in every copy of the schema; it is read past too.
 */
public final class CensusShapes {

    private static final int MANY = Integer.MAX_VALUE;

    /** {@code Section47}: the dates this reader is for. */
    public static final Shape SECTION47 = new Shape.Builder()
            .value("S47ActualStartDate", 1, 1)
            .value("InitialCPCtarget", 0, 1)
            .value("DateOfInitialCPC", 0, 1)
            .value("ICPCnotRequired", 1, 1)
            .build();

    private static final Shape FACTORS = new Shape.Builder()
            .skipped("AssessmentFactors", 1, MANY)
            .build();

    private static final Shape ASSESSMENTS = new Shape.Builder()
            .skipped("AssessmentActualStartDate", 1, 1)
            .skipped("AssessmentInternalReviewDate", 0, 1)
            .skipped("AssessmentAuthorisationDate", 0, 1)
            .container("FactorsIdentifiedAtAssessment", 0, 1, FACTORS)
            .build();

    private static final Shape CIN_PLAN_DATES = new Shape.Builder()
            .skipped("CINPlanStartDate", 1, 1)
            .skipped("CINPlanEndDate", 0, 1)
            .build();

    private static final Shape REVIEWS = new Shape.Builder()
            .skipped("CPPreviewDate", 1, MANY)
            .build();

    private static final Shape CHILD_PROTECTION_PLANS = new Shape.Builder()
            .skipped("CPPstartDate", 1, 1)
            .skipped("CPPendDate", 0, 1)
            .skipped("InitialCategoryOfAbuse", 1, 1)
            .skipped("LatestCategoryOfAbuse", 1, 1)
            .skipped("NumberOfPreviousCPP", 1, 1)
            .container("Reviews", 0, 1, REVIEWS)
            .build();

    /** {@code CINdetails}: one episode of need. */
    public static final Shape CIN_DETAILS = new Shape.Builder()
            .skipped("CINreferralDate", 1, 1)
            .skipped("ReferralSource", 1, 1)
            .skipped("PrimaryNeedCode", 0, 1)
            .skipped("CINclosureDate", 0, 1)
            .skipped("ReasonForClosure", 0, 1)
            .skipped("DateOfInitialCPC", 0, 1)
            .container("Assessments", 0, MANY, ASSESSMENTS)
            .container("CINPlanDates", 0, MANY, CIN_PLAN_DATES)
            .container("Section47", 0, MANY, SECTION47)
            .skipped("ReferralNFA", 1, 1)
            .container("ChildProtectionPlans", 0, MANY, CHILD_PROTECTION_PLANS)
            .block("PreProceedingsandFGDM", 0, MANY)
            .build();

    /**
     * {@code ChildIdentifiers}: {@code LAchildID} is read (to match, never to show); the UPNs
     * and dates of birth and death are checked to be plain values and never kept.
     */
    public static final Shape CHILD_IDENTIFIERS = new Shape.Builder()
            .value("LAchildID", 1, 1)
            .skipped("UPN", 0, 1)
            .skipped("FormerUPN", 0, 1)
            .skipped("UPNunknown", 0, 1)
            .skipped("PersonBirthDate", 0, 1)
            .skipped("ExpectedPersonBirthDate", 0, 1)
            .skipped("GenderCurrent", 0, 1)
            .skipped("Sex", 0, 1)
            .skipped("PersonDeathDate", 0, 1)
            .oneOf("GenderCurrent", "Sex")
            .build();

    private static final Shape DISABILITIES = new Shape.Builder()
            .skipped("Disability", 1, MANY)
            .build();

    private static final Shape CHILD_CHARACTERISTICS = new Shape.Builder()
            .skipped("Ethnicity", 1, 1)
            .container("Disabilities", 0, 1, DISABILITIES)
            .build();

    /** {@code Child}. */
    public static final Shape CHILD = new Shape.Builder()
            .container("ChildIdentifiers", 1, 1, CHILD_IDENTIFIERS)
            .container("ChildCharacteristics", 1, 1, CHILD_CHARACTERISTICS)
            .container("CINdetails", 1, MANY, CIN_DETAILS)
            .build();

    /** {@code Children}. */
    public static final Shape CHILDREN = new Shape.Builder()
            .container("Child", 1, MANY, CHILD)
            .build();

    /** {@code CollectionDetails}. */
    public static final Shape COLLECTION_DETAILS = new Shape.Builder()
            .value("Collection", 0, 1)
            .value("Year", 0, 1)
            .value("ReferenceDate", 0, 1)
            .build();

    private static final Shape SOURCE = new Shape.Builder()
            .skipped("SourceLevel", 0, 1)
            .skipped("LEA", 1, 1)
            .skipped("SoftwareCode", 0, 1)
            .skipped("Release", 0, 1)
            .skipped("SerialNo", 0, 1)
            .skipped("DateTime", 0, 1)
            .build();

    /** {@code Header}. */
    public static final Shape HEADER = new Shape.Builder()
            .container("CollectionDetails", 0, 1, COLLECTION_DETAILS)
            .container("Source", 0, MANY, SOURCE)
            .block("Content", 0, 1)
            .build();

    /** {@code Message}, the root. */
    public static final Shape MESSAGE = new Shape.Builder()
            .container("Header", 0, 1, HEADER)
            .container("Children", 1, 1, CHILDREN)
            .build();

    private static final Set<String> KNOWN = known();

    private CensusShapes() {
    }

    /**
     * Whether a name is one of the census's elements, anywhere. Only such names are ever echoed
     * in an error: any other name came from the file and might be anything, an identifier
     * wrongly written as an element name included.
     *
     * @param name a local name
     * @return {@code true} for a census element name
     */
    public static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    private static Set<String> known() {
        Set<String> names = new HashSet<>();
        names.add("Message");
        Deque<Shape> shapes = new ArrayDeque<>(List.of(MESSAGE));
        while (!shapes.isEmpty()) {
            for (Shape.Element element : shapes.pop().elements()) {
                names.add(element.name());
                if (element.content() != null) {
                    shapes.push(element.content());
                }
            }
        }
        return Set.copyOf(names);
    }
}
