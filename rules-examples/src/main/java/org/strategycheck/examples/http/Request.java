package org.strategycheck.examples.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as read from its connection: a head already checked against HTTP/1.1's grammar
 * and the service's limits, and a body not yet read.
 *
 * @param method   the method, as sent (methods are case-sensitive)
 * @param path     the path of the request target, undecoded
 * @param rawQuery the query of the request target, undecoded; {@code null} when there is none
 * @param headers  header values by lower-case name, in the order sent
 * @param body     the body, read on demand
 */
record Request(String method, String path, String rawQuery, Map<String, List<String>> headers, Body body) {

    /** The first value of a header, or {@code null}. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A request body, read at most once. */
    interface Body {

        /**
         * The length the request declares, or {@code null} when it is sent in chunks.
         *
         * @return the declared length
         */
        Long declaredLength();

        /**
         * Reads the body, stopping one byte past the limit: a result longer than {@code limit}
         * means the body is over it, and the rest is left unread.
         *
         * @param limit the most bytes wanted
         * @return the bytes read
         * @throws RequestProblem when the body is malformed or does not arrive in time
         * @throws java.io.IOException when the connection fails
         */
        byte[] read(int limit) throws RequestProblem, java.io.IOException;

        /**
         * Whether the whole body has been read, so that the connection can carry another request.
         *
         * @return {@code true} when nothing of it is left on the connection
         */
        boolean finished();
    }
}
