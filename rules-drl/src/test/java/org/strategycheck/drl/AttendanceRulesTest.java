package org.strategycheck.drl;

import static org.strategycheck.drl.RuleCase.appliesToEveryRecord;
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
 * Attendance rules: who was invited to, and took part in, the discussion, as a table: for each rule, records where it fires, passes and does not apply.
 *
 * <p>In the school-age record, participants are 0 social worker, 1 team manager, 2 police
 * (detective sergeant), 3 school nurse, 4 school (Example Primary); in the pre-school record,
 * 0 social worker, 1 police officer, 2 health visitor.
 */
class AttendanceRulesTest {

    private static final String SCHOOL_NURSE = "/participants/3";

    private static final String SCHOOL = "/participants/4";

    private static final String SOCIAL_WORKER = "/participants/0";

    private static final String TEAM_MANAGER = "/participants/1";

    private static final String POLICE = "/participants/2";

    private static TestRecord preBirth() {
        return TestRecord.preSchool().set("/children/0/dateOfBirth", "null")
                .set("/children/0/expectedDueDate", "\"2024-08-01\"").set("/children/0/education", "null");
    }

    private static final String GP_SERVICE =
            "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"High Street Surgery\",\"knownTo\":\"CHILD\"}";

    private static TestRecord atNursery() {
        return TestRecord.preSchool().set("/children/0/education", "\"EARLY_YEARS\"");
    }

    private static TestRecord youthViolence() {
        return TestRecord.schoolAge().set("/concern/categories", "[\"SERIOUS_YOUTH_VIOLENCE\"]");
    }

