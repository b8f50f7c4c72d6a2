package vn.cityhall.feedback.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.organization.UnitType;

/**
 * Units by id and by official code (a commune's, e.g. {@code 00070}; a department's), from the
 * directory's unit tree, kept for a minute as the directory keeps it. Asking the directory on every
 * request would cost a transaction and a pooled connection each time (its methods are transactional),
 * which the intake cannot afford at hundreds of submissions a second.
 */
@Component
class CommuneCodes {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final OrganizationDirectory directory;
    private final Clock clock;
    private volatile Index index;

    CommuneCodes(OrganizationDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    private record Index(Map<String, UnitNode> byCode, Map<Long, UnitNode> byId, Instant loadedAt) {
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
        return unitId == null ? Optional.empty() : Optional.ofNullable(current().byId().get(unitId)).map(UnitNode::name);
    }

    /** The name of the unit with this code (a department that handles a category). */
    Optional<String> nameByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().byCode().get(code)).map(UnitNode::name);
    }

    private Index current() {
        Instant now = clock.instant();
        Index current = index;
        if (current == null || !current.loadedAt().plus(MAX_AGE).isAfter(now)) {
            UnitTree tree = directory.units();
            Map<String, UnitNode> byCode = new HashMap<>();
            Map<Long, UnitNode> byId = new HashMap<>();
            tree.roots().forEach(root -> tree.subtree(root.id()).forEach(id -> {
                UnitNode unit = tree.get(id);
                byId.put(unit.id().value(), unit);
                if (unit.code() != null) {
                    byCode.put(unit.code(), unit);
                }
            }));
            current = new Index(Map.copyOf(byCode), Map.copyOf(byId), now);
            index = current;
        }
        return current;
    }
}
