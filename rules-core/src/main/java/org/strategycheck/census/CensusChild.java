package org.strategycheck.census;

import java.util.List;
import java.util.Objects;

/**
 * One {@code Child} of a census, as much of it as this package reads: its position, its
 * identifier held as a {@link ChildKey} (never shown), and its section 47 enquiries. UPNs,
 * dates of birth and the child's characteristics are read past and never kept.
 *
 * @param position  its position in the file, from 1
 * @param key       its {@code LAchildID}, to match and never to show
 * @param enquiries its enquiries in file order; possibly none
 */
public record CensusChild(int position, ChildKey key, List<CensusEnquiry> enquiries) {

    /** Checks and copies the components. */
    public CensusChild {
        if (position < 1) {
            throw new IllegalArgumentException("positions count from 1");
        }
        Objects.requireNonNull(key, "key");
        enquiries = List.copyOf(enquiries);
    }
}
