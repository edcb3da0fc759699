package org.strategycheck.model;

/**
 * A professional's role. The school nurse is {@code HEALTH / SCHOOL_NURSE}; the school is {@code EDUCATION}: one never stands in for the other.
 *
 * <p>Part of record format v1; the JSON value is the constant's name.
 */
public enum Role {
    SOCIAL_WORKER,
    TEAM_MANAGER,
    CHAIR,
    POLICE_OFFICER,
    DETECTIVE_SERGEANT,
    HEALTH_VISITOR,
    SCHOOL_NURSE,
    PAEDIATRICIAN,
    GP,
    MIDWIFE,
    SAFEGUARDING_NURSE,
    HOSPITAL_NURSE,
    CAMHS_PRACTITIONER,
    ADULT_MENTAL_HEALTH_PRACTITIONER,
    DESIGNATED_SAFEGUARDING_LEAD,
    TEACHER,
    EARLY_YEARS_PRACTITIONER,
    PROBATION_OFFICER,
    YOUTH_JUSTICE_WORKER,
    YOUTH_WORKER,
    IDVA,
    FAMILY_SUPPORT_WORKER,
    LAWYER,
    OTHER
}
