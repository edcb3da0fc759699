/**
 * Derives the rule vocabulary ({@link org.strategycheck.facts}) from a bound record, once per
 * record: what the record format means is worked out here, so that rules only ask. Not an API.
 */
package org.strategycheck.internal.facts;
