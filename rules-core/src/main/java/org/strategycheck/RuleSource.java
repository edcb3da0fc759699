package org.strategycheck;

/**
 * Rules a host adds to the catalogue, e.g. a partnership's own DRL loaded through
 * {@code org.strategycheck.drl.HostRules} (an opt-in add-on: see its documentation). Host rules
 * are trusted code: they run with the host's privileges. They are validated when loaded, carry
 * ids in the host's own namespace and cannot replace a catalogue rule.
 */
public interface RuleSource {

    /**
     * Where the rules came from, for messages.
     *
     * @return e.g. a file name
     */
    String description();
}
