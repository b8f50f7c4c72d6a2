package vn.cityhall.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small city for policy tests:
 *
 * <pre>
 * 1 City
 * ├── 2 Department (SXD)
 * │   ├── 4 Division (HTKT)
 * │   └── 5 Division (VP), inactive
 * ├── 3 Commune (Hoàn Kiếm)
 * │   └── 6 Division (KT)
 * └── 7 Commune (Kim Anh), inactive
 * </pre>
 */
final class TestUnits {

    static final UnitId CITY = UnitId.of(1);
    static final UnitId DEPARTMENT = UnitId.of(2);
    static final UnitId COMMUNE = UnitId.of(3);
    static final UnitId DIVISION = UnitId.of(4);
    static final UnitId INACTIVE_DIVISION = UnitId.of(5);
    static final UnitId COMMUNE_DIVISION = UnitId.of(6);
    static final UnitId INACTIVE_COMMUNE = UnitId.of(7);

    private TestUnits() {
    }

    static UnitTree tree() {
        List<UnitNode> nodes = new ArrayList<>();
        nodes.add(node(CITY, null, UnitType.CITY, true, "UBND thành phố"));
        nodes.add(node(DEPARTMENT, CITY, UnitType.DEPARTMENT, true, "Sở Xây dựng"));
        nodes.add(node(COMMUNE, CITY, UnitType.COMMUNE, true, "Phường Hoàn Kiếm"));
        nodes.add(node(DIVISION, DEPARTMENT, UnitType.DIVISION, true, "Phòng HTKT"));
        nodes.add(node(INACTIVE_DIVISION, DEPARTMENT, UnitType.DIVISION, false, "Văn phòng Sở"));
        nodes.add(node(COMMUNE_DIVISION, COMMUNE, UnitType.DIVISION, true, "Phòng Kinh tế"));
        nodes.add(node(INACTIVE_COMMUNE, CITY, UnitType.COMMUNE, false, "Xã Kim Anh"));
        return new UnitTree(nodes);
    }

    static UnitNode node(UnitId id, UnitId parent, UnitType type, boolean active, String name) {
        return new UnitNode(id, parent, "C" + id.value(), name, name, "X", type, active, null, null,
                (int) id.value());
    }

    static StaffUser staff(UnitId unit, Role... roles) {
        return staff(unit, true, roles);
    }

    static StaffUser staff(UnitId unit, boolean active, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return new StaffUser(100 + unit.value(), unit.value(), "user" + unit.value(), "{noop}x", "Người dùng",
                "Đơn vị", Position.CHUYEN_VIEN, set, active, null, false);
    }
}
