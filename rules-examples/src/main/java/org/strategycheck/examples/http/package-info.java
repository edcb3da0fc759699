/**
 * An example HTTP service around the library, on the JDK alone: {@code POST /v1/check} takes a
 * record and returns its result with the field-level view a form needs; {@code GET /v1/rules},
 * {@code GET /health} and {@code GET /v1/openapi.yaml} describe it.
 *
 * <p>It shows what a host of the library has to take care of at its boundary: a bounded pool
 * of check threads sharing one {@link org.strategycheck.StrategyCheck}, requests read within
 * deadlines so that stalled clients cannot take the service down, a limit on the request body
 * enforced before the body is read, a JSON answer for every error (malformed requests included)
 * and never a stack trace, and a graceful stop. {@code HttpConnection}
 * says why it reads HTTP/1.1 itself rather than through {@code com.sun.net.httpserver}. Like the rest of the tool it never writes text from a record into its
 * answers or logs.
 */
package org.strategycheck.examples.http;
