package org.strategycheck.drl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.strategycheck.model.Action;
import org.strategycheck.model.ActionOwner;
import org.strategycheck.model.Agency;
import org.strategycheck.model.Child;
import org.strategycheck.model.Concern;
import org.strategycheck.model.ConcernCategory;
import org.strategycheck.model.Decisions;
import org.strategycheck.model.Education;
import org.strategycheck.model.Identity;
import org.strategycheck.model.Participant;
import org.strategycheck.model.Role;
import org.strategycheck.model.Section47Decision;
import org.strategycheck.model.Status;
import org.strategycheck.model.StrategyDiscussion;

/** Generators (public for the engine tests in drl.internal) of records that meet the format's contract but vary everything the rules look at. */
public final class RecordArbitraries {

    private RecordArbitraries() {
    }

    static Arbitrary<Boolean> maybe() {
        return Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
    }

    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("n/a", "NONE", " - ", "tbc", "Not discussed", "", "   "),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)).injectNull(0.3);
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    static Arbitrary<Instant> instant() {
        return date().flatMap(d -> Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(minute -> d.atStartOfDay().plusMinutes(minute).toInstant(ZoneOffset.UTC)));
    }

    static Arbitrary<Participant> participant() {
        return Builders.withBuilder(() -> new Object[9])
                .use(Arbitraries.of(Agency.class).injectNull(0.05)).in((a, v) -> set(a, 0, v))
                .use(Arbitraries.of(Role.class).injectNull(0.05)).in((a, v) -> set(a, 1, v))
                .use(text()).in((a, v) -> set(a, 2, v))
                .use(text()).in((a, v) -> set(a, 3, v))
                .use(maybe()).in((a, v) -> set(a, 4, v))
                .use(maybe()).in((a, v) -> set(a, 5, v))
                .use(maybe()).in((a, v) -> set(a, 6, v))
                .use(maybe()).in((a, v) -> set(a, 7, v))
                .use(maybe()).in((a, v) -> set(a, 8, v))
                .build(a -> new Participant((Agency) a[0], (Role) a[1], (String) a[2], (String) a[3], (Boolean) a[4],
                        (Boolean) a[5], (Boolean) a[6], (Boolean) a[7], (Boolean) a[8]));
    }

    private static Object[] set(Object[] array, int index, Object value) {
        array[index] = value;
        return array;
    }

    static Arbitrary<Child> child() {
        return Combinators.combine(date().injectNull(0.2), date().injectNull(0.7), Arbitraries.of(Education.class).injectNull(0.4),
                        maybe(), maybe())
                .as((dob, due, education, lookedAfter, inpatient) ->
                        new Child("C", dob, due, education, null, lookedAfter, inpatient));
    }

    static Arbitrary<Action> action() {
        return Combinators.combine(text(), Arbitraries.of(Agency.class).injectNull(0.3), date().injectNull(0.3), maybe())
                .as((name, agency, due, immediate) ->
                        new Action("A", null, new ActionOwner(name, agency, null), due, immediate));
    }

    static Arbitrary<Identity> identity() {
        return Combinators.combine(text(), text(), text(), text(), text()).as(Identity::new).injectNull(0.1);
    }

    public static Arbitrary<StrategyDiscussion> record() {
        Arbitrary<Status> status = Arbitraries.of(Status.class).injectNull(0.2);
        Arbitrary<List<ConcernCategory>> categories = Arbitraries.of(ConcernCategory.class).list().ofMaxSize(3).uniqueElements();
        Arbitrary<Section47Decision> s47 = Arbitraries.of(Section47Decision.class).injectNull(0.3);
        return Combinators.combine(status, instant(), instant().injectNull(0.3), categories,
                        child().list().ofMinSize(1).ofMaxSize(4), participant().list().ofMaxSize(8),
                        identity(), s47)
                .flatAs((st, held, identified, cats, children, participants, identity, section47) ->
                        action().list().ofMaxSize(6).map(actions -> new StrategyDiscussion("1", "SD-GEN", st, null,
                                null, null, null, held, null,
                                new Concern(identified, cats, null, null, null, null, null), children, participants,
                                null, null, null, null, identity, null,
                                new Decisions(section47, null, null, null, null, null, null, null, null, null, null, null, null),
                                actions, null, null, null)));
    }
}
