package org.strategycheck.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycheck.census.CensusXml.child;
import static org.strategycheck.census.CensusXml.census;
import static org.strategycheck.census.CensusXml.section47;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycheck.census.InvalidCensusException.Problem;

/** Reading the census: every collection year's shape, streamed one child at a time. */
class CensusReaderTest {

    /** A line of {@code census/years/expected.tsv}. */
    record YearFile(String file, int year, LocalDate referenceDate, LocalDate start, LocalDate target,
            LocalDate conference, int workingDays) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<YearFile> yearFiles() throws IOException {
        List<YearFile> files = new ArrayList<>();
        for (String line : resource("/census/years/expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            files.add(new YearFile(cells[0], Integer.parseInt(cells[1]), LocalDate.parse(cells[2]), LocalDate.parse(cells[3]),
                    LocalDate.parse(cells[4]), LocalDate.parse(cells[5]), Integer.parseInt(cells[6])));
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearFiles")
    void eachCollectionYearsShapeIsRead(YearFile expected) {
        try (CensusFile census = CensusReader.open(stream("/census/years/" + expected.file()))) {
            assertEquals(new CensusHeader(expected.year(), expected.referenceDate()), census.header());

            CensusChild first = census.next();
            assertEquals(1, first.position());
            assertEquals(List.of(new CensusEnquiry(1, 1, 1, first.enquiries().get(0).line(), expected.start(),
                    expected.target(), expected.conference(), false)), first.enquiries());

            CensusChild second = census.next();
            assertEquals(2, second.position());
            LocalDate january = LocalDate.of(expected.year(), 1, 10);
            LocalDate march = LocalDate.of(expected.year(), 3, 27);
            assertEquals(List.of(new CensusEnquiry(2, 2, 1, second.enquiries().get(0).line(), january, null, null, true),
                    new CensusEnquiry(2, 2, 2, second.enquiries().get(1).line(), march, null, null, false)),
                    second.enquiries());

            assertNull(census.next());
            assertEquals(2, census.children());
        }
    }

    @Test
    void everyYearFileIsListedWithWhatItMustRead() throws Exception {
        Path folder = folder("/census/years/expected.tsv");
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".xml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, yearFiles().stream().map(YearFile::file).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(10, files.size());
    }

    @Test
    void theCollectionYearIsTheTwelveMonthsToTheReferenceDate() {
        CensusHeader header = new CensusHeader(2023, LocalDate.of(2023, 3, 31));

        assertEquals(Optional.of(new CollectionYear(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31))),
                header.collectionYear());
    }

    @Test
    void withoutAReferenceDateTheYearEndsOnThe31stOfMarch() {
        assertEquals(Optional.of(CollectionYear.endingOn(LocalDate.of(2024, 3, 31))),
                new CensusHeader(2024, null).collectionYear());
    }

    @Test
    void aFileWithoutAHeaderHasNoCollectionYear() {
        String xml = census("2023-03-31", child("A1")).replaceAll("(?s)  <Header>.*</Header>\n", "");
        try (CensusFile census = CensusXml.open(xml)) {
            assertEquals(new CensusHeader(null, null), census.header());
            assertEquals(Optional.empty(), census.header().collectionYear());
            assertEquals(1, census.next().position());
        }
    }

    @Test
    void anEnquiryKnowsTheLineOfItsSection47() {
        String xml = census("2023-03-31", child("A1", section47("2022-06-02", null, null, false)));
        int expected = List.of(xml.split("\n")).indexOf("        <Section47>") + 1;
        try (CensusFile census = CensusXml.open(xml)) {
            assertEquals(expected, census.next().enquiries().get(0).line());
        }
    }

    @Test
    void enquiriesAreNumberedAcrossTheChildsEpisodes() {
        String twoEpisodes = child("A1", section47("2022-06-02", null, null, false))
                .replace("      </CINdetails>\n", "      </CINdetails>\n      <CINdetails>\n"
                        + "        <CINreferralDate>2022-09-01</CINreferralDate>\n        <ReferralSource>6</ReferralSource>\n"
                        + section47("2022-09-05", null, null, true) + "        <ReferralNFA>0</ReferralNFA>\n      </CINdetails>\n");
        try (CensusFile census = CensusXml.open(census("2023-03-31", twoEpisodes))) {
            List<CensusEnquiry> enquiries = census.next().enquiries();
            assertEquals(List.of(1, 2), enquiries.stream().map(CensusEnquiry::episode).toList());
            assertEquals(List.of(1, 2), enquiries.stream().map(CensusEnquiry::enquiry).toList());
        }
    }

    @Test
    void siblingOrderIsNotChecked() {
        String xml = census("2023-03-31", child("A1", section47("2022-06-02", "2022-06-24", "2022-06-17", false))
                .replace("        <PersonBirthDate>2015-05-05</PersonBirthDate>\n        <Sex>U</Sex>\n",
                        "        <Sex>U</Sex>\n        <PersonBirthDate>2015-05-05</PersonBirthDate>\n")
                .replace("          <S47ActualStartDate>2022-06-02</S47ActualStartDate>\n",
                        "")
                .replace("          <ICPCnotRequired>0</ICPCnotRequired>\n",
                        "          <ICPCnotRequired>0</ICPCnotRequired>\n          <S47ActualStartDate>2022-06-02</S47ActualStartDate>\n"));
        try (CensusFile census = CensusXml.open(xml)) {
            assertEquals(LocalDate.of(2022, 6, 2), census.next().enquiries().get(0).start());
        }
    }

