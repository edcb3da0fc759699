package org.strategycheck.census.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The three XML Schema value types the reader uses, parsed as the census schema has them. */
final class XsdValues {

    /** {@code xs:date}: YYYY-MM-DD, with the optional time zone the type allows (ignored: a date is a date). */
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:Z|[+-](?:0\\d|1[0-4]):[0-5]\\d)?");
    /** {@code xs:gYear}, four digits, with the same optional time zone. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:Z|[+-](?:0\\d|1[0-4]):[0-5]\\d)?");

    private XsdValues() {
    }

    /** A date, or {@code null} when the text is not one (including 2023-02-30). */
    static LocalDate date(String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year, or {@code null}. */
    static Integer year(String text) {
        Matcher matcher = YEAR.matcher(text);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /**
     * {@code xs:boolean}: the census's schemas restrict their yes/no type to 1 and 0, local
     * authorities' exports often write true and false; both are the type's lexical space.
     */
    static Boolean bool(String text) {
        return switch (text) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
