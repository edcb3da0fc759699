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
import org.strategycheck.model.MeetingFormat;
import org.strategycheck.model.Minutes;
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
 * <p>Records are varied (pre-birth, pre-school and school-age children; four partnerships and
 * their teams; six years of discussions whose practice improves over time) and built through
 * the model types, so every one is valid; {@code --broken} of the lines are then damaged the
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

    private StrategyDiscussion record(long n, SplittableRandom r) {
        int month = r.nextInt(Math.max(1, months));
        // Practice improves over the period and differs by team, so the trends have a shape.
        int team = r.nextInt(TEAMS.size());
        String partnership = PARTNERSHIPS.get(r.nextInt(PARTNERSHIPS.size()));
        double quality = Math.min(0.97, 0.6 + 0.3 * month / Math.max(1, months) + 0.03 * team
                - 0.04 * PARTNERSHIPS.indexOf(partnership));
        YearMonth held = from.plusMonths(month);
        LocalDateTime local = held.atDay(1 + r.nextInt(held.lengthOfMonth())).atTime(9 + r.nextInt(8), 15 * r.nextInt(4));
        Instant heldAt = local.atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        LocalDate heldOn = local.toLocalDate();
        boolean draft = r.nextInt(40) == 0;
        Status status = draft ? Status.DRAFT : Status.FINAL;
        Instant identifiedAt = heldAt.minusSeconds(3600L * r.nextInt(80));

        int kind = r.nextInt(20);
        boolean preBirth = kind < 2;
        boolean preSchool = !preBirth && kind < 9;
        Child child;
        List<ConcernCategory> categories = new ArrayList<>();
        if (preBirth) {
            child = new Child("C1", null, heldOn.plusDays(30 + r.nextInt(150)), null, null, false, false);
            categories.add(ConcernCategory.PRE_BIRTH);
            categories.add(r.nextBoolean() ? ConcernCategory.DOMESTIC_ABUSE : ConcernCategory.NEGLECT);
        } else if (preSchool) {
            child = new Child("C1", heldOn.minusDays(60 + r.nextInt(4 * 365)), null,
                    r.nextBoolean() ? Education.EARLY_YEARS : Education.NONE, "WBRI", false, false);
            categories.add(r.nextInt(4) == 0 ? ConcernCategory.PHYSICAL_ABUSE : ConcernCategory.NEGLECT);
        } else {
            child = new Child("C1", heldOn.minusDays(5 * 365 + 30 + r.nextInt(10 * 365)), null, Education.SCHOOL,
                    "WBRI", false, false);
            categories.add(List.of(ConcernCategory.PHYSICAL_ABUSE, ConcernCategory.EMOTIONAL_ABUSE,
                    ConcernCategory.NEGLECT, ConcernCategory.SEXUAL_ABUSE).get(r.nextInt(4)));
        }
        boolean injury = categories.contains(ConcernCategory.PHYSICAL_ABUSE) && r.nextInt(3) == 0;

        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(Agency.CHILDRENS_SOCIAL_CARE, Role.SOCIAL_WORKER, null, null, true, true, null,
                true, true));
        if (yes(r, quality + 0.05)) {
            participants.add(new Participant(Agency.CHILDRENS_SOCIAL_CARE, Role.TEAM_MANAGER, null, null, true, true,
                    null, true, null));
        }
        if (yes(r, 0.93)) {
            participants.add(new Participant(Agency.POLICE, Role.DETECTIVE_SERGEANT, "Police", null, true, true, null,
                    true, true));
        }
        Role health = preBirth ? Role.MIDWIFE : preSchool ? Role.HEALTH_VISITOR : Role.SCHOOL_NURSE;
        if (yes(r, quality)) {
            participants.add(new Participant(Agency.HEALTH, health, "Community health", null, true, yes(r, 0.8),
                    null, null, true));
        } else if (yes(r, 0.4)) {
            // The mistake the audits keep finding: a health professional, but not the one the child needs.
            participants.add(new Participant(Agency.HEALTH, Role.GP, "Surgery", null, true, false, true, null, true));
        }
        if (!preBirth && !preSchool && yes(r, quality + 0.05)) {
            participants.add(new Participant(Agency.EDUCATION, Role.DESIGNATED_SAFEGUARDING_LEAD, "School", null, true,
                    true, null, true, true));
        }
        if (injury && yes(r, quality)) {
            participants.add(new Participant(Agency.HEALTH, Role.PAEDIATRICIAN, "Hospital", null, true, true, null,
                    true, true));
        }
        List<Agency> invited = participants.stream().map(Participant::agency).distinct().toList();

        List<InvolvedService> services = yes(r, 0.5)
                ? List.of(new InvolvedService(Agency.HEALTH, Role.GP, "Surgery", null, null, null, null, KnownTo.HOUSEHOLD))
                : List.of();
        List<SignificantOther> others = List.of(new SignificantOther("P1", Relationship.MOTHER, true, yes(r, quality),
                true));
        Identity identity = yes(r, quality - 0.1) ? new Identity(TEXT, TEXT, TEXT, TEXT, null)
                : new Identity(TEXT, "n/a", yes(r, 0.5) ? null : "none", null, null);
        Section47Decision s47 = yes(r, quality + 0.1)
                ? (r.nextInt(3) == 0 ? Section47Decision.NOT_REQUIRED : Section47Decision.INITIATE) : null;
        Decisions decisions = new Decisions(s47, s47 == null ? null : TEXT, CriminalInvestigationDecision.NO,
                VisitDecision.JOINT, TEXT, injury ? RequirementDecision.REQUIRED : RequirementDecision.NOT_REQUIRED, TEXT,
                RequirementDecision.NOT_REQUIRED, yes(r, quality) ? TEXT : null, LegalActionDecision.NO,
                yes(r, quality) ? TEXT : null, ConferenceDecision.TO_BE_DECIDED, null);
        List<Action> actions = new ArrayList<>();
        int actionCount = 1 + r.nextInt(3);
        for (int a = 1; a <= actionCount; a++) {
            boolean immediate = a == 1 && r.nextBoolean();
            ActionOwner owner = new ActionOwner(yes(r, quality) ? "Owner " + a : null, Agency.CHILDRENS_SOCIAL_CARE,
                    Role.SOCIAL_WORKER);
            actions.add(new Action("A" + a, TEXT, owner, yes(r, quality) ? heldOn.plusDays(1 + r.nextInt(10)) : null,
                    immediate));
        }
        Minutes minutes = !draft && yes(r, quality)
                ? new Minutes(heldOn.plusDays(1), heldOn.plusDays(1 + r.nextInt(5)), invited)
                : Minutes.EMPTY;
        Concern concern = new Concern(identifiedAt, categories, injury, false,
                new ProfessionalRef(Agency.CHILDRENS_SOCIAL_CARE, Role.SOCIAL_WORKER, null), null, false);
        return new StrategyDiscussion(StrategyDiscussion.SCHEMA_VERSION, String.format(Locale.ROOT, "SD-GEN-%08d", n), status,
                partnership, r.nextInt(25) == 0 ? null : partnership + "-" + TEAMS.get(team),
                DiscussionType.INITIAL, r.nextInt(10) == 0 ? MeetingFormat.TELEPHONE : MeetingFormat.VIRTUAL_MEETING,
                CaseStatus.NEW_REFERRAL, draft && r.nextBoolean() ? null : heldAt, yes(r, 0.5) ? TEXT : null, concern,
                List.of(child), participants, services, others, new History(true, yes(r, quality), TEXT),
                yes(r, quality) ? new Risk(RiskLevel.MEDIUM, TEXT) : new Risk(null, null), identity,
                new ChildVoice(preBirth ? null : TEXT, preBirth ? null : TEXT, null), decisions, actions, minutes,
                null, null);
    }

    private static boolean yes(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }
}
