package vn.cityhall.tasks.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's tasks: the scenarios a visitor tries first (an officer of Hoàn Kiếm ward with an overdue
 * task, one due today and a new one; the Department of Construction with a task to delegate), and a
 * few months of history across departments and wards for the dashboard, from a fixed random seed.
 */
final class DemoTaskSet {

    private static final String[] DEPARTMENTS = {"01.VP", "01.SNV", "01.STC", "01.SXD", "01.SQHKT", "01.SNNMT",
        "01.SGDDT", "01.SYT", "01.SVHTT", "01.SKHCN"};
    private static final String[] WARDS = {"00070", "00082", "00004", "00008", "00025", "00256", "00283", "00292",
        "00235", "00229"};
    private static final String[] TITLES = {
        "Báo cáo kết quả thực hiện Kế hoạch cải cách hành chính",
        "Rà soát, xử lý các điểm vi phạm trật tự xây dựng",
        "Tổng hợp ý kiến góp ý dự thảo Nghị quyết của HĐND thành phố",
        "Kiểm tra công tác phòng cháy, chữa cháy tại khu dân cư",
        "Báo cáo tiến độ giải ngân vốn đầu tư công",
        "Xây dựng phương án phòng, chống úng ngập mùa mưa",
        "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết",
        "Báo cáo tình hình thu ngân sách trên địa bàn",
        "Kiểm tra an toàn thực phẩm tại các chợ, bếp ăn tập thể",
        "Đề xuất danh mục dự án trọng điểm năm sau",
        "Tổ chức đối thoại với doanh nghiệp về thủ tục đất đai",
        "Báo cáo kết quả chuyển đổi số, dữ liệu dân cư",
    };

    private DemoTaskSet() {
    }

    static List<DemoTask> all() {
        List<DemoTask> tasks = new ArrayList<>(scenarios());
        tasks.addAll(history());
        return tasks;
    }

    private static List<DemoTask> scenarios() {
        return List.of(
                DemoTask.open("Kiểm tra, xử lý lấn chiếm vỉa hè phố Hàng Bông", "215/UBND-KTHTĐT", "00070",
                        "00070.KTHTDT", "canbo.hoankiem", "chutich.hoankiem", 12, -2, 40),
                DemoTask.open("Báo cáo tình hình trật tự xây dựng tháng này", "220/UBND-KTHTĐT", "00070",
                        "00070.KTHTDT", "canbo.hoankiem", "chutich.hoankiem", 6, 0, 70),
                DemoTask.open("Rà soát các điểm tập kết rác thải tự phát trên địa bàn phường", "231/UBND-KTHTĐT",
                        "00070", "00070.KTHTDT", "canbo.hoankiem", "chutich.hoankiem", 1, 4, 0),
                DemoTask.open("Chuẩn bị nội dung tiếp công dân định kỳ của Chủ tịch UBND phường", "232/UBND-VP",
                        "00070", "00070.VP", null, "chutich.hoankiem", 2, 3, 0),
                DemoTask.open("Rà soát hệ thống thoát nước các tuyến phố trọng điểm", "4512/UBND-ĐT", "01.SXD",
                        "01.SXD.HTKT", "chuyenvien.sxd", "chutich", 15, -1, 60),
                DemoTask.open("Báo cáo kết quả kiểm tra an toàn công trình nhà cao tầng", "4620/UBND-ĐT", "01.SXD",
                        null, null, "chutich", 1, 5, 0),
                DemoTask.open("Tham mưu phương án cải tạo chung cư cũ khu Kim Liên", "4633/UBND-ĐT", "01.SXD",
                        "01.SXD.HTKT", null, "phochutich", 3, 8, 10),
                DemoTask.open("Tổng hợp báo cáo phản ánh của người dân về ngập úng", "4650/UBND-KT", "01.VP",
                        null, null, "chutich", 4, -3, 20));
    }

    private static List<DemoTask> history() {
        Random random = new Random(2026);
        List<DemoTask> tasks = new ArrayList<>();
        int number = 3000;
        for (String[] units : new String[][] {DEPARTMENTS, WARDS}) {
            for (String unit : units) {
                int count = 6 + random.nextInt(6);
                for (int i = 0; i < count; i++) {
                    int daysAgo = 14 + random.nextInt(170);
                    int length = 5 + random.nextInt(11);
                    int roll = random.nextInt(100);
                    DemoTask.Outcome outcome = roll < 74 ? DemoTask.Outcome.DONE_ON_TIME
                            : roll < 88 ? DemoTask.Outcome.DONE_LATE
                            : roll < 92 ? DemoTask.Outcome.CANCELLED : DemoTask.Outcome.OPEN;
                    String assigner = units == WARDS && random.nextBoolean() ? null : random.nextInt(3) == 0
                            ? "phochutich" : "chutich";
                    boolean division = unit.equals("01.SXD") && random.nextBoolean();
                    tasks.add(new DemoTask(TITLES[random.nextInt(TITLES.length)], (number++) + "/UBND-TH", unit,
                            division ? "01.SXD.HTKT" : null, division ? "chuyenvien.sxd" : null, assigner == null ? "chutich" : assigner, daysAgo,
                            -(daysAgo * 5 / 7) + length, outcome, outcome == DemoTask.Outcome.OPEN ? 30 : 0));
                }
            }
        }
        return tasks;
    }
}
