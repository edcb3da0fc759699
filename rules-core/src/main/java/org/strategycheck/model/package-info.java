/**
 * The strategy-discussion record, interchange format v1 (revision 1.1), as immutable Java
 * records and enums.
 *
 * <p>This is the contract with case systems: field names and types follow the JSON format
 * exactly, so a record read from JSON and one built in Java are the same value. Scalars are
 * {@code null} when not recorded; sections and lists are never {@code null}.
 *
 * <p>Revision 1.1 adds two optional fields, each with a type of its own so that it is never
 * shown: a vendor's {@link org.strategycheck.model.Extensions} (any JSON, as plain Java values
 * read by JSON pointer) and a child's {@link org.strategycheck.model.LaChildId} (the census
 * identifier, matched through its {@link org.strategycheck.census.ChildKey}). Records built in
 * Java before 1.1 compile unchanged: the older constructors remain.
 */
package org.strategycheck.model;
