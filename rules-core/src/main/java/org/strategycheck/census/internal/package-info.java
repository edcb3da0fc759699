/**
 * How the census package reads XML: the StAX parser set up to refuse DTDs and external
 * entities, a strict decoder that knows its line, the census's shape as a table, and the
 * streaming reader over them; for the census link, the records as it needs them and their
 * reading again from an audit folder's inputs. Not an API: anything here may change in any release.
 */
package org.strategycheck.census.internal;
