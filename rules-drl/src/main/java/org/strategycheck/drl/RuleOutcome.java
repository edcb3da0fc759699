package org.strategycheck.drl;

import java.util.List;

/**
 * What a rule's consequence reports, through the DRL global {@code outcome}:
 *
 * <pre>
 * global org.strategycheck.drl.RuleOutcome outcome;
 *
 * rule "ACT-DUE-DATE"  @id("ACT-DUE-DATE") @severity("MAJOR") @applies("each action") ...
 * when exists AgreedAction() then outcome.applies(); end
 *
 * rule "ACT-DUE-DATE: no due date" @id("ACT-DUE-DATE")
 * when $a : AgreedAction( dueBy == null ) then outcome.gap($a.pointer("dueBy"), $a.number()); end
 * </pre>
 *
 * <p>The engine knows which rule is firing, so a consequence never restates its id or
 * severity: those come from the rule's metadata. Arguments become message arguments; pass
 * positions and enumeration values, never text from the record.
 */
public interface RuleOutcome {

    /** The rule now firing applies to the record. */
    void applies();

    /**
     * The rule now firing found a gap at one place.
     *
     * @param pointer   JSON pointer to the field concerned
     * @param arguments the message's arguments
     */
    default void gap(String pointer, Object... arguments) {
        gap(List.of(pointer), arguments);
    }

    /**
     * The rule now firing found one gap that concerns several places.
     *
     * @param pointers  JSON pointers to the fields concerned
     * @param arguments the message's arguments
     */
    void gap(List<String> pointers, Object... arguments);
}
