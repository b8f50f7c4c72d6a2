package vn.cityhall.home;

import java.util.Optional;

import vn.cityhall.shared.StaffIdentity;

/**
 * Implemented by a module (as a bean) to add a section to the signed-in user's home page: their
 * items to handle and counters. Home calls every contribution and shows the non-empty ones in
 * {@link #order()}; it never knows the modules themselves.
 */
public interface WorkInboxContribution {

    /** The section for this user, or empty when the module has nothing for them. */
    Optional<WorkInboxSection> sectionFor(StaffIdentity viewer);

    /** Position on the page, ascending. */
    default int order() {
        return 100;
    }
}
