package org.strategycheck.examples.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of a query's names and values ({@code application/x-www-form-urlencoded}), strictly. */
final class QueryText {

    private QueryText() {
    }

    /**
     * Decodes {@code %XX} escapes and {@code +}; the bytes must be UTF-8.
     *
     * @param text a name or value as sent
     * @return the text it stands for
     * @throws RequestProblem when an escape is not two hexadecimal digits or the bytes are not UTF-8
     */
    static String decode(String text) throws RequestProblem {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new RequestProblem(400, "http.badQuery");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new RequestProblem(400, "http.badQuery");
        }
    }
}
