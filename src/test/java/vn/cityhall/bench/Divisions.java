package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Adds divisions (phòng, ban, văn phòng) below the departments and a few large wards, named as
 * after the 2025 reform, with codes {@code <parent code>.P01}, {@code .P02}... A division whose name
 * already exists under the parent (the demo divisions) is not added again, so reruns add nothing.
 */
final class Divisions {

    private static final Map<String, List<String>> OF_DEPARTMENT = Map.ofEntries(
            Map.entry("01.VP", List.of("Phòng Kinh tế", "Phòng Đô thị", "Phòng Nội chính", "Phòng Khoa giáo - Văn xã")),
            Map.entry("01.SNV", List.of("Văn phòng Sở", "Phòng Xây dựng chính quyền", "Phòng Công chức, viên chức")),
            Map.entry("01.STC", List.of("Văn phòng Sở", "Phòng Quản lý ngân sách", "Phòng Đầu tư")),
            Map.entry("01.SXD", List.of("Phòng Quản lý xây dựng", "Phòng Phát triển đô thị",
                    "Phòng Quản lý nhà và thị trường bất động sản")),
            Map.entry("01.SQHKT", List.of("Văn phòng Sở", "Phòng Quy hoạch tổng hợp", "Phòng Kiến trúc")),
            Map.entry("01.SNNMT", List.of("Văn phòng Sở", "Phòng Quản lý đất đai", "Phòng Quản lý môi trường")),
            Map.entry("01.SKHCN", List.of("Văn phòng Sở", "Phòng Chuyển đổi số", "Phòng Quản lý công nghệ")),
            Map.entry("01.SCT", List.of("Văn phòng Sở", "Phòng Quản lý thương mại", "Phòng Quản lý năng lượng")),
            Map.entry("01.SYT", List.of("Văn phòng Sở", "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược")),
            Map.entry("01.SGDDT", List.of("Văn phòng Sở", "Phòng Giáo dục phổ thông", "Phòng Giáo dục mầm non")),
            Map.entry("01.SVHTT", List.of("Văn phòng Sở", "Phòng Quản lý văn hóa", "Phòng Quản lý thể dục thể thao")),
            Map.entry("01.SDL", List.of("Văn phòng Sở", "Phòng Quản lý lữ hành", "Phòng Xúc tiến du lịch")),
            Map.entry("01.STP", List.of("Văn phòng Sở", "Phòng Xây dựng và kiểm tra văn bản", "Phòng Hành chính tư pháp")),
            Map.entry("01.SDTTG", List.of("Văn phòng Sở", "Phòng Công tác dân tộc", "Phòng Quản lý tôn giáo")),
            Map.entry("01.TTTP", List.of("Văn phòng", "Phòng Thanh tra 1", "Phòng Tiếp công dân, xử lý đơn",
                    "Phòng Phòng, chống tham nhũng")),
            Map.entry("01.BQLKCN", List.of("Văn phòng Ban", "Phòng Quản lý doanh nghiệp", "Phòng Quy hoạch xây dựng")));

    /** Wards that get the three divisions of a ward People's Committee (Decree 150/2025), like Hoàn Kiếm. */
    private static final List<String> LARGE_WARDS = List.of("00082", "00004", "00235", "00256");

    private static final List<String> OF_WARD = List.of("Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Phòng Văn hóa - Xã hội");

    private Divisions() {
    }

    /** Adds what is missing; returns how many divisions were added. */
    static int add(Connection db) throws SQLException {
        Org org = Org.load(db);
        int added = 0;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into organization_unit (code, name, full_name, short_name, type, parent_id, active, valid_from,
                    sort_order, version)
                values (?, ?, ?, ?, 'DIVISION', ?, true, date '2025-07-01', ?, 0)""")) {
            for (var entry : OF_DEPARTMENT.entrySet()) {
                added += add(insert, org, org.byCode.get(entry.getKey()), entry.getValue(), " - ");
            }
            for (String ward : LARGE_WARDS) {
                added += add(insert, org, org.byCode.get(ward), OF_WARD, " ");
            }
            insert.executeBatch();
        }
        return added;
    }

    private static int add(PreparedStatement insert, Org org, Org.Unit parent, List<String> names, String joiner)
            throws SQLException {
        if (parent == null) {
            return 0;
        }
        int added = 0;
        int number = 1;
        for (String name : names) {
            if (parent.children.stream().anyMatch(child -> child.name.equals(name))) {
                continue;
            }
            String code;
            do {
                code = parent.code + ".P%02d".formatted(number++);
            } while (org.byCode.containsKey(code));
            String parentName = joiner.equals(" ") ? lowerFirst(parent.name) : parent.name;
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setString(3, name + joiner + parentName);
            insert.setString(4, shortName(name));
            insert.setLong(5, parent.id);
            insert.setInt(6, number);
            insert.addBatch();
            added++;
        }
        return added;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Initials of the significant words: "Phòng Quản lý đô thị" becomes "QLĐT". */
    static String shortName(String name) {
        if (name.startsWith("Văn phòng")) {
            return "VP";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.replace("Phòng ", "").split("[ ,\\-]+")) {
            if (!word.isEmpty() && !word.equals("và")) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.length() > 12 ? initials.substring(0, 12) : initials.toString();
    }
}
