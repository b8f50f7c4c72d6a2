package vn.cityhall.organization;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one answer, for every module, to "may this person see or act on something owned by unit U?".
 *
 * <ul>
 * <li>A person acts for their own unit.</li>
 * <li>A {@link Role#LEADER} also acts for every unit in their unit's subtree.</li>
 * <li>A {@link Role#SYSTEM_ADMIN} administers the organization (units, people, accounts) of the
 * whole city, but sees business data only as far as their other roles allow: administering the
 * platform does not grant reading citizens' feedback or documents.</li>
 * <li>Inactive people see and do nothing. Items of an inactive unit stay visible in scope (history),
 * but nobody acts on them any more, and a person whose own unit is inactive acts on nothing.</li>
 * </ul>
 */
@Component
public class AccessPolicy {

    private final Supplier<UnitTree> currentTree;

    @Autowired
    AccessPolicy(OrganizationDirectory directory) {
        this(directory::units);
    }

    AccessPolicy(Supplier<UnitTree> tree) {
        this.currentTree = tree;
    }

    /** Whether the person may see something owned by the unit. */
    public boolean maySee(StaffUser actor, UnitId owner) {
        if (actor == null || owner == null || !actor.isEnabled()) {
            return false;
        }
        return inScope(actor, owner, currentTree.get());
    }

    /** Whether the person may act on (change, assign, answer) something owned by the unit. */
    public boolean mayActOn(StaffUser actor, UnitId owner) {
        if (!maySee(actor, owner)) {
            return false;
        }
        UnitTree tree = currentTree.get();
        return tree.find(owner).map(UnitNode::active).orElse(false)
                && tree.find(actor.unit()).map(UnitNode::active).orElse(false);
    }

    /** Whether the person may administer the unit itself and its people. */
    public boolean mayAdminister(StaffUser actor, UnitId unit) {
        return actor != null && actor.isEnabled() && actor.is(Role.SYSTEM_ADMIN)
                && currentTree.get().find(unit).isPresent();
    }

    /** Every unit whose items the person may see; used to scope queries. */
    public Set<UnitId> visibleUnits(StaffUser actor) {
        if (actor == null || !actor.isEnabled()) {
            return Set.of();
        }
        UnitTree tree = currentTree.get();
        if (actor.is(Role.LEADER)) {
            return tree.subtree(actor.unit());
        }
        return tree.find(actor.unit()).isPresent() ? Set.of(actor.unit()) : Set.of();
    }

    private static boolean inScope(StaffUser actor, UnitId owner, UnitTree tree) {
        if (owner.equals(actor.unit())) {
            return tree.find(owner).isPresent();
        }
        return actor.is(Role.LEADER) && tree.isWithin(owner, actor.unit());
    }
}
