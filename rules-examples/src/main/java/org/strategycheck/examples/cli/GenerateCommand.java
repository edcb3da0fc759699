package org.strategycheck.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.strategycheck.examples.cli.StrategyCheckCli.RunFailure;
import org.strategycheck.json.RecordJson;
import org.strategycheck.model.Action;
import org.strategycheck.model.ActionOwner;
import org.strategycheck.model.Agency;
import org.strategycheck.model.CaseStatus;
import org.strategycheck.model.Child;
import org.strategycheck.model.ChildVoice;
import org.strategycheck.model.Concern;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.ConferenceDecision;
import org.strategycheck.model.CriminalInvestigationDecision;
import org.strategycheck.model.Decisions;
import org.strategycheck.model.DiscussionType;
import org.strategycheck.model.Education;
import org.strategycheck.model.History;
import org.strategycheck.model.Identity;
import org.strategycheck.model.InvolvedService;
import org.strategycheck.model.KnownTo;
import org.strategycheck.model.LegalActionDecision;
import org.strategycheck.model.Marac;
import org.strategycheck.model.MeetingFormat;
import org.strategycheck.model.Minutes;
import org.strategycheck.model.NamedProfessional;
import org.strategycheck.model.Participant;
import org.strategycheck.model.ProfessionalRef;
import org.strategycheck.model.Relationship;
import org.strategycheck.model.RequirementDecision;
import org.strategycheck.model.Risk;
import org.strategycheck.model.RiskLevel;
import org.strategycheck.model.Role;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.SignificantOther;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;
import org.strategycheck.model.VisitDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strategycheck generate N FILE}: writes N generated records as JSON Lines, for load
 * and soak runs of {@code audit}. Hidden from the help: it is a tool for testing the tool.
 *
 * <p>Records are varied, so that every rule of the catalogue applies somewhere and fails
 * somewhere (a test holds it to that): unborn, pre-school, school-age and older children and
 * siblings; serious youth violence, exploitation, domestic abuse and MARAC; emergency action;
 * open cases; further discussions; drafts; four partnerships and their teams; children of every
 * DfE ethnic group; six years of discussions whose practice improves over time. They are built
 * through the model types, so every one is valid; {@code --broken} of the lines are then damaged the
 * ways real exports are (malformed, truncated, an unknown enumeration value, a wrong date, no
 * record id, and rarely a line over the size limit). The same seed gives the same file. Free
 * text is placeholder text: no generated record describes anyone.
 */
@Command(name = "generate", hidden = true,
        description = "Writes N generated records to FILE (JSON Lines) for load tests; --broken of them damaged.")
public final class GenerateCommand implements Callable<Integer> {

    /** The ways a generated line is damaged. */
    enum Damage { MALFORMED, TRUNCATED, UNKNOWN_ENUM, WRONG_DATE, NO_RECORD_ID, OVERSIZE }

