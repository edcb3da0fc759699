package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycheck.WorkingDayCalendar;
import org.strategycheck.model.StrategyDiscussion;

/**
 * Laws of the census link for any census and any records: a handful of children, a few days
 * either side of the collection year's ends, so that links, near misses, duplicates and records
 * out of the year all occur.
 */
class CensusLinkProperties {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final CensusHeader HEADER = new CensusHeader(2023, LocalDate.of(2023, 3, 31));
    private static final LocalDate FIRST = LocalDate.of(2022, 3, 20);
    private static final List<String> DAYS = List.of(0, 3, 5, 8, 12, 20, 200, 370, 375, 380).stream()
            .map(d -> FIRST.plusDays(d).toString()).toList();

    /** A census child as generated: its identifier and its enquiries' start dates. */
    record Child(String id, List<String> starts) {
    }

    /** A record as generated. */
    record Rec(String status, String day, String section47, List<String> children) {
    }

    record Case(List<Child> census, List<Rec> records) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> id = Arbitraries.of("A", "B", "C", "D");
        Arbitrary<String> day = Arbitraries.of(DAYS);
        Arbitrary<Child> child = Combinators.combine(id, day.list().ofMaxSize(3)).as(Child::new);
        Arbitrary<Rec> rec = Combinators.combine(Arbitraries.of("FINAL", "FINAL", "FINAL", "DRAFT"), day,
                Arbitraries.of("INITIATE", "INITIATE", "INITIATE", "CONTINUE"),
                id.injectNull(0.2).list().ofMinSize(1).ofMaxSize(3)).as(Rec::new);
        return Combinators.combine(child.list().ofMaxSize(5), rec.list().ofMaxSize(8)).as(Case::new);
    }

    private static Reconciliation link(Case c) {
        List<StrategyDiscussion> records = new ArrayList<>();
        for (int i = 0; i < c.records().size(); i++) {
            Rec r = c.records().get(i);
            records.add(LinkRecords.record("SD-" + (i + 1), r.status(), r.day() + "T12:00:00Z", r.section47(),
                    r.children().toArray(String[]::new)));
        }
        CensusAudit audit = new CensusAudit(CALENDAR, HEADER);
        CensusLink link = new CensusLink(CALENDAR, HEADER, DiscussionRecords.of(records));
        for (int i = 0; i < c.census().size(); i++) {
            Child child = c.census().get(i);
            List<CensusEnquiry> enquiries = new ArrayList<>();
            for (int e = 0; e < child.starts().size(); e++) {
                enquiries.add(new CensusEnquiry(i + 1, 1, e + 1, 1, LocalDate.parse(child.starts().get(e)), null, null,
                        false));
            }
            CensusChild read = new CensusChild(i + 1, ChildKey.of(child.id()), enquiries);
            link.add(read, audit.add(read));
        }
        return link.finish();
    }

    private static List<EnquiryLink> allEnquiries(Reconciliation r) {
        List<EnquiryLink> all = new ArrayList<>(r.withoutRecord());
        r.listed().forEach(record -> all.addAll(record.enquiries()));
        return all;
    }

    @Property
    void everyEnquiryAndEveryRecordIsAccountedForExactlyOnce(@ForAll("cases") Case c) {
        Reconciliation r = link(c);
        int enquiries = c.census().stream().mapToInt(child -> child.starts().size()).sum();

        assertEquals(enquiries, r.enquiries());
        List<EnquiryLink> all = allEnquiries(r);
        assertEquals(enquiries, all.size(), "each enquiry is in one list: unlinked, or under one record");
        Set<String> seen = new HashSet<>();
        for (EnquiryLink e : all) {
            assertTrue(seen.add(e.checked().enquiry().child() + "/" + e.checked().enquiry().enquiry()), "once each");
        }
        assertEquals(c.records().size(), r.records());
        assertEquals(c.records().size(), r.recordOutcomes().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Property
    void eachRecordsChildIsLinkedAtMostOnceAndOnlyToItsOwnChildsEnquiry(@ForAll("cases") Case c) {
        Reconciliation r = link(c);
        Set<String> used = new HashSet<>();
        for (EnquiryLink e : allEnquiries(r)) {
            if (e.outcome() == EnquiryLink.Outcome.NO_RECORD) {
                continue;
            }
            assertTrue(used.add(e.recordPosition() + "/" + e.recordChild()), "a record's child is linked once");
            Rec rec = c.records().get((int) e.recordPosition() - 1);
            assertEquals("FINAL", rec.status());
            assertEquals("INITIATE", rec.section47());
            assertEquals(c.census().get(e.checked().enquiry().child() - 1).id(), rec.children().get(e.recordChild()));
            int apart = CALENDAR.workingDaysBetween(e.checked().enquiry().start(), LocalDate.parse(rec.day()));
            assertEquals(apart, e.workingDaysApart());
            if (e.outcome() == EnquiryLink.Outcome.LINKED) {
                assertEquals(e.checked().enquiry().start(), LocalDate.parse(rec.day()));
            } else {
                assertNotEquals(e.checked().enquiry().start(), LocalDate.parse(rec.day()));
                assertTrue(Math.abs(apart) <= CensusLink.NEAREST_WORKING_DAYS);
            }
        }
    }

    @Property
    void noEnquiryIsLeftWithoutARecordWhileAnUnusedChildOfTheSameDayIsThere(@ForAll("cases") Case c) {
        Reconciliation r = link(c);
        Set<String> used = new HashSet<>();
        allEnquiries(r).stream().filter(e -> e.outcome() != EnquiryLink.Outcome.NO_RECORD)
                .forEach(e -> used.add(e.recordPosition() + "/" + e.recordChild()));
        for (EnquiryLink e : r.withoutRecord()) {
            String id = c.census().get(e.checked().enquiry().child() - 1).id();
            for (int p = 0; p < c.records().size(); p++) {
                Rec rec = c.records().get(p);
                for (int k = 0; k < rec.children().size(); k++) {
                    boolean candidate = "FINAL".equals(rec.status()) && "INITIATE".equals(rec.section47())
                            && id.equals(rec.children().get(k)) && !used.contains((p + 1) + "/" + k);
                    int apart = CALENDAR.workingDaysBetween(e.checked().enquiry().start(), LocalDate.parse(rec.day()));
                    assertFalse(candidate && Math.abs(apart) <= CensusLink.NEAREST_WORKING_DAYS,
                            "an unused record child within reach of an unlinked enquiry");
                }
            }
        }
    }

    @Property
    void aRecordMissingFromTheCensusWasHeldInTheCollectionYear(@ForAll("cases") Case c) {
        Reconciliation r = link(c);
        CollectionYear year = HEADER.collectionYear().orElseThrow();
        for (RecordLink record : r.missingFromCensus()) {
            assertTrue(year.contains(record.heldOn()));
            assertFalse(record.childrenNotInCensus().isEmpty());
        }
        for (RecordLink record : r.of(RecordLink.Outcome.OUT_OF_YEAR)) {
            assertFalse(year.contains(record.heldOn()));
            assertTrue(record.enquiries().isEmpty());
        }
    }

    @Property
    void theLinkDependsOnlyOnTheInputs(@ForAll("cases") Case c) {
        assertEquals(link(c), link(c));
    }
}