    @Test
    void aDateMayCarryTheTimeZoneItsTypeAllows() {
        String xml = census("2023-03-31", child("A1", section47("2022-06-02Z", "2022-06-24+01:00", null, false)));
        try (CensusFile census = CensusXml.open(xml)) {
            CensusEnquiry enquiry = census.next().enquiries().get(0);
            assertEquals(LocalDate.of(2022, 6, 2), enquiry.start());
            assertEquals(LocalDate.of(2022, 6, 24), enquiry.target());
        }
    }

    @Test
    void childrenComeOneAtATimeAndAFaultStopsAtTheChildThatHasIt() {
        String xml = census("2023-03-31", child("A1"), child("A2"),
                child("A3", section47("2022-13-01", null, null, false)));
        try (CensusFile census = CensusXml.open(xml)) {
            assertEquals(1, census.next().position());
            assertEquals(2, census.next().position());
            InvalidCensusException e = assertThrows(InvalidCensusException.class, census::next);
            assertEquals("/Message/Children/Child[3]/CINdetails[1]/Section47[1]/S47ActualStartDate", e.path());
            assertEquals(Problem.BAD_DATE, e.problem());
        }
    }

    @Test
    void aRefusedFileStaysRefused() {
        String xml = census("2023-03-31", child("A1", section47("2022-13-01", null, null, false)), child("A2"));
        try (CensusFile census = CensusXml.open(xml)) {
            InvalidCensusException first = assertThrows(InvalidCensusException.class, census::next);
            InvalidCensusException again = assertThrows(InvalidCensusException.class, census::next);
            assertEquals(first, again);
        }
    }

    @Test
    void afterTheLastChildThereIsNoNext() {
        try (CensusFile census = CensusXml.open(census("2023-03-31", child("A1")))) {
            census.next();
            assertNull(census.next());
            assertNull(census.next());
        }
    }

    @Test
    void keysOfTheSameIdentifierAreEqualAndNeverShown() {
        String xml = census("2023-03-31", child("CANARY-7"), child(" CANARY-7 "), child("CANARY-8"));
        try (CensusFile census = CensusXml.open(xml)) {
            ChildKey first = census.next().key();
            ChildKey second = census.next().key();
            ChildKey third = census.next().key();
            assertEquals(first, second);
            assertEquals(first, ChildKey.of("CANARY-7"));
            assertNotEquals(first, third);
            assertFalse(first.toString().contains("CANARY"));
        }
    }

    @Test
    void aChildWithMoreEnquiriesThanTheReaderHoldsIsRefused() {
        String[] many = new String[1001];
        java.util.Arrays.fill(many, section47("2022-06-02", null, null, true));
        try (CensusFile census = CensusXml.open(census("2023-03-31", child("A1", many)))) {
            InvalidCensusException e = assertThrows(InvalidCensusException.class, census::next);
            assertEquals(Problem.TOO_MANY_ENQUIRIES, e.problem());
            assertEquals("/Message/Children/Child[1]/CINdetails[1]/Section47[1001]", e.path());
        }
    }

    @Test
    void aByteOrderMarkOfUtf16IsRead() {
        String xml = census("2023-03-31", child("A1", section47("2022-06-02", null, null, true)))
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16); // big-endian, with a byte-order mark
        try (CensusFile census = CensusReader.open(new java.io.ByteArrayInputStream(utf16))) {
            assertEquals(LocalDate.of(2022, 6, 2), census.next().enquiries().get(0).start());
        }
    }

    @Test
    void aDeclaredSingleByteEncodingIsRead() {
        String xml = census("2023-03-31", child("Zoë-1", section47("2022-06-02", null, null, true)))
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        try (CensusFile census = CensusReader.open(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)))) {
            assertEquals(ChildKey.of("Zoë-1"), census.next().key());
        }
    }

    @Test
    void aDeclaredEncodingJavaCannotReadIsRefused() {
        String xml = census("2023-03-31", child("A1")).replace("encoding=\"UTF-8\"", "encoding=\"X-NO-SUCH\"");
        InvalidCensusException e = assertThrows(InvalidCensusException.class, () -> CensusXml.open(xml));
        assertEquals(Problem.UNSUPPORTED_ENCODING, e.problem());
    }

    @Test
    void closingTheFileClosesItsStream() {
        boolean[] closed = {false};
        InputStream in = new java.io.FilterInputStream(CensusXml.stream(census("2023-03-31", child("A1")))) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        CensusReader.open(in).close();
        assertTrue(closed[0]);
    }

    static InputStream stream(String resource) {
        return CensusReaderTest.class.getResourceAsStream(resource);
    }

    static String resource(String resource) throws IOException {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path folder(String resource) throws URISyntaxException {
        return Path.of(CensusReaderTest.class.getResource(resource).toURI()).getParent();
    }
}
