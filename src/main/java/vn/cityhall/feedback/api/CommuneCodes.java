package vn.cityhall.feedback.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.organization.UnitType;

/**
 * Communes and wards by their official code (e.g. {@code 00070}), from the directory's cached unit
 * tree, so that the intake finds a commune without a query. Rebuilt whenever the directory's tree is.
 */
@Component
class CommuneCodes {

    private final OrganizationDirectory directory;
    private volatile Index index;

    CommuneCodes(OrganizationDirectory directory) {
        this.directory = directory;
    }

    private record Index(UnitTree tree, Map<String, UnitNode> byCode) {
    }

    /** The active commune or ward with this code. */
    Optional<UnitNode> commune(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().byCode().get(code.strip()))
                .filter(unit -> unit.active() && unit.type() == UnitType.COMMUNE);
    }

    /** The name of a unit, e.g. the handling unit or the commune of an item. */
    Optional<String> name(Long unitId) {
        return unitId == null ? Optional.empty() : directory.unit(UnitId.of(unitId)).map(UnitNode::name);
    }

    /** The name of the unit with this code (a department that handles a category). */
    Optional<String> nameByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().byCode().get(code)).map(UnitNode::name);
    }

    private Index current() {
        UnitTree tree = directory.units();
        Index current = index;
        if (current == null || current.tree() != tree) {
            Map<String, UnitNode> byCode = new HashMap<>();
            tree.roots().forEach(root -> tree.subtree(root.id()).forEach(id -> {
                UnitNode unit = tree.get(id);
                if (unit.code() != null) {
                    byCode.put(unit.code(), unit);
                }
            }));
            current = new Index(tree, Map.copyOf(byCode));
            index = current;
        }
        return current;
    }
}