    private static final List<String> PARTNERSHIPS = List.of("northshire", "southvale", "eastborough", "westmere");
    private static final List<String> TEAMS = List.of("assessment", "mash", "child-protection", "children-in-need");
    private static final String TEXT = "Placeholder text for a generated record.";
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "N", description = "How many lines to write.")
    private long count;

    @Parameters(index = "1", paramLabel = "FILE", description = "The JSON Lines file to write.")
    private Path file;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    private long seed;

    @Option(names = "--broken", paramLabel = "PERCENT", defaultValue = "1",
            description = "Share of lines damaged, in percent (default: ${DEFAULT-VALUE}).")
    private double brokenPercent;

    @Option(names = "--from", paramLabel = "YYYY-MM", defaultValue = "2019-01",
            description = "First month of discussions (default: ${DEFAULT-VALUE}).")
    private YearMonth from;

    @Option(names = "--months", defaultValue = "72", description = "Months of discussions (default: ${DEFAULT-VALUE}).")
    private int months;

    /** Picocli creates the command. */
    public GenerateCommand() {
    }

    @Override
    public Integer call() {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Damage, Long> damaged = new EnumMap<>(Damage.class);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (long n = 1; n <= count; n++) {
                String line = RecordJson.write(record(n, random));
                if (random.nextDouble() * 100 < brokenPercent) {
                    // An oversize line is 2.5 MB: one damaged line in a thousand keeps files small.
                    Damage damage = random.nextInt(1000) == 0 ? Damage.OVERSIZE
                            : Damage.values()[random.nextInt(Damage.OVERSIZE.ordinal())];
                    line = damage(line, damage);
                    damaged.merge(damage, 1L, Long::sum);
                }
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new RunFailure("cannot write " + file + ": " + e.getMessage(), e);
        }
        long broken = damaged.values().stream().mapToLong(Long::longValue).sum();
        PrintWriter console = spec.commandLine().getOut();
        console.println("Wrote " + count + " lines to " + file + ": " + (count - broken) + " valid records, " + broken
                + " damaged " + damaged);
        console.flush();
        return StrategyCheckCli.OK;
    }

    static String damage(String line, Damage damage) {
        return switch (damage) {
            case MALFORMED -> line.replaceFirst(",", ",,");
            case TRUNCATED -> line.substring(0, line.length() / 2);
            case UNKNOWN_ENUM -> line.replaceFirst("\"status\":\"[A-Z]+\"", "\"status\":\"SIGNED_OFF\"");
            case WRONG_DATE -> line.contains("\"heldAt\":\"")
                    ? line.replaceFirst("\"heldAt\":\"[^\"]*\"", "\"heldAt\":\"31/02/2024 10:00\"")
                    : line.replaceFirst("\"dateOfBirth\":\"[^\"]*\"|\"expectedDueDate\":\"[^\"]*\"",
                            "\"dateOfBirth\":\"12/03/2015\"");
            case NO_RECORD_ID -> line.replaceFirst("\"recordId\":\"[^\"]*\",", "");
            // Past the 2 MiB limit: what is in it never matters, since it is never parsed.
            case OVERSIZE -> line.substring(0, line.length() - 1) + ",\"padding\":\"" + "x".repeat(2_500_000) + "\"}";
        };
    }

    /**
     * One generated record. Practice improves over the period and differs by team and
     * partnership, so trends and breakdowns have a shape; each gap a rule looks for happens now
     * and then, more often where practice is weaker, and every kind of case the catalogue has
     * rules for turns up: unborn, pre-school (in early years or not, non-mobile injuries),
     * school-age and older children, siblings, serious youth violence and exploitation, domestic
     * abuse and MARAC, emergency action, open cases with history, further discussions, referrals
     * from other agencies, services already involved, and drafts.
     */
    StrategyDiscussion record(long n, SplittableRandom r) {
        int month = r.nextInt(Math.max(1, months));
        int team = r.nextInt(TEAMS.size());
        String partnership = PARTNERSHIPS.get(r.nextInt(PARTNERSHIPS.size()));
        Gaps gap = new Gaps(r, Math.min(0.98, 0.8 + 0.16 * month / Math.max(1, months) + 0.02 * team
                - 0.03 * PARTNERSHIPS.indexOf(partnership)));
        YearMonth heldMonth = from.plusMonths(month);
        LocalDateTime local = heldMonth.atDay(1 + r.nextInt(heldMonth.lengthOfMonth()))
                .atTime(9 + r.nextInt(8), 15 * r.nextInt(4));
        Instant heldAt = local.atZone(LONDON).toInstant();
        LocalDate heldOn = local.toLocalDate();
        boolean draft = r.nextInt(35) == 0;
        DiscussionType type = r.nextInt(7) == 0 ? DiscussionType.FURTHER : DiscussionType.INITIAL;
        CaseStatus caseStatus = r.nextInt(20) < 11 ? CaseStatus.NEW_REFERRAL
                : List.of(CaseStatus.OPEN_EARLY_HELP, CaseStatus.OPEN_CHILD_IN_NEED, CaseStatus.OPEN_CHILD_PROTECTION,
                        CaseStatus.LOOKED_AFTER).get(r.nextInt(4));

        // The kind of case: who the child is decides which professionals should be there.
        int kind = r.nextInt(100);
        Kind who = kind < 8 ? Kind.UNBORN : kind < 36 ? Kind.PRE_SCHOOL : kind < 80 ? Kind.SCHOOL_AGE
                : kind < 93 ? Kind.ADOLESCENT : Kind.OLDER;
        String ethnicity = ethnicity(r);
        List<Child> children = new ArrayList<>();
        List<ConcernCategory> categories = new ArrayList<>();
        boolean nonMobileInjury = false;
        boolean inpatient = false;
        switch (who) {
            case UNBORN -> {
                children.add(new Child("C1", null, heldOn.plusDays(30 + r.nextInt(150)), null, ethnicity, null, null));
                categories.add(ConcernCategory.PRE_BIRTH);
                categories.add(r.nextBoolean() ? ConcernCategory.DOMESTIC_ABUSE : ConcernCategory.NEGLECT);
            }
            case PRE_SCHOOL -> {
                boolean baby = r.nextInt(4) == 0;
                LocalDate born = heldOn.minusDays(baby ? 20 + r.nextInt(300) : 365 + r.nextInt(3 * 365));
                inpatient = baby && r.nextInt(3) == 0;
                children.add(new Child("C1", born, null, baby ? Education.NONE
                        : r.nextBoolean() ? Education.EARLY_YEARS : Education.NONE, ethnicity, false, inpatient));
                if (baby && r.nextInt(3) == 0) {
                    nonMobileInjury = true;
                    categories.add(ConcernCategory.INJURY_NON_MOBILE_CHILD);
                    categories.add(ConcernCategory.PHYSICAL_ABUSE);
                } else {
                    categories.add(pick(r, ConcernCategory.NEGLECT, ConcernCategory.PHYSICAL_ABUSE,
                            ConcernCategory.DOMESTIC_ABUSE, ConcernCategory.FABRICATED_OR_INDUCED_ILLNESS));
                }
            }
            case SCHOOL_AGE -> {
                children.add(new Child("C1", heldOn.minusDays(5 * 365 + 30 + r.nextInt(10 * 365)), null,
                        r.nextInt(30) == 0 ? null : r.nextInt(40) == 0 ? Education.ELECTIVE_HOME_EDUCATION : Education.SCHOOL,
                        ethnicity, r.nextInt(15) == 0, false));
                categories.add(pick(r, ConcernCategory.PHYSICAL_ABUSE, ConcernCategory.EMOTIONAL_ABUSE,
                        ConcernCategory.NEGLECT, ConcernCategory.SEXUAL_ABUSE, ConcernCategory.DOMESTIC_ABUSE,
                        ConcernCategory.CHILD_ON_CHILD_ABUSE, ConcernCategory.MISSING));
            }
            case ADOLESCENT -> {
                children.add(new Child("C1", heldOn.minusDays(13 * 365 + r.nextInt(3 * 365)), null,
                        r.nextInt(4) == 0 ? Education.NOT_IN_EDUCATION : Education.SCHOOL, ethnicity, r.nextInt(5) == 0,
                        false));
                categories.add(r.nextBoolean() ? ConcernCategory.SERIOUS_YOUTH_VIOLENCE
                        : ConcernCategory.CHILD_CRIMINAL_EXPLOITATION);
                if (r.nextInt(4) == 0) {
                    categories.add(pick(r, ConcernCategory.CHILD_SEXUAL_EXPLOITATION, ConcernCategory.MISSING,
                            ConcernCategory.ORGANISED_ABUSE));
                }
            }
            case OLDER -> {
                children.add(new Child("C1", heldOn.minusDays(16 * 365 + 10 + r.nextInt(600)), null, Education.COLLEGE,
                        ethnicity, false, false));
                categories.add(pick(r, ConcernCategory.CHILD_SEXUAL_EXPLOITATION, ConcernCategory.EMOTIONAL_ABUSE,
                        ConcernCategory.OTHER));
            }
            default -> throw new IllegalStateException(who.name());
        }
        if (who != Kind.UNBORN && r.nextInt(5) == 0) {
            // A sibling, mostly of the same ethnicity.
            boolean younger = r.nextBoolean();
            children.add(new Child("C2", heldOn.minusDays(younger ? 200 + r.nextInt(4 * 365) : 6 * 365 + r.nextInt(8 * 365)),
                    null, younger ? Education.EARLY_YEARS : Education.SCHOOL, r.nextInt(10) == 0 ? ethnicity(r) : ethnicity,
                    false, false));
        }
        boolean schoolAge = children.stream().anyMatch(c -> c.education() == Education.SCHOOL
                || c.education() == null && c.dateOfBirth() != null);
        boolean preSchool = who == Kind.PRE_SCHOOL || children.size() > 1 && children.get(1).education() == Education.EARLY_YEARS;
        boolean earlyYears = children.stream().anyMatch(c -> c.education() == Education.EARLY_YEARS);
        boolean youth = categories.contains(ConcernCategory.SERIOUS_YOUTH_VIOLENCE)
                || categories.contains(ConcernCategory.CHILD_CRIMINAL_EXPLOITATION);
        boolean domesticAbuse = categories.contains(ConcernCategory.DOMESTIC_ABUSE);
        boolean injury = nonMobileInjury || categories.contains(ConcernCategory.PHYSICAL_ABUSE) && r.nextInt(3) == 0;
        boolean recentSexualAbuse = categories.contains(ConcernCategory.SEXUAL_ABUSE) && r.nextBoolean();
        boolean medicalNeeded = injury || categories.contains(ConcernCategory.SEXUAL_ABUSE);

        // Who was asked, and who came.
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(Agency.CHILDRENS_SOCIAL_CARE, Role.SOCIAL_WORKER, null, null, true,
                !gap.at(0.25), null, true, true));
        if (!gap.at(0.5)) {
            participants.add(new Participant(Agency.CHILDRENS_SOCIAL_CARE, r.nextBoolean() ? Role.TEAM_MANAGER : Role.CHAIR,
                    null, null, true, true, null, true, null));
        }
        boolean policeCame = !gap.at(0.4);
        participants.add(new Participant(Agency.POLICE, Role.DETECTIVE_SERGEANT, "Police", null, true, policeCame,
                !policeCame && r.nextBoolean() ? true : null, gap.at(0.5) ? false : true, true));
        Role healthRole = who == Kind.UNBORN ? Role.MIDWIFE : who == Kind.PRE_SCHOOL ? Role.HEALTH_VISITOR
                : Role.SCHOOL_NURSE;
        if (!gap.at(1.2)) {
            participants.add(health(r, gap, healthRole));
        } else if (!gap.at(1.5)) {
            // The mistake the audits keep finding: a health professional, but not the one the child needs.
            participants.add(health(r, gap, r.nextBoolean() ? Role.GP : Role.SAFEGUARDING_NURSE));
        }
        if (preSchool && who != Kind.PRE_SCHOOL && !gap.at(1.0)) {
            participants.add(health(r, gap, Role.HEALTH_VISITOR));
        }
        if (schoolAge && healthRole != Role.SCHOOL_NURSE && !gap.at(1.0)) {
            participants.add(health(r, gap, Role.SCHOOL_NURSE));
        }
        if (schoolAge && !gap.at(1.0)) {
            participants.add(new Participant(Agency.EDUCATION, Role.DESIGNATED_SAFEGUARDING_LEAD, "School", null, true,
                    yes(r, 0.8), null, true, true));
        }
        if (earlyYears && !gap.at(1.5)) {
            participants.add(new Participant(Agency.EARLY_YEARS, Role.EARLY_YEARS_PRACTITIONER, "Nursery", null, true,
                    yes(r, 0.7), null, null, true));
        }
        if ((injury || inpatient) && !gap.at(nonMobileInjury ? 0.6 : 1.0)) {
            participants.add(new Participant(Agency.HEALTH, Role.PAEDIATRICIAN, "Hospital", null, true, yes(r, 0.7),
                    null, true, true));
        }
        if (youth && !gap.at(1.2)) {
            participants.add(new Participant(Agency.YOUTH_JUSTICE, Role.YOUTH_JUSTICE_WORKER, "Youth justice service",
                    null, true, yes(r, 0.8), null, null, true));
        }
        if (domesticAbuse && r.nextBoolean()) {
            participants.add(new Participant(Agency.DOMESTIC_ABUSE_SERVICE, Role.IDVA, "Domestic abuse service", null,
                    true, yes(r, 0.6), null, null, true));
        }
        // The referrer, when the concern came from another agency.
        ProfessionalRef referrer = null;
        int referral = r.nextInt(10);
        if (referral < 6) {
            Agency from = pick(r, Agency.EDUCATION, Agency.HEALTH, Agency.POLICE, Agency.HOUSING, Agency.VOLUNTARY_SECTOR);
            referrer = r.nextInt(50) == 0 ? new ProfessionalRef(null, Role.OTHER, null)
                    : new ProfessionalRef(from, Role.OTHER, null);
            boolean alreadyThere = participants.stream().anyMatch(p -> p.agency() == from);
            if (!alreadyThere && !gap.at(1.2)) {
                participants.add(new Participant(from, Role.OTHER, null, null, true, yes(r, 0.6), null, null, true));
            }
        }
        // Services already working with the family.
        List<InvolvedService> services = new ArrayList<>();
        if (r.nextBoolean()) {
            services.add(new InvolvedService(Agency.HEALTH, Role.GP, "Surgery", null, null, null, null, KnownTo.HOUSEHOLD));
            if (!gap.at(2.5)) {
                participants.add(new Participant(Agency.HEALTH, Role.GP, "Surgery", null, true, false, yes(r, 0.5),
                        null, true));
            }
        }
        if (r.nextInt(4) == 0) {
            Agency agency = pick(r, Agency.ADULT_MENTAL_HEALTH, Agency.SUBSTANCE_MISUSE, Agency.HOUSING);
            String organisation = switch (agency) {
                case ADULT_MENTAL_HEALTH -> "Community mental health team";
                case SUBSTANCE_MISUSE -> "Drug and alcohol service";
                default -> "Housing options";
            };
            services.add(new InvolvedService(agency, Role.OTHER, organisation, null, null, null, null, KnownTo.PARENT));
            if (!gap.at(1.5)) {
                participants.add(new Participant(agency, Role.OTHER, organisation, null, true, yes(r, 0.6), null, null,
                        true));
            }
        }
        List<Agency> invited = participants.stream().filter(p -> Boolean.TRUE.equals(p.invited()))
                .map(Participant::agency).distinct().toList();

        List<SignificantOther> others = new ArrayList<>();
        if (!gap.at(0.3)) {
            others.add(new SignificantOther("P1", Relationship.MOTHER, true, gap.at(1.0) ? (r.nextBoolean() ? null : Boolean.FALSE)
                    : Boolean.TRUE, true));
            if (r.nextBoolean()) {
                others.add(new SignificantOther("P2", r.nextBoolean() ? Relationship.FATHER : Relationship.PARENTS_PARTNER,
                        r.nextBoolean(), gap.at(0.8) ? null : true, true));
            }
        }
        boolean open = caseStatus != CaseStatus.NEW_REFERRAL;
        History history = new History(open || r.nextBoolean() ? !gap.at(0.7) : true, !gap.at(1.0), TEXT);
        Identity identity = !gap.at(1.4) ? new Identity(TEXT, TEXT, TEXT, TEXT, null)
                : r.nextInt(4) == 0 ? new Identity(TEXT, null, null, null, TEXT)
                : new Identity(TEXT, "n/a", r.nextBoolean() ? null : "none", null, null);

        Section47Decision s47 = gap.at(0.5) ? null
                : pick(r, Section47Decision.INITIATE, Section47Decision.INITIATE, Section47Decision.CONTINUE,
                        Section47Decision.NOT_REQUIRED, Section47Decision.NOT_REQUIRED);
        boolean enquiry = s47 == Section47Decision.INITIATE || s47 == Section47Decision.CONTINUE;
        VisitDecision visit = !enquiry ? null : gap.at(0.8) ? null : r.nextInt(30) == 0 ? VisitDecision.NONE
                : r.nextBoolean() ? VisitDecision.JOINT : VisitDecision.SINGLE_AGENCY;
        RequirementDecision medical = medicalNeeded
                ? (gap.at(nonMobileInjury ? 0.5 : 1.0) ? null : RequirementDecision.REQUIRED)
                : r.nextInt(3) == 0 ? RequirementDecision.NOT_REQUIRED : null;
        Decisions decisions = new Decisions(s47, s47 == null || gap.at(0.8) ? null : TEXT,
                policeCame && gap.at(0.8) ? null : pick(r, CriminalInvestigationDecision.YES,
                        CriminalInvestigationDecision.NO, CriminalInvestigationDecision.TO_BE_DECIDED),
                visit, visit == null || gap.at(0.8) ? null : TEXT,
                medical, medical == null || gap.at(0.6) ? null : TEXT, RequirementDecision.NOT_REQUIRED,
                gap.at(1.0) ? null : TEXT, gap.at(0.6) ? null : pick(r, LegalActionDecision.NO, LegalActionDecision.CONSIDERED,
                        LegalActionDecision.YES), gap.at(1.0) ? null : TEXT,
                r.nextInt(10) < 6 ? pick(r, ConferenceDecision.CONVENE, ConferenceDecision.NOT_REQUIRED,
                        ConferenceDecision.TO_BE_DECIDED) : null, null);

        List<Action> actions = new ArrayList<>();
        int actionCount = enquiry ? (gap.at(0.4) ? 0 : 1 + r.nextInt(4)) : r.nextInt(3);
        for (int a = 1; a <= actionCount; a++) {
            boolean immediate = a == 1 && r.nextInt(10) < 4;
            ActionOwner owner = new ActionOwner(gap.at(immediate ? 0.3 : 1.0) ? null : "Owner " + a,
                    Agency.CHILDRENS_SOCIAL_CARE, Role.SOCIAL_WORKER);
            LocalDate due = gap.at(immediate ? 0.3 : 1.0) ? null
                    : gap.at(0.2) ? heldOn.minusDays(1 + r.nextInt(5)) : heldOn.plusDays(r.nextInt(10));
            actions.add(new Action("A" + a, TEXT, owner, due, immediate));
        }

        // When things happened.
        Instant identifiedAt;
        String timingRationale = null;
        int chronology = r.nextInt(400);
        if (chronology == 0) {
            identifiedAt = null;
        } else if (chronology == 1) {
            // A date entered wrongly: the concern after the discussion.
            identifiedAt = heldAt.plusSeconds(3600L * (24 + r.nextInt(72)));
        } else if ((injury || recentSexualAbuse) && !gap.at(1.5)) {
            identifiedAt = heldAt.minusSeconds(60L * (30 + r.nextInt(300)));
        } else if (gap.at(1.2)) {
            identifiedAt = heldAt.minusSeconds(3600L * 24 * (4 + r.nextInt(8)));
            timingRationale = r.nextBoolean() ? TEXT : null;
        } else {
            identifiedAt = heldAt.minusSeconds(3600L * r.nextInt(60));
            timingRationale = r.nextInt(8) == 0 ? TEXT : null;
        }
        Instant emergencyActionAt = r.nextInt(25) == 0
                ? heldAt.minusSeconds(3600L * (gap.at(1.5) ? 26 + r.nextInt(40) : 2 + r.nextInt(20))) : null;
        Minutes minutes;
        if (draft) {
            minutes = Minutes.EMPTY;
        } else if (gap.at(1.0)) {
            minutes = new Minutes(r.nextBoolean() ? heldOn.plusDays(1) : null, null, null);
        } else {
            int days = gap.at(1.5) ? 5 + r.nextInt(10) : r.nextInt(3);
            LocalDate circulated = r.nextInt(300) == 0 ? heldOn.minusDays(2) : heldOn.plusDays(days);
            List<Agency> to = new ArrayList<>(invited);
            if (gap.at(1.0) && to.size() > 1) {
                to.remove(to.size() - 1);
            }
            minutes = new Minutes(circulated.isBefore(heldOn) ? heldOn : circulated, circulated,
                    r.nextInt(40) == 0 ? null : to);
        }
        Marac marac = null;
        if (domesticAbuse) {
            Boolean known = r.nextInt(10) < 4 ? Boolean.TRUE : r.nextBoolean() ? Boolean.FALSE : null;
            marac = new Marac(known, gap.at(1.0) ? (r.nextBoolean() ? null : Boolean.FALSE) : Boolean.TRUE);
        } else if (r.nextInt(80) == 0) {
            marac = new Marac(true, gap.at(1.0) ? null : Boolean.TRUE);
        }
        NamedProfessional named = youth ? new NamedProfessional(gap.at(1.2) ? null : "Named professional",
                Agency.YOUTH_JUSTICE, Role.YOUTH_JUSTICE_WORKER) : null;
        boolean meetingNeeded = injury || who == Kind.UNBORN
                || categories.contains(ConcernCategory.FABRICATED_OR_INDUCED_ILLNESS)
                || categories.contains(ConcernCategory.ORGANISED_ABUSE)
                || categories.contains(ConcernCategory.CHILD_ON_CHILD_ABUSE);
        MeetingFormat format = meetingNeeded && gap.at(1.0) || !meetingNeeded && r.nextInt(8) == 0
                ? MeetingFormat.TELEPHONE : pick(r, MeetingFormat.MEETING, MeetingFormat.VIRTUAL_MEETING, MeetingFormat.MIXED);
        Concern concern = new Concern(identifiedAt, categories, injury, recentSexualAbuse, referrer, emergencyActionAt,
                categories.contains(ConcernCategory.CHILD_ON_CHILD_ABUSE));
        boolean bornChild = who != Kind.UNBORN;
        return new StrategyDiscussion(StrategyDiscussion.SCHEMA_VERSION, String.format(Locale.ROOT, "SD-GEN-%08d", n),
                draft ? Status.DRAFT : Status.FINAL, partnership,
                r.nextInt(25) == 0 ? null : partnership + "-" + TEAMS.get(team), type, format, caseStatus,
                draft && r.nextBoolean() ? null : heldAt, timingRationale, concern, children, participants, services,
                others, history, gap.at(1.0) ? new Risk(r.nextBoolean() ? RiskLevel.MEDIUM : null, null)
                        : new Risk(pick(r, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH), TEXT), identity,
                bornChild && !gap.at(0.8) ? new ChildVoice(TEXT, TEXT, null) : new ChildVoice(null, null, null),
                decisions, actions, minutes, named, marac);
    }

    /** A health professional invited, who attended, wrote in, or neither. */
    private static Participant health(SplittableRandom r, Gaps gap, Role role) {
        boolean came = !gap.at(1.3) && yes(r, 0.85);
        boolean wrote = !came && r.nextBoolean();
        return new Participant(Agency.HEALTH, role, "Community health", null, true, came, wrote ? true : null,
                gap.at(0.4) ? false : null, true);
    }

    /** A DfE ethnicity code, roughly as they are spread among children in need in England. */
    private static String ethnicity(SplittableRandom r) {
        int at = r.nextInt(1000);
        String[] codes = {"WBRI", "WOTH", "WIRI", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
            "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT", null};
        int[] perMille = {600, 60, 5, 5, 8, 25, 15, 15, 20, 20, 25, 15, 15, 15, 45, 12, 5, 25, 10, 20, 0};
        int sum = 0;
        for (int i = 0; i < codes.length - 1; i++) {
            sum += perMille[i];
            if (at < sum) {
                return codes[i];
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... values) {
        return values[r.nextInt(values.length)];
    }

    /** The kinds of case. */
    private enum Kind { UNBORN, PRE_SCHOOL, SCHOOL_AGE, ADOLESCENT, OLDER }

    /**
     * Where a gap happens: with a chance that grows as practice weakens. {@code at(w)} is a gap
     * with probability {@code (1 - quality) * w}, so a weight below 1 makes a rule's gap rarer
     * (the CRITICAL ones) and above 1 commoner.
     */
    private static final class Gaps {
        private final SplittableRandom random;
        private final double weakness;

        Gaps(SplittableRandom random, double quality) {
            this.random = random;
            this.weakness = 1 - quality;
        }

        boolean at(double weight) {
            return random.nextDouble() < weakness * weight;
        }
    }

    private static boolean yes(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }
}
