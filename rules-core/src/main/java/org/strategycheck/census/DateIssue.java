package org.strategycheck.census;

/**
 * What is wrong with a census's own dates for one enquiry. The DfE's validation of the census
 * never recomputes the target date (its rule 8870Q asks only that it is not a weekend); these
 * checks do.
 */
public enum DateIssue {
    /**
     * {@code InitialCPCtarget} is the 15th working day after the start counting weekends but not
     * bank holidays: the target ignores a bank holiday.
     */
    TARGET_IGNORES_BANK_HOLIDAY("The target date ignores a bank holiday: the 15th working day after the start is later."),
    /** {@code InitialCPCtarget} is not the 15th working day after the start, for another reason. */
    TARGET_NOT_15_WORKING_DAYS("The target date is not the 15th working day after the start."),
    /** {@code InitialCPCtarget} is a Saturday or Sunday (the DfE's rule 8870Q). */
    TARGET_ON_WEEKEND("The target date is a Saturday or Sunday."),
    /** {@code DateOfInitialCPC} is before {@code S47ActualStartDate}. */
    CONFERENCE_BEFORE_START("The conference is dated before the enquiry started."),
    /** {@code DateOfInitialCPC} is a Saturday or Sunday. */
    CONFERENCE_ON_WEEKEND("The conference is dated on a Saturday or Sunday."),
    /** {@code ICPCnotRequired} says no conference was required, yet a conference is dated. */
    CONFERENCE_DATED_BUT_NOT_REQUIRED("The enquiry says no conference was required, yet a conference is dated.");

    private final String description;

    DateIssue(String description) {
        this.description = description;
    }

    /**
     * One sentence in English.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
