/**
 * JMH benchmarks of StrategyCheck and the programs cold-start.sh times. Not shipped: see
 * benchmarks/README.md.
 */
package org.strategycheck.benchmarks;
