package org.strategycheck.drl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import org.strategycheck.model.Extensions;
import org.strategycheck.model.History;
import org.strategycheck.model.Identity;
import org.strategycheck.model.InvolvedService;
import org.strategycheck.model.KnownTo;
import org.strategycheck.model.LaChildId;
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

/**
 * Generators of records over the whole model: every field may be null, every list empty or
 * long, dates from year 1 to 9999, placeholders and blanks in text, a vendor's extensions
 * holding any JSON (numbers beyond a double's range and precision, JSON pointer's special
 * characters in keys) and children's census identifiers, both marked with {@link #WITHHELD}. Every record meets the
 * format's contract (an id, a child, a held date when FINAL), so checking it must never fail.
 * Public for the engine tests in {@code drl.internal}.
 */
public final class RecordArbitraries {

    private RecordArbitraries() {
    }

    static Arbitrary<Boolean> maybe() {
        return Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
    }

    static <E extends Enum<E>> Arbitrary<E> maybe(Class<E> type) {
        return Arbitraries.of(type).injectNull(0.2);
    }

    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("n/a", "NONE", " - ", "tbc", "Not discussed", "", "   ", "İ ı ß \u2028 \"quoted\""),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)).injectNull(0.3);
    }

    static Arbitrary<LocalDate> date() {
        Arbitrary<LocalDate> usual = Arbitraries.longs()
                .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> extreme = Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(1900, 2, 28), LocalDate.of(2024, 2, 29));
        return Arbitraries.frequencyOf(
                Tuple.of(20, usual), Tuple.of(1, extreme));
    }

    static Arbitrary<Instant> instant() {
        return date().flatMap(d -> Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(minute -> d.atStartOfDay().plusMinutes(minute).toInstant(ZoneOffset.UTC)));
    }

    static Arbitrary<Participant> participant() {
        return Combinators.combine(maybe(Agency.class), maybe(Role.class), text(), text(), maybe(), maybe(), maybe(),
                        Combinators.combine(maybe(), maybe()).as(java.util.Arrays::asList))
                .as((agency, role, organisation, name, invited, attended, wrote, more) -> new Participant(agency, role,
                        organisation, name, invited, attended, wrote, more.get(0), more.get(1)));
    }

    static Arbitrary<InvolvedService> service() {
        return Combinators.combine(maybe(Agency.class), maybe(Role.class), text(), text(), maybe(), maybe(), maybe(),
                        maybe(KnownTo.class))
                .as(InvolvedService::new);
    }

    static Arbitrary<SignificantOther> person() {
        return Combinators.combine(text(), maybe(Relationship.class), maybe(), maybe(), maybe()).as(SignificantOther::new);
    }

    /**
     * Marks every string a generator puts in a vendor's extensions or a child's laChildId: a
     * private-use character that no message, pointer or rule id contains, so a law can look for
     * it in every output.
     */
    public static final char WITHHELD = '\uE000';

    /** Text for extensions and identifiers: marked, with JSON pointer's and JSON's special characters. */
    static Arbitrary<String> withheldText() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "~", "/", "~1/~0", "a b", "\"quoted\" \\ \u2028", "İ ı ß", "\u0000\u001f", "\uD83D\uDE00"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12)).map(text -> WITHHELD + text);
    }

    static Arbitrary<LaChildId> laChildId() {
        return Combinators.combine(Arbitraries.of("", " ", "\t"), withheldText()).as((pad, id) -> LaChildId.of(pad + id + pad))
                .injectNull(0.4);
    }

    /** Any JSON number, as a decimal: small and huge, negative, with exponents beyond a double's. */
    static Arbitrary<BigDecimal> number() {
        return Combinators.combine(
                        Arbitraries.bigIntegers().between(new BigInteger("-1" + "0".repeat(30)), new BigInteger("1" + "0".repeat(30))),
                        Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(-3, 6)),
                                Tuple.of(1, Arbitraries.integers().between(-400, 400))))
                .as(BigDecimal::new);
    }

    /** A JSON value nested at most {@code depth} more levels. */
    static Arbitrary<Object> jsonValue(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(withheldText(), number(), Arbitraries.of(Boolean.TRUE, Boolean.FALSE))
                .map(value -> (Object) value).injectNull(0.1);
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(4, scalar),
                Tuple.of(1, jsonValue(depth - 1).list().ofMaxSize(3).map(list -> (Object) list)),
                Tuple.of(1, jsonObject(depth - 1).map(map -> (Object) map)));
    }

    static Arbitrary<Map<String, Object>> jsonObject(int depth) {
        return Arbitraries.maps(withheldText(), jsonValue(depth)).ofMaxSize(3);
    }

    /**
     * A vendor's extensions: none at all half the time, else a JSON object of any values a few
     * levels deep. Without jqwik's edge cases: combining those of every level of the recursion
     * took minutes per property at 10,000 tries, and the values that matter (empty, null, the
     * extreme numbers) are generated often anyway.
     */
    static Arbitrary<Extensions> extensions() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Extensions.EMPTY)),
                Tuple.of(1, Arbitraries.maps(withheldText(), jsonValue(3)).ofMinSize(1).ofMaxSize(4).map(Extensions::of)))
                .withoutEdgeCases();
    }

    static Arbitrary<Child> child() {
        return Combinators.combine(text(), date().injectNull(0.2), date().injectNull(0.7), maybe(Education.class),
                        Arbitraries.of("WBRI", "BCRB", "AIND").injectNull(0.5), maybe(), maybe(), laChildId())
                .as(Child::new);
    }

    static Arbitrary<Action> action() {
        return Combinators.combine(text(), text(),
                        Combinators.combine(text(), maybe(Agency.class), maybe(Role.class)).as(ActionOwner::new).injectNull(0.1),
                        date().injectNull(0.3), maybe())
                .as(Action::new);
    }

    static Arbitrary<Concern> concern() {
        return Combinators.combine(instant().injectNull(0.2),
                        Arbitraries.of(ConcernCategory.class).list().ofMaxSize(4).uniqueElements(), maybe(), maybe(),
                        Combinators.combine(maybe(Agency.class), maybe(Role.class), text()).as(ProfessionalRef::new)
                                .injectNull(0.5),
                        instant().injectNull(0.8), maybe())
                .as(Concern::new).injectNull(0.05);
    }

    static Arbitrary<Decisions> decisions() {
        Arbitrary<List<Object>> first = Combinators.combine(maybe(Section47Decision.class), text(),
                maybe(CriminalInvestigationDecision.class), maybe(VisitDecision.class), text(),
                maybe(RequirementDecision.class), text()).as(java.util.Arrays::asList);
        Arbitrary<List<Object>> second = Combinators.combine(maybe(RequirementDecision.class), text(),
                maybe(LegalActionDecision.class), text(), maybe(ConferenceDecision.class),
                date().injectNull(0.7)).as(java.util.Arrays::asList);
        return Combinators.combine(first, second).as((a, b) -> new Decisions((Section47Decision) a.get(0),
                (String) a.get(1), (CriminalInvestigationDecision) a.get(2), (VisitDecision) a.get(3), (String) a.get(4),
                (RequirementDecision) a.get(5), (String) a.get(6), (RequirementDecision) b.get(0), (String) b.get(1),
                (LegalActionDecision) b.get(2), (String) b.get(3), (ConferenceDecision) b.get(4), (LocalDate) b.get(5)))
                .injectNull(0.05);
    }

    /** The sections of a record other than its lists and the concern, in one bundle to stay within combine's arity. */
    private record Sections(History history, Risk risk, Identity identity, ChildVoice childVoice, Minutes minutes,
            NamedProfessional namedProfessional, Marac marac) {
    }

    static Arbitrary<Sections> sections() {
        return Combinators.combine(
                Combinators.combine(maybe(), maybe(), text()).as(History::new).injectNull(0.1),
                Combinators.combine(maybe(RiskLevel.class), text()).as(Risk::new).injectNull(0.1),
                Combinators.combine(text(), text(), text(), text(), text()).as(Identity::new).injectNull(0.1),
                Combinators.combine(text(), text(), maybe()).as(ChildVoice::new).injectNull(0.1),
                Combinators.combine(date().injectNull(0.3), date().injectNull(0.3),
                        Arbitraries.of(Agency.class).list().ofMaxSize(5)).as(Minutes::new).injectNull(0.2),
                Combinators.combine(text(), maybe(Agency.class), maybe(Role.class)).as(NamedProfessional::new).injectNull(0.5),
                Combinators.combine(maybe(), maybe()).as(Marac::new).injectNull(0.5))
                .as(Sections::new);
    }

    public static Arbitrary<StrategyDiscussion> record() {
        Arbitrary<List<Object>> header = Combinators.combine(maybe(Status.class),
                Arbitraries.of("england", "example-prompt-minutes", "example-meeting-for-injury", "elsewhere").injectNull(0.5),
                maybe(DiscussionType.class), maybe(MeetingFormat.class), maybe(CaseStatus.class), instant().injectNull(0.1),
                text(), Combinators.combine(Arbitraries.of("north-assessment", "Assessment team 2").injectNull(0.5),
                        extensions()).as(java.util.Arrays::<Object>asList)).as(java.util.Arrays::asList);
        Arbitrary<List<Object>> lists = Combinators.combine(child().list().ofMinSize(1).ofMaxSize(4),
                participant().list().ofMaxSize(10), service().list().ofMaxSize(4), person().list().ofMaxSize(4),
                action().list().ofMaxSize(6)).as(java.util.Arrays::asList);
        return Combinators.combine(header, concern(), lists, decisions(), sections())
                .as((h, concern, l, decisions, s) -> {
                    Status status = (Status) h.get(0);
                    Instant held = (Instant) h.get(5);
                    if (held == null && status != Status.DRAFT) {
                        held = Instant.parse("2024-05-14T09:00:00Z"); // the contract: a final record says when it was held
                    }
                    @SuppressWarnings("unchecked")
                    List<Object> teamAndExtensions = (List<Object>) h.get(7);
                    @SuppressWarnings("unchecked")
                    StrategyDiscussion record = new StrategyDiscussion("1", "SD-GEN", status, (String) h.get(1),
                            (String) teamAndExtensions.get(0), (DiscussionType) h.get(2), (MeetingFormat) h.get(3),
                            (CaseStatus) h.get(4), held, (String) h.get(6), concern, (List<Child>) l.get(0),
                            (List<Participant>) l.get(1), (List<InvolvedService>) l.get(2),
                            (List<SignificantOther>) l.get(3), s.history(), s.risk(), s.identity(), s.childVoice(),
                            decisions, (List<Action>) l.get(4), s.minutes(), s.namedProfessional(), s.marac(),
                            (Extensions) teamAndExtensions.get(1));
                    return record;
                });
    }
}
