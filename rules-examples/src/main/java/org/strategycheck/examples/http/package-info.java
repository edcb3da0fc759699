/**
 * An example HTTP service around the library, on the JDK's built-in server
 * ({@code com.sun.net.httpserver}) and nothing else: {@code POST /v1/check} takes a record and
 * returns its result with the field-level view a form needs; {@code GET /v1/rules},
 * {@code GET /health} and {@code GET /v1/openapi.yaml} describe it.
 *
 * <p>It shows what a host of the library has to take care of at its boundary: a bounded pool
 * of threads sharing one {@link org.strategycheck.StrategyCheck}, a limit on the request body
 * enforced before the body is read, a JSON answer for every error and never a stack trace,
 * and a graceful stop. Like the rest of the tool it never writes text from a record into its
 * answers or logs.
 */
package org.strategycheck.examples.http;
