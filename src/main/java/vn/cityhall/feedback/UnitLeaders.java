package vn.cityhall.feedback;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitType;

/**
 * Who leads the unit handling an item: its own leaders, or, for a division without one, the leaders of the
 * nearest unit above it up to its ward or department (who approve the division's answers).
 */
@Component
class UnitLeaders {

    private final OrganizationDirectory directory;

    UnitLeaders(OrganizationDirectory directory) {
        this.directory = directory;
    }

    Set<Long> of(long unitId) {
        UnitId unit = UnitId.of(unitId);
        while (unit != null) {
            Set<Long> leaders = directory.leadersOf(unit).stream().map(person -> person.id().value())
                    .collect(Collectors.toSet());
            UnitNode node = directory.unit(unit).orElse(null);
            if (!leaders.isEmpty() || node == null || node.type() == UnitType.DEPARTMENT
                    || node.type() == UnitType.COMMUNE) {
                return leaders;
            }
            unit = node.parentId();
        }
        return Set.of();
    }
}
