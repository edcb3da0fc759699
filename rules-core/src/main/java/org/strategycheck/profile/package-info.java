/**
 * Profiles: how a safeguarding partnership tunes the catalogue without writing code. A profile
 * is JSON data (id, version, the date it takes effect, and per rule {@code enabled},
 * {@code severity} and thresholds, plus the grade mapping); it may change a rule's severity or
 * threshold, or switch it off, never its meaning.
 */
package org.strategycheck.profile;
