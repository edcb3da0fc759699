/**
 * The rule vocabulary: the facts the catalogue's rules match on, and the API a host's own DRL
 * ({@code org.strategycheck.drl.HostRules}) is written against.
 *
 * <p>Every value a rule tests is derived here once per record, in Java, and named from the
 * domain, so that a rule's conditions read as policy: {@code Attendance( !invited(Agency.HEALTH) )},
 * {@code Discussion( hasChild(AgeBand.SCHOOL_AGE) )},
 * {@code AgreedAction( ownerName == Recorded.NOT_RECORDED, immediate )}.
 * A rule session holds, per record: one {@link org.strategycheck.facts.Discussion}, one
 * {@link org.strategycheck.facts.Attendance}, one {@link org.strategycheck.facts.Thresholds}, and one
 * fact per agency among the participants ({@link org.strategycheck.facts.AgencyAttendance}), per child
 * ({@link org.strategycheck.facts.ChildAtDiscussion}), per action ({@link org.strategycheck.facts.AgreedAction}),
 * per involved service ({@link org.strategycheck.facts.KnownService}) and per significant other
 * ({@link org.strategycheck.facts.SignificantPerson}). Participants are not facts of their own: what
 * rules ask of them, the attendance facts answer.
 *
 * <p>A fact that stands for a list entry carries its index and gives the JSON pointers a finding
 * reports ({@code pointer(...)}) and its number for a message ({@code number()}). Facts hold no
 * names or other free text (but for the bound record in {@code Discussion.content}, kept for a host
 * rule that needs a field not derived here): text is reduced to how it is {@link org.strategycheck.facts.Recorded}
 * (rule catalogue v1.1: not recorded, a placeholder, or substantive), by one definition for every rule.
 * The derivation is not API ({@code org.strategycheck.internal.facts}).
 */
package org.strategycheck.facts;
