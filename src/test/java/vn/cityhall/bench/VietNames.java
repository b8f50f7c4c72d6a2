package vn.cityhall.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Vietnamese full names (family, middle and given name) with roughly the real spread of family
 * names: about four in ten Vietnamese are called Nguyễn.
 */
final class VietNames {

    private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Tạ", "Lương", "Chu",
            "Kiều", "Quách" };

    /** Percent of people per family name above, the rest spread over the tail. */
    private static final int[] FAMILY_WEIGHT = { 38, 11, 9, 7, 4, 1, 4, 3, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1 };

    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh",
            "Xuân", "Tuấn", "Mạnh", "Ngọc", "Việt", "Trọng", "Đình", "Anh");

    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thu", "Thanh", "Ngọc", "Minh", "Phương",
            "Thúy", "Hồng", "Kim", "Mai", "Bích", "Thảo", "Diệu", "Hải");

    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải",
            "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Quang",
            "Sơn", "Thắng", "Thành", "Trung", "Tú", "Tuấn", "Việt", "Vinh", "Hưng", "Lâm", "Toàn", "Kiên");

    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng",
            "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh",
            "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Nga", "Hiền", "Thư");

    private static final int FAMILY_TOTAL = java.util.Arrays.stream(FAMILY_WEIGHT).sum();

    private VietNames() {
    }

    static String fullName(SplittableRandom random) {
        int pick = random.nextInt(FAMILY_TOTAL);
        int family = 0;
        while (pick >= FAMILY_WEIGHT[family]) {
            pick -= FAMILY_WEIGHT[family++];
        }
        boolean female = random.nextBoolean();
        List<String> middle = female ? FEMALE_MIDDLE : MALE_MIDDLE;
        List<String> given = female ? FEMALE_GIVEN : MALE_GIVEN;
        return FAMILY[family] + " " + middle.get(random.nextInt(middle.size())) + " "
                + given.get(random.nextInt(given.size()));
    }
}
