/**
 * The Drools engine behind {@link org.strategycheck.StrategyCheck}: loads the executable model
 * generated at build time, reads the catalogue from the rules' metadata, and evaluates one
 * record per session. Not an API.
 */
package org.strategycheck.drl.internal;
