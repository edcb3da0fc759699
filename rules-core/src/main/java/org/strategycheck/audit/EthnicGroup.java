package org.strategycheck.audit;

import java.util.Locale;

/**
 * A child's ethnicity as the Department for Education's major groups, for breaking an audit down
 * by ethnicity without carrying a child's detailed code: CHSCP's anti-racist practice theme asks
 * whether identity is considered equally for every group.
 *
 * <p>The grouping is the DfE's in its children in need statistics ("Children in need by
 * ethnicity", explore-education-statistics.service.gov.uk, data set A4, notes 2 to 5): White
 * comprises white British, white Irish, traveller of Irish heritage, any other white background
 * and Gypsy/Roma; Mixed comprises white and black Caribbean, white and black African, white and
 * Asian and any other mixed background; Asian comprises Indian, Pakistani, Bangladeshi and any
 * other Asian background; Black comprises Caribbean, African and any other black background;
 * <em>Other comprises Chinese and any other ethnic group</em> (the DfE keeps Chinese there, unlike
 * the 2021 census, which moved it to Asian).
 *
 * <p>The DfE's extended codes (e.g. {@code WENG}, {@code AMPK}, {@code BSOM}, {@code CHKC}) refine
 * a main code and start with its letter, so a four-letter code is grouped by its first letter:
 * W White, M Mixed, A Asian, B Black, C (Chinese) and O Other. <em>Not recorded</em> covers no
 * code, {@code REFU} (the family declined to say), {@code NOBT} (information not yet obtained)
 * and anything that is not a DfE code: none of them states a group, and counting a value that is
 * not a code as any group would guess.
 */
public enum EthnicGroup {
    /** White. */
    WHITE,
    /** Mixed or multiple ethnic groups. */
    MIXED,
    /** Asian or Asian British. */
    ASIAN,
    /** Black or Black British. */
    BLACK,
    /** Chinese and any other ethnic group. */
    OTHER,
    /** No code, refused, not yet obtained, or not a DfE code. */
    NOT_RECORDED;

    /**
     * The major group of a DfE ethnicity code.
     *
     * @param code the code as recorded (e.g. {@code WBRI}), or {@code null}
     * @return its group; {@link #NOT_RECORDED} for {@code null}, {@code REFU}, {@code NOBT} and
     *         anything that is not a four-letter code
     */
    public static EthnicGroup of(String code) {
        if (code == null) {
            return NOT_RECORDED;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.length() != 4 || !upper.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                || upper.equals("REFU") || upper.equals("NOBT")) {
            return NOT_RECORDED;
        }
        return switch (upper.charAt(0)) {
            case 'W' -> WHITE;
            case 'M' -> MIXED;
            case 'A' -> ASIAN;
            case 'B' -> BLACK;
            case 'C', 'O' -> OTHER;
            default -> NOT_RECORDED;
        };
    }
}
