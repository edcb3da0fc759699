package org.strategycheck.census;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.strategycheck.WorkingDayCalendar;

/**
 * A large authority's census for collection year 2023, generated as it is read, one child at
 * a time, so that the file never exists whole, not even here. Seeded: the same count of
 * children gives the same bytes. Children have what real ones have (identifiers, a date of
 * birth, characteristics, assessments, plans, up to three enquiries over one or two episodes,
 * the odd pre-proceedings block); some targets ignore a bank holiday, some conferences come
 * before their start.
 */
final class GeneratedCensus extends InputStream {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate YEAR_START = LocalDate.of(2022, 4, 1);

    private final int children;
    private final Random random = new Random(20230331L);
    private byte[] buffer = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n"
            + "      <Collection>CIN</Collection>\n      <Year>2023</Year>\n      <ReferenceDate>2023-03-31</ReferenceDate>\n"
            + "    </CollectionDetails>\n    <Source>\n      <SourceLevel>L</SourceLevel>\n      <LEA>999</LEA>\n"
            + "    </Source>\n  </Header>\n  <Children>\n").getBytes(StandardCharsets.UTF_8);
    private int position;
    private int written;
    private long enquiries;
    private long bytes;
    private boolean ended;

    GeneratedCensus(int children) {
        this.children = children;
    }

    /** How many enquiries were generated so far. */
    long enquiries() {
        return enquiries;
    }

    /** How many bytes were generated so far. */
    long bytes() {
        return bytes;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == buffer.length) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        bytes += n;
        return n;
    }

    private boolean refill() {
        if (ended) {
            return false;
        }
        position = 0;
        if (written == children) {
            buffer = "  </Children>\n</Message>\n".getBytes(StandardCharsets.UTF_8);
            ended = true;
            return true;
        }
        written++;
        buffer = child(written).getBytes(StandardCharsets.UTF_8);
        return true;
    }

    private String child(int n) {
        StringBuilder xml = new StringBuilder(2048);
        LocalDate birth = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(6500));
        xml.append("    <Child>\n      <ChildIdentifiers>\n        <LAchildID>G").append(1_000_000 + n).append("</LAchildID>\n")
                .append("        <UPN>A").append(String.format("%012d", 900_000_000_000L + n)).append("</UPN>\n")
                .append("        <PersonBirthDate>").append(birth).append("</PersonBirthDate>\n")
                .append("        <Sex>").append("MFU".charAt(random.nextInt(3))).append("</Sex>\n")
                .append("      </ChildIdentifiers>\n      <ChildCharacteristics>\n        <Ethnicity>WBRI</Ethnicity>\n")
                .append("        <Disabilities>\n          <Disability>NONE</Disability>\n        </Disabilities>\n")
                .append("      </ChildCharacteristics>\n");
        int episodes = 1 + (random.nextInt(5) == 0 ? 1 : 0);
        for (int e = 0; e < episodes; e++) {
            LocalDate referral = YEAR_START.plusDays(random.nextInt(330));
            xml.append("      <CINdetails>\n        <CINreferralDate>").append(referral).append("</CINreferralDate>\n")
                    .append("        <ReferralSource>6</ReferralSource>\n        <PrimaryNeedCode>N1</PrimaryNeedCode>\n")
                    .append("        <Assessments>\n          <AssessmentActualStartDate>").append(referral)
                    .append("</AssessmentActualStartDate>\n          <AssessmentAuthorisationDate>").append(referral.plusDays(30))
                    .append("</AssessmentAuthorisationDate>\n          <FactorsIdentifiedAtAssessment>\n")
                    .append("            <AssessmentFactors>3A</AssessmentFactors>\n            <AssessmentFactors>4B</AssessmentFactors>\n")
                    .append("          </FactorsIdentifiedAtAssessment>\n        </Assessments>\n")
                    .append("        <CINPlanDates>\n          <CINPlanStartDate>").append(referral.plusDays(31))
                    .append("</CINPlanStartDate>\n        </CINPlanDates>\n");
            int section47s = random.nextInt(3);
            for (int s = 0; s < section47s; s++) {
                section47(xml, referral.plusDays(random.nextInt(20)));
            }
            xml.append("        <ReferralNFA>0</ReferralNFA>\n");
            if (random.nextInt(4) == 0) {
                xml.append("        <ChildProtectionPlans>\n          <CPPstartDate>").append(referral.plusDays(25))
                        .append("</CPPstartDate>\n          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>\n")
                        .append("          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>\n")
                        .append("          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>\n          <Reviews>\n")
                        .append("            <CPPreviewDate>").append(referral.plusDays(110)).append("</CPPreviewDate>\n")
                        .append("          </Reviews>\n        </ChildProtectionPlans>\n");
            }
            if (random.nextInt(20) == 0) {
                xml.append("        <PreProceedingsandFGDM>\n          <PPStartDate>").append(referral.plusDays(60))
                        .append("</PPStartDate>\n          <PPOutcome>A</PPOutcome>\n        </PreProceedingsandFGDM>\n");
            }
            xml.append("      </CINdetails>\n");
        }
        return xml.append("    </Child>\n").toString();
    }

    private void section47(StringBuilder xml, LocalDate start) {
        enquiries++;
        int kind = random.nextInt(10);
        LocalDate target = kind == 0 ? WorkingDayCalendar.weekendsOnly().plusWorkingDays(start, 15)
                : CALENDAR.plusWorkingDays(start, 15);
        xml.append("        <Section47>\n          <S47ActualStartDate>").append(start).append("</S47ActualStartDate>\n")
                .append("          <InitialCPCtarget>").append(target).append("</InitialCPCtarget>\n");
        boolean notRequired = kind >= 7;
        if (!notRequired) {
            LocalDate conference = kind == 1 ? start.minusDays(2) : CALENDAR.plusWorkingDays(start, random.nextInt(25));
            xml.append("          <DateOfInitialCPC>").append(conference).append("</DateOfInitialCPC>\n");
        }
        xml.append("          <ICPCnotRequired>").append(notRequired ? 1 : 0).append("</ICPCnotRequired>\n        </Section47>\n");
    }
}
