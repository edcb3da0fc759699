package org.strategycheck.census;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Small census files written in a test: a header and children with only what the census requires. */
final class CensusXml {

    private CensusXml() {
    }

    /** A census of the collection year ending on the reference date. */
    static String census(String referenceDate, String... children) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>\n"
                + "    <CollectionDetails>\n      <Collection>CIN</Collection>\n      <Year>"
                + referenceDate.substring(0, 4) + "</Year>\n      <ReferenceDate>" + referenceDate
                + "</ReferenceDate>\n    </CollectionDetails>\n  </Header>\n  <Children>\n");
        for (String child : children) {
            xml.append(child);
        }
        return xml.append("  </Children>\n</Message>\n").toString();
    }

    /** A child with one episode holding the given enquiries. */
    static String child(String laChildId, String... section47s) {
        StringBuilder xml = new StringBuilder("    <Child>\n      <ChildIdentifiers>\n        <LAchildID>" + laChildId
                + "</LAchildID>\n        <PersonBirthDate>2015-05-05</PersonBirthDate>\n        <Sex>U</Sex>\n"
                + "      </ChildIdentifiers>\n      <ChildCharacteristics>\n        <Ethnicity>NOBT</Ethnicity>\n"
                + "      </ChildCharacteristics>\n      <CINdetails>\n        <CINreferralDate>2022-04-01</CINreferralDate>\n"
                + "        <ReferralSource>6</ReferralSource>\n");
        for (String section47 : section47s) {
            xml.append(section47);
        }
        return xml.append("        <ReferralNFA>0</ReferralNFA>\n      </CINdetails>\n    </Child>\n").toString();
    }

    /**
     * One {@code Section47}; {@code null} leaves an element out.
     *
     * @param notRequired {@code ICPCnotRequired}
     */
    static String section47(String start, String target, String conference, boolean notRequired) {
        return "        <Section47>\n          <S47ActualStartDate>" + start + "</S47ActualStartDate>\n"
                + (target == null ? "" : "          <InitialCPCtarget>" + target + "</InitialCPCtarget>\n")
                + (conference == null ? "" : "          <DateOfInitialCPC>" + conference + "</DateOfInitialCPC>\n")
                + "          <ICPCnotRequired>" + (notRequired ? 1 : 0) + "</ICPCnotRequired>\n        </Section47>\n";
    }

    static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    static CensusFile open(String xml) {
        return CensusReader.open(stream(xml));
    }
}
