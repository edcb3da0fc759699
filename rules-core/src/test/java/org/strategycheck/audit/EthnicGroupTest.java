package org.strategycheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DfE ethnicity codes as the DfE's major groups (children in need statistics, data set A4). */
class EthnicGroupTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "WBRI, WHITE", "WIRI, WHITE", "WIRT, WHITE", "WOTH, WHITE", "WROM, WHITE",
        "MWBC, MIXED", "MWBA, MIXED", "MWAS, MIXED", "MOTH, MIXED",
        "AIND, ASIAN", "APKN, ASIAN", "ABAN, ASIAN", "AOTH, ASIAN",
        "BCRB, BLACK", "BAFR, BLACK", "BOTH, BLACK",
        "CHNE, OTHER", "OOTH, OTHER",
        "REFU, NOT_RECORDED", "NOBT, NOT_RECORDED"})
    void everyMainCodeIsInItsGroup(String code, EthnicGroup group) {
        assertEquals(group, EthnicGroup.of(code));
    }

    @ParameterizedTest(name = "extended code {0} is {1}")
    @CsvSource({"WENG, WHITE", "WSCO, WHITE", "AMPK, ASIAN", "BSOM, BLACK", "CHKC, OTHER", "MWBO, MIXED"})
    void anExtendedCodeIsInTheGroupOfItsMainCode(String code, EthnicGroup group) {
        assertEquals(group, EthnicGroup.of(code));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"' wbri ', WHITE", "chne, OTHER"})
    void aCodeIsReadWhateverItsCaseAndSurroundingSpace(String code, EthnicGroup group) {
        assertEquals(group, EthnicGroup.of(code));
    }

    @ParameterizedTest(name = "\"{0}\" is not recorded")
    @CsvSource({"''", "WB", "WBRIX", "W-BR", "White British", "ZZZZ", "1234"})
    void anythingThatIsNotADfeCodeIsNotRecordedRatherThanGuessed(String code) {
        assertEquals(EthnicGroup.NOT_RECORDED, EthnicGroup.of(code));
    }

    @org.junit.jupiter.api.Test
    void noCodeIsNotRecorded() {
        assertEquals(EthnicGroup.NOT_RECORDED, EthnicGroup.of(null));
    }
}
