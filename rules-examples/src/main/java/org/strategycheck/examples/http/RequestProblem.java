package org.strategycheck.examples.http;

import java.util.List;

/**
 * A request the service will not take, found while reading it: answered with the service's
 * JSON error of this status and message key, after which the connection is closed (what is
 * left of the request cannot be trusted to end where it says).
 */
final class RequestProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient List<String> arguments;

    /**
     * @param status    the HTTP status
     * @param key       the message key in the service's bundle
     * @param arguments message arguments: names and limits of the service's own, never text
     *                  from the request
     */
    RequestProblem(int status, String key, String... arguments) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    List<String> arguments() {
        return arguments;
    }
}
