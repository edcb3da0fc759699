package org.strategycheck.model;

import java.time.Instant;
import java.util.List;

/**
 * The concern that triggered the discussion.
 *
 * @param identifiedAt           when the concern was received or identified
 * @param categories             the categories of concern; never {@code null}
 * @param significantInjury      a significant physical injury is alleged or seen
 * @param recentSexualAbuse      recent sexual abuse alleged (forensic window)
 * @param referrer               the professional referrer; {@code null} when not referral-led
 * @param emergencyActionAt      when protective action was taken before any strategy discussion
 * @param allegedAbuserUnder18   the person alleged to have caused harm is a child
 */
public record Concern(
        Instant identifiedAt,
        List<ConcernCategory> categories,
        Boolean significantInjury,
        Boolean recentSexualAbuse,
        ProfessionalRef referrer,
        Instant emergencyActionAt,
        Boolean allegedAbuserUnder18) {

    /** A concern with nothing recorded. */
    public static final Concern EMPTY = new Concern(null, null, null, null, null, null, null);

    /** Normalises an absent category list to an empty one. */
    public Concern {
        categories = Lists.copy(categories);
    }

    /**
     * Shows the structure, never the free text: records end up in logs.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Concern[identifiedAt=" + identifiedAt + ", categories=" + categories + ", significantInjury=" + significantInjury + ", recentSexualAbuse=" + recentSexualAbuse + ", referrer=" + referrer + ", emergencyActionAt=" + emergencyActionAt + ", allegedAbuserUnder18=" + allegedAbuserUnder18 + "]";
    }
}
