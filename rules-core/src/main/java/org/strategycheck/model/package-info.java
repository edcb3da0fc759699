/**
 * The strategy-discussion record, interchange format v1, as immutable Java records and enums.
 *
 * <p>This is the contract with case systems: field names and types follow the JSON format
 * exactly, so a record read from JSON and one built in Java are the same value. Scalars are
 * {@code null} when not recorded; sections and lists are never {@code null}.
 */
package org.strategycheck.model;