    static List<RuleCase> table() {
        List<RuleCase> rows = new ArrayList<>();
        rows.add(appliesToEveryRecord("ATT-HEALTH-INVITED", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(appliesToEveryRecord("ATT-POLICE", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(appliesToEveryRecord("ATT-SOCIAL-CARE", "applies to a bare draft", TestRecord.bareDraft()));
        rows.add(fires("ATT-HEALTH-INVITED", "fires when no health professional is invited",
                TestRecord.schoolAge().remove(SCHOOL_NURSE),
                gap(Severity.CRITICAL, "ATT-HEALTH-INVITED", "/participants")));
        rows.add(fires("ATT-HEALTH-INVITED", "fires when the health participant is recorded as not invited",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "false").set(SCHOOL_NURSE + "/attended", "null"),
                gap(Severity.CRITICAL, "ATT-HEALTH-INVITED", "/participants")));
        rows.add(passes("ATT-HEALTH-INVITED", "passes when a health professional is invited",
                TestRecord.schoolAge()));
        rows.add(passes("ATT-HEALTH-INVITED", "counts an attending health professional as invited when invitation is not recorded",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "null")));
        rows.add(passes("ATT-HEALTH-INVITED", "applies to every record so is never not applicable",
                TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/actions")));
        rows.add(fires("ATT-HEALTH-ATTENDED", "v1.1: fires when health was invited but neither attended nor wrote, at the invited health participants",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/attended", "false"),
                gap(Severity.MAJOR, "ATT-HEALTH-ATTENDED", SCHOOL_NURSE)));
        rows.add(passes("ATT-HEALTH-INVITED", "fires when health was invited but neither attended nor wrote",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/attended", "false")));
        rows.add(passes("ATT-HEALTH-ATTENDED", "passes when health contributed in writing without attending",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/attended", "false").set(SCHOOL_NURSE + "/contributedInWriting", "true")));
        rows.add(notApplicable("ATT-HEALTH-ATTENDED", "v1.1: does not apply when no health professional was invited, which is ATT-HEALTH-INVITED's finding alone",
                TestRecord.schoolAge().remove(SCHOOL_NURSE)));
        rows.add(notApplicable("ATT-HEALTH-ATTENDED", "v1.1: does not apply when the health participant is recorded as not invited",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "false").set(SCHOOL_NURSE + "/attended", "null")));
        rows.add(notApplicable("ATT-HEALTH-ATTENDED", "v1.1: does not apply to a bare draft, which invites no one",
                TestRecord.bareDraft()));
        rows.add(fires("ATT-HEALTH-ATTENDED", "v1.1: points at every invited health participant when none took part",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/attended", "false").add("/participants", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"invited\":true}"),
                gap(Severity.MAJOR, "ATT-HEALTH-ATTENDED", SCHOOL_NURSE, "/participants/5")));
        rows.add(passes("ATT-HEALTH-INVITED", "counts a health professional who contributed in writing as invited, whatever invited says",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "false").set(SCHOOL_NURSE + "/attended", "false").set(SCHOOL_NURSE + "/contributedInWriting", "true")));
        rows.add(passes("ATT-HEALTH-ATTENDED", "counts a health professional who contributed in writing as invited, whatever invited says",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/invited", "false").set(SCHOOL_NURSE + "/attended", "false").set(SCHOOL_NURSE + "/contributedInWriting", "true")));
        rows.add(fires("ATT-SCHOOL-NURSE", "fires when a school age childs school nurse is not invited",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/role", "\"PAEDIATRICIAN\""),
                gap(Severity.MAJOR, "ATT-SCHOOL-NURSE", "/participants")));
        rows.add(passes("ATT-HEALTH-INVITED", "fires when a school age childs school nurse is not invited",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/role", "\"PAEDIATRICIAN\"")));
        rows.add(passes("ATT-SCHOOL-NURSE", "passes when the school nurse is invited",
                TestRecord.schoolAge()));
        rows.add(notApplicable("ATT-SCHOOL-NURSE", "does not apply without a school age child",
                TestRecord.preSchool()));
        rows.add(fires("ATT-SCHOOL-NURSE", "applies when education is not recorded and the child is five to fifteen",
                TestRecord.preSchool().set("/children/0/education", "null").set("/children/0/dateOfBirth", "\"2012-01-01\""),
                gap(Severity.MAJOR, "ATT-SCHOOL-NURSE", "/participants")));
        rows.add(fires("ATT-SCHOOL", "fires when only the school nurse was invited because the nurse is not the school",
                TestRecord.schoolAge().remove(SCHOOL),
                gap(Severity.MAJOR, "ATT-SCHOOL", "/participants")));
        rows.add(passes("ATT-SCHOOL-NURSE", "fires when only the school nurse was invited because the nurse is not the school",
                TestRecord.schoolAge().remove(SCHOOL)));
        rows.add(fires("ATT-SCHOOL", "fires when a school nurse is misrecorded under education",
                TestRecord.schoolAge().set(SCHOOL + "/role", "\"SCHOOL_NURSE\""),
                gap(Severity.MAJOR, "ATT-SCHOOL", "/participants")));
        rows.add(passes("ATT-SCHOOL", "passes when the school is invited",
                TestRecord.schoolAge()));
        rows.add(notApplicable("ATT-SCHOOL", "does not apply without a school age child",
                TestRecord.preSchool()));
        rows.add(notApplicable("ATT-SCHOOL", "does not apply to a home educated child",
                TestRecord.schoolAge().set("/children/0/education", "\"ELECTIVE_HOME_EDUCATION\"")));
        rows.add(fires("ATT-HEALTH-VISITOR", "fires when a pre school childs health visitor is not invited",
                TestRecord.preSchool().set("/participants/2/role", "\"GP\""),
                gap(Severity.MAJOR, "ATT-HEALTH-VISITOR", "/participants")));
        rows.add(passes("ATT-HEALTH-VISITOR", "passes when the health visitor is invited",
                TestRecord.preSchool()));
        rows.add(notApplicable("ATT-HEALTH-VISITOR", "does not apply without a pre school child",
                TestRecord.schoolAge()));
        // Three at the 2019 discussion, though long past school age now.
        rows.add(fires("ATT-HEALTH-VISITOR", "takes the age at the discussion not today",
                TestRecord.schoolAge().set("/heldAt", "\"2019-02-01T16:00:00Z\"").set("/concern/identifiedAt", "\"2019-01-31T10:00:00Z\"").set("/children/0/dateOfBirth", "\"2015-06-01\"").set("/children/0/education", "null"),
                gap(Severity.MAJOR, "ATT-HEALTH-VISITOR", "/participants")));
        rows.add(notApplicable("ATT-SCHOOL", "takes the age at the discussion not today",
                TestRecord.schoolAge().set("/heldAt", "\"2019-02-01T16:00:00Z\"").set("/concern/identifiedAt", "\"2019-01-31T10:00:00Z\"").set("/children/0/dateOfBirth", "\"2015-06-01\"").set("/children/0/education", "null")));
        rows.add(passes("ATT-SCHOOL", "siblings of different ages bring both school and health visitor rules",
                TestRecord.schoolAge().add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2023-01-01\",\"education\":\"NONE\"}")));
        rows.add(fires("ATT-HEALTH-VISITOR", "siblings of different ages bring both school and health visitor rules",
                TestRecord.schoolAge().add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2023-01-01\",\"education\":\"NONE\"}"),
                gap(Severity.MAJOR, "ATT-HEALTH-VISITOR", "/participants")));
        rows.add(fires("ATT-POLICE", "fires when invited police neither attended nor wrote and points at them",
                TestRecord.schoolAge().set(POLICE + "/attended", "false"),
                gap(Severity.CRITICAL, "ATT-POLICE", POLICE)));
        rows.add(fires("ATT-POLICE", "fires when police were not invited",
                TestRecord.schoolAge().remove(POLICE),
                gap(Severity.CRITICAL, "ATT-POLICE.notInvited", "/participants")));
        rows.add(fires("ATT-POLICE", "fires when the police participant is recorded as not invited",
                TestRecord.schoolAge().set(POLICE + "/invited", "false").set(POLICE + "/attended", "null"),
                gap(Severity.CRITICAL, "ATT-POLICE.notInvited", "/participants")));
        rows.add(fires("ATT-POLICE", "points at every invited police participant when none took part",
                TestRecord.schoolAge().set(POLICE + "/attended", "null").add("/participants", "{\"agency\":\"POLICE\",\"role\":\"POLICE_OFFICER\",\"invited\":true,\"attended\":false}") ,
                gap(Severity.CRITICAL, "ATT-POLICE", "/participants/2", "/participants/5")));
        rows.add(passes("ATT-POLICE", "passes when police contributed in writing without attending",
                TestRecord.schoolAge().set(POLICE + "/attended", "false").set(POLICE + "/contributedInWriting", "true")));
        rows.add(passes("ATT-POLICE", "passes when police attended",
                TestRecord.schoolAge()));
        rows.add(passes("ATT-POLICE", "passes when police attended",
                TestRecord.preSchool()));
        rows.add(fires("ATT-POLICE", "applies to every record including a draft",
                TestRecord.preSchool().set("/status", "\"DRAFT\"").remove("/participants/1"),
                gap(Severity.CRITICAL, "ATT-POLICE.notInvited", "/participants")));
        rows.add(fires("ATT-SOCIAL-CARE", "fires when no social worker attended",
                TestRecord.schoolAge().set(SOCIAL_WORKER + "/attended", "false"),
                gap(Severity.CRITICAL, "ATT-SOCIAL-CARE", "/participants")));
        rows.add(fires("ATT-SOCIAL-CARE", "fires when no manager attended",
                TestRecord.preSchool(),
                gap(Severity.CRITICAL, "ATT-SOCIAL-CARE.manager", "/participants")));
        rows.add(fires("ATT-SOCIAL-CARE", "reports the social worker and the manager as two gaps",
                TestRecord.schoolAge().remove(TEAM_MANAGER).remove(SOCIAL_WORKER),
                gap(Severity.CRITICAL, "ATT-SOCIAL-CARE", "/participants"),
                gap(Severity.CRITICAL, "ATT-SOCIAL-CARE.manager", "/participants")));
        rows.add(passes("ATT-SOCIAL-CARE", "passes with a social worker and a team manager",
                TestRecord.schoolAge()));
        rows.add(passes("ATT-SOCIAL-CARE", "passes with a chair as the manager",
                TestRecord.schoolAge().set(TEAM_MANAGER + "/role", "\"CHAIR\"")));
        rows.add(fires("ATT-SOCIAL-CARE", "a chair from another agency is not the social care manager",
                TestRecord.schoolAge().set(TEAM_MANAGER + "/agency", "\"POLICE\"").set(TEAM_MANAGER + "/role", "\"CHAIR\""),
                gap(Severity.CRITICAL, "ATT-SOCIAL-CARE.manager", "/participants")));
        rows.add(fires("ATT-SOCIAL-CARE", "contributing in writing is not attending",
                TestRecord.schoolAge().set(SOCIAL_WORKER + "/attended", "false").set(SOCIAL_WORKER + "/contributedInWriting", "true"),
                gap(Severity.CRITICAL, "ATT-SOCIAL-CARE", "/participants")));
        rows.add(fires("ATT-SOCIAL-CARE", "attendance not recorded is not attendance",
                TestRecord.schoolAge().set(TEAM_MANAGER + "/attended", "null"),
                gap(Severity.CRITICAL, "ATT-SOCIAL-CARE.manager", "/participants")));
        rows.add(passes("ATT-SOCIAL-CARE", "applies to every record including a draft",
                TestRecord.schoolAge().set("/status", "\"DRAFT\"")));
        rows.add(fires("ATT-EARLY-YEARS", "fires when a pre school childs nursery is not invited",
                atNursery(),
                gap(Severity.MINOR, "ATT-EARLY-YEARS", "/participants")));
        rows.add(passes("ATT-EARLY-YEARS", "passes when the early years setting is invited",
                atNursery().add("/participants", "{\"agency\":\"EARLY_YEARS\",\"role\":\"EARLY_YEARS_PRACTITIONER\",\"invited\":true}")));
        rows.add(passes("ATT-EARLY-YEARS", "passes when an early years practitioner of a school nursery is invited",
                atNursery().add("/participants", "{\"agency\":\"EDUCATION\",\"role\":\"EARLY_YEARS_PRACTITIONER\",\"invited\":true}")));
        rows.add(fires("ATT-EARLY-YEARS", "fires when the setting is recorded as not invited",
                atNursery().add("/participants", "{\"agency\":\"EARLY_YEARS\",\"role\":\"EARLY_YEARS_PRACTITIONER\",\"invited\":false}"),
                gap(Severity.MINOR, "ATT-EARLY-YEARS", "/participants")));
        rows.add(notApplicable("ATT-EARLY-YEARS", "does not apply to a pre school child not in early years",
                TestRecord.preSchool()));
        rows.add(notApplicable("ATT-EARLY-YEARS", "does not apply to a pre school child whose education is not recorded",
                TestRecord.preSchool().set("/children/0/education", "null")));
        rows.add(notApplicable("ATT-EARLY-YEARS", "does not apply to a child of school age still in early years",
                TestRecord.schoolAge().set("/children/0/education", "\"EARLY_YEARS\"")));
        rows.add(fires("ATT-MIDWIFE", "fires when an unborn childs midwife is not invited",
                preBirth(),
                gap(Severity.MAJOR, "ATT-MIDWIFE", "/participants")));
        rows.add(passes("ATT-MIDWIFE", "passes when a midwife is invited",
                preBirth().set("/participants/2/role", "\"MIDWIFE\"")));
        rows.add(fires("ATT-MIDWIFE", "applies to a pre birth concern without a due date",
                TestRecord.preSchool().set("/children/0/dateOfBirth", "null").set("/concern/categories", "[\"PRE_BIRTH\"]"),
                gap(Severity.MAJOR, "ATT-MIDWIFE", "/participants")));
        rows.add(notApplicable("ATT-MIDWIFE", "does not apply to a born child",
                TestRecord.preSchool()));
        rows.add(fires("ATT-MIDWIFE", "applies when an unborn child has a born sibling",
                TestRecord.preSchool().add("/children", "{\"ref\":\"C2\",\"expectedDueDate\":\"2024-08-01\"}"),
                gap(Severity.MAJOR, "ATT-MIDWIFE", "/participants")));
        rows.add(passes("ATT-HEALTH-VISITOR", "applies when an unborn child has a born sibling",
                TestRecord.preSchool().add("/children", "{\"ref\":\"C2\",\"expectedDueDate\":\"2024-08-01\"}")));
        rows.add(fires("ATT-PAEDIATRICIAN", "fires for a significant injury with no paediatrician invited",
                TestRecord.schoolAge().set("/concern/significantInjury", "true"),
                gap(Severity.MAJOR, "ATT-PAEDIATRICIAN", "/participants")));
        rows.add(fires("ATT-PAEDIATRICIAN", "is critical for an injured non mobile child",
                TestRecord.preSchool().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]"),
                gap(Severity.CRITICAL, "ATT-PAEDIATRICIAN.nonMobile", "/participants")));
        rows.add(fires("ATT-PAEDIATRICIAN", "applies to a child in hospital",
                TestRecord.schoolAge().set("/children/0/hospitalInpatient", "true"),
                gap(Severity.MAJOR, "ATT-PAEDIATRICIAN", "/participants")));
        rows.add(fires("ATT-PAEDIATRICIAN", "applies when a medical is required",
                TestRecord.schoolAge().set("/decisions/medical", "\"REQUIRED\""),
                gap(Severity.MAJOR, "ATT-PAEDIATRICIAN", "/participants")));
        rows.add(fires("ATT-PAEDIATRICIAN", "reports one gap when every reason holds",
                TestRecord.preSchool().set("/concern/significantInjury", "true").set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]").set("/children/0/hospitalInpatient", "true").set("/decisions/medical", "\"REQUIRED\"").add("/children", "{\"ref\":\"C2\",\"dateOfBirth\":\"2023-01-01\",\"hospitalInpatient\":true}") ,
                gap(Severity.CRITICAL, "ATT-PAEDIATRICIAN.nonMobile", "/participants")));
        rows.add(passes("ATT-PAEDIATRICIAN", "passes when a paediatrician is invited",
                TestRecord.preSchool().set("/concern/categories", "[\"INJURY_NON_MOBILE_CHILD\"]").add("/participants", "{\"agency\":\"HEALTH\",\"role\":\"PAEDIATRICIAN\",\"invited\":true}")));
        rows.add(notApplicable("ATT-PAEDIATRICIAN", "does not apply without injury hospital or medical",
                TestRecord.schoolAge()));
        rows.add(notApplicable("ATT-PAEDIATRICIAN", "does not apply when injury is recorded as not significant and no medical is required",
                TestRecord.schoolAge().set("/concern/significantInjury", "false").set("/children/0/hospitalInpatient", "false").set("/decisions/medical", "\"NOT_REQUIRED\"")));
        rows.add(fires("ATT-REFERRER", "fires when the referrers agency is not invited",
                TestRecord.schoolAge().set("/concern/referrer", "{\"agency\":\"HOUSING\",\"role\":\"OTHER\"}"),
                gap(Severity.MAJOR, "ATT-REFERRER", "/participants", "/concern/referrer/agency").args("HOUSING")));
        rows.add(passes("ATT-REFERRER", "passes when the referrers agency is invited",
                TestRecord.schoolAge().set("/concern/referrer", "{\"agency\":\"EDUCATION\",\"role\":\"DESIGNATED_SAFEGUARDING_LEAD\"}")));
        rows.add(fires("ATT-REFERRER", "fires when the referrers agency is recorded as not invited",
                TestRecord.schoolAge().set("/concern/referrer", "{\"agency\":\"EDUCATION\"}").set("/participants/4/invited", "false").set("/participants/4/attended", "null"),
                gap(Severity.MAJOR, "ATT-REFERRER", "/participants", "/concern/referrer/agency").args("EDUCATION")));
        rows.add(fires("ATT-REFERRER", "says so when the referrers agency is not recorded",
                TestRecord.schoolAge().set("/concern/referrer", "{\"role\":\"GP\"}"),
                gap(Severity.MAJOR, "ATT-REFERRER.agencyNotRecorded", "/concern/referrer/agency")));
        rows.add(notApplicable("ATT-REFERRER", "does not apply when not referral led",
                TestRecord.schoolAge()));
        rows.add(notApplicable("ATT-REFERRER", "does not apply when not referral led",
                TestRecord.schoolAge().set("/concern/referrer", "null")));
        rows.add(fires("ATT-YOUTH-JUSTICE", "fires for serious youth violence without youth justice",
                youthViolence(),
                gap(Severity.MAJOR, "ATT-YOUTH-JUSTICE", "/participants")));
        rows.add(fires("ATT-YOUTH-JUSTICE", "fires for criminal exploitation without youth justice",
                TestRecord.schoolAge().set("/concern/categories", "[\"NEGLECT\", \"CHILD_CRIMINAL_EXPLOITATION\"]"),
                gap(Severity.MAJOR, "ATT-YOUTH-JUSTICE", "/participants")));
        rows.add(passes("ATT-YOUTH-JUSTICE", "passes when youth justice is invited",
                youthViolence().add("/participants", "{\"agency\":\"YOUTH_JUSTICE\",\"role\":\"YOUTH_JUSTICE_WORKER\",\"invited\":true}")));
        rows.add(passes("ATT-YOUTH-JUSTICE", "passes when a youth worker of another agency is invited",
                youthViolence().add("/participants", "{\"agency\":\"VOLUNTARY_SECTOR\",\"role\":\"YOUTH_WORKER\",\"invited\":true}")));
        rows.add(notApplicable("ATT-YOUTH-JUSTICE", "does not apply to other concerns",
                TestRecord.schoolAge()));
        rows.add(fires("ATT-INVOLVED-SERVICE", "fires once per service not invited",
                TestRecord.schoolAge()
                        .add("/involvedServices", "{\"agency\":\"EDUCATION\",\"organisation\":\"Example Primary\"}")
                        .add("/involvedServices", "{\"agency\":\"ADULT_MENTAL_HEALTH\",\"knownTo\":\"PARENT\"}")
                        .add("/involvedServices", "{\"agency\":\"HOUSING\"}"),
                gap(Severity.MAJOR, "ATT-INVOLVED-SERVICE", "/involvedServices/1").args("2", "ADULT_MENTAL_HEALTH"),
                gap(Severity.MAJOR, "ATT-INVOLVED-SERVICE", "/involvedServices/2").args("3", "HOUSING")));
        rows.add(passes("ATT-INVOLVED-SERVICE", "passes when the services agency is invited and no organisation is given",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"POLICE\"}")));
        rows.add(passes("ATT-INVOLVED-SERVICE", "matches the organisation regardless of case and spacing",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"EDUCATION\",\"organisation\":\"  example   PRIMARY \"}")));
        // Health was there, but not the mental health trust that works with the parent.
        rows.add(fires("ATT-INVOLVED-SERVICE", "fires when only another organisation of the same agency is invited",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/organisation", "\"Community Health Trust\"").add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"ADULT_MENTAL_HEALTH_PRACTITIONER\"," + "\"organisation\":\"East London NHS Foundation Trust\",\"knownTo\":\"PARENT\"}"),
                gap(Severity.MAJOR, "ATT-INVOLVED-SERVICE", "/involvedServices/0").args("1", "HEALTH")));
        rows.add(fires("ATT-INVOLVED-SERVICE", "fires when the organisation is given but no participant records one",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"HEALTH\",\"organisation\":\"County Hospital\"}"),
                gap(Severity.MAJOR, "ATT-INVOLVED-SERVICE", "/involvedServices/0").args("1", "HEALTH")));
        rows.add(fires("ATT-INVOLVED-SERVICE", "fires when the services participant is recorded as not invited",
                TestRecord.schoolAge().set("/participants/4/invited", "false").set("/participants/4/attended", "null").add("/involvedServices", "{\"agency\":\"EDUCATION\",\"organisation\":\"Example Primary\"}"),
                gap(Severity.MAJOR, "ATT-INVOLVED-SERVICE", "/involvedServices/0").args("1", "EDUCATION")));
        rows.add(passes("ATT-INVOLVED-SERVICE", "matches a service with no agency on its organisation",
                TestRecord.schoolAge().add("/involvedServices", "{\"organisation\":\"Example Primary\"}")));
        rows.add(fires("ATT-INVOLVED-SERVICE", "matches a service with no agency on its organisation",
                TestRecord.schoolAge().add("/involvedServices", "{\"organisation\":\"Riverside Family Centre\"}"),
                gap(Severity.MAJOR, "ATT-INVOLVED-SERVICE.agencyNotRecorded", "/involvedServices/0").args("1")));
        rows.add(notApplicable("ATT-INVOLVED-SERVICE", "leaves the gp to the gp rule",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"High St Surgery\"}") ));
        rows.add(fires("ATT-GP", "leaves the gp to the gp rule",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"High St Surgery\"}") ,
                gap(Severity.MINOR, "ATT-GP", "/involvedServices/0").args("1")));
        rows.add(notApplicable("ATT-INVOLVED-SERVICE", "does not apply without involved services",
                TestRecord.schoolAge()));
        rows.add(fires("ATT-GP", "fires when the gp is not invited",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"POLICE\"}").add("/involvedServices", GP_SERVICE),
                gap(Severity.MINOR, "ATT-GP", "/involvedServices/1").args("2")));
        rows.add(passes("ATT-INVOLVED-SERVICE", "fires when the gp is not invited",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"POLICE\"}").add("/involvedServices", GP_SERVICE)));
        rows.add(passes("ATT-GP", "passes when the gp is invited",
                TestRecord.schoolAge().add("/involvedServices", GP_SERVICE).add("/participants", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"High Street Surgery\",\"invited\":true}")));
        rows.add(passes("ATT-GP", "passes when a gp is invited and the service gives no practice",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"HEALTH\",\"role\":\"GP\"}").add("/participants", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"invited\":true}")));
        rows.add(fires("ATT-GP", "fires when only a gp of another practice is invited",
                TestRecord.schoolAge().add("/involvedServices", GP_SERVICE).add("/participants", "{\"agency\":\"HEALTH\",\"role\":\"GP\",\"organisation\":\"Park Lane Practice\",\"invited\":true}"),
                gap(Severity.MINOR, "ATT-GP", "/involvedServices/0").args("1")));
        rows.add(notApplicable("ATT-GP", "does not apply without a gp among the services",
                TestRecord.schoolAge().add("/involvedServices", "{\"agency\":\"POLICE\"}")));
        rows.add(fires("ATT-DECISION-MAKERS", "fires when the only police attendee cannot make decisions",
                TestRecord.schoolAge().set(POLICE + "/canMakeDecisions", "false"),
                gap(Severity.MINOR, "ATT-DECISION-MAKERS", POLICE).args("POLICE")));
        rows.add(passes("ATT-DECISION-MAKERS", "passes when another attendee of the agency can",
                TestRecord.schoolAge().set(SOCIAL_WORKER + "/canMakeDecisions", "false").set(TEAM_MANAGER + "/canMakeDecisions", "true")));
        rows.add(fires("ATT-DECISION-MAKERS", "reports one finding per agency pointing at all its attendees",
                TestRecord.schoolAge().set(SOCIAL_WORKER + "/canMakeDecisions", "false").set(TEAM_MANAGER + "/canMakeDecisions", "false"),
                gap(Severity.MINOR, "ATT-DECISION-MAKERS", "/participants/0", "/participants/1").args("CHILDRENS_SOCIAL_CARE")));
        rows.add(fires("ATT-DECISION-MAKERS", "points also at attendees whose authority is not recorded",
                TestRecord.schoolAge().set(TEAM_MANAGER + "/canMakeDecisions", "false"),
                gap(Severity.MINOR, "ATT-DECISION-MAKERS", "/participants/0", "/participants/1").args("CHILDRENS_SOCIAL_CARE")));
        rows.add(fires("ATT-DECISION-MAKERS", "reports each agency separately",
                TestRecord.schoolAge().set(SCHOOL_NURSE + "/canMakeDecisions", "false")
                        .set(POLICE + "/canMakeDecisions", "false"),
                gap(Severity.MINOR, "ATT-DECISION-MAKERS", POLICE).args("POLICE"),
                gap(Severity.MINOR, "ATT-DECISION-MAKERS", SCHOOL_NURSE).args("HEALTH")));
        rows.add(fires("ATT-DECISION-MAKERS", "a decision maker who did not attend does not count",
                TestRecord.schoolAge().set(POLICE + "/canMakeDecisions", "false").add("/participants", "{\"agency\":\"POLICE\",\"role\":\"DETECTIVE_SERGEANT\",\"invited\":true," + "\"attended\":false,\"contributedInWriting\":true,\"canMakeDecisions\":true}"),
                gap(Severity.MINOR, "ATT-DECISION-MAKERS", "/participants/2").args("POLICE")));
        rows.add(passes("ATT-DECISION-MAKERS", "passes when authority is not recorded",
                TestRecord.schoolAge()));
        rows.add(passes("ATT-DECISION-MAKERS", "does not check other agencies",
                TestRecord.schoolAge().set("/participants/4/canMakeDecisions", "false")));
        rows.add(notApplicable("ATT-DECISION-MAKERS", "does not apply when no police health or social care attended",
                TestRecord.schoolAge().set(SOCIAL_WORKER + "/attended", "false").set(TEAM_MANAGER + "/attended", "null").set(POLICE + "/attended", "false").set(SCHOOL_NURSE + "/attended", "false").set(SCHOOL_NURSE + "/canMakeDecisions", "false")));

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
