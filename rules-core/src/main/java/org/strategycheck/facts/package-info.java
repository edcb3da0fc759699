/**
 * The facts the rules match on: a record's content seen through what the rules need, with
 * every derived value (a child's age and band at the discussion, working days, whether the
 * identity section is complete) computed once per record.
 *
 * <p>Each fact that stands for a list entry carries its index, so a finding can point at the
 * entry with a JSON pointer. Facts hold no names or other free text beyond what the record
 * itself holds in {@link org.strategycheck.facts.Discussion#content()}; rules never copy text
 * into findings.
 */
package org.strategycheck.facts;
