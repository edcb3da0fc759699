package org.strategycheck;

/**
 * How serious a finding is. Declared from most to least serious.
 */
public enum Severity {
    /** Statutory minimum missing: the child may be left unsafe. FHIR {@code error}. */
    CRITICAL("error"),
    /** Expected practice missing. FHIR {@code error}. */
    MAJOR("error"),
    /** A recording or timeliness weakness. FHIR {@code warning}. */
    MINOR("warning"),
    /** Worth a look; never changes the grade. FHIR {@code information}. */
    ADVISORY("information");

    private final String fhirSeverity;

    Severity(String fhirSeverity) {
        this.fhirSeverity = fhirSeverity;
    }

    /**
     * The matching FHIR {@code OperationOutcome.issue.severity} code, for hosts that speak FHIR.
     *
     * @return {@code error}, {@code warning} or {@code information}
     */
    public String fhirSeverity() {
        return fhirSeverity;
    }
}
