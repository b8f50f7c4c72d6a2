package vn.cityhall.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What Hanoi's citizens write: an issue of the item's category at an address on a real street of the
 * city, how long it has lasted, what it causes and what they ask for; and the commune's or department's
 * answer. No person's name appears, so the published (masked) text is the text with the house number
 * left out.
 */
final class FeedbackTexts {

    /** A text as sent and as published (without the house number). */
    record Text(String sent, String published, String address) {
    }

    static final List<String> STREETS = List.of("Hàng Bông", "Hàng Gai", "Hàng Bạc", "Đinh Tiên Hoàng", "Tràng Tiền",
            "Lý Thường Kiệt", "Phan Đình Phùng", "Kim Mã", "Giảng Võ", "Láng Hạ", "Nguyễn Chí Thanh", "Tây Sơn", "Xã Đàn",
            "Đê La Thành", "Giải Phóng", "Trường Chinh", "Minh Khai", "Kim Ngưu", "Lạc Trung", "Nguyễn Trãi",
            "Lê Văn Lương", "Tố Hữu", "Phạm Văn Đồng", "Hoàng Quốc Việt", "Cầu Giấy", "Xuân Thủy", "Trần Duy Hưng",
            "Nguyễn Văn Cừ", "Ngọc Lâm", "Lạc Long Quân", "Âu Cơ", "Thụy Khuê", "Hoàng Hoa Thám", "Văn Cao", "Đội Cấn",
            "Nguyễn Thái Học", "Tôn Đức Thắng", "Khâm Thiên", "Lê Duẩn", "Bà Triệu", "Phố Huế", "Trần Khát Chân",
            "Nguyễn Khoái", "Tam Trinh", "Lĩnh Nam", "Nguyễn Xiển", "Khuất Duy Tiến", "Lê Trọng Tấn", "Quang Trung",
            "Phùng Hưng", "Vạn Phúc", "Mỹ Đình", "Hồ Tùng Mậu", "Trung Kính", "Hoàng Đạo Thúy", "Nguyễn Lương Bằng",
            "Tôn Thất Tùng", "Chùa Bộc", "Thái Hà", "Yên Phụ");

    private static final List<String> VILLAGES = List.of("thôn Đông", "thôn Đoài", "thôn Thượng", "thôn Hạ",
            "thôn Trung", "xóm Mới", "thôn Phú Mỹ", "thôn An Lạc", "thôn Yên Sở", "thôn Đại Đồng");

    /** Issues by category code; each reads after "tại <address>". */
    private static final Map<String, List<String>> ISSUES = Map.of(
            "HA_TANG", List.of("đường ngập sâu sau mỗi trận mưa, nước tràn vào nhà dân",
                    "mặt đường xuất hiện nhiều ổ gà, ổ voi", "đèn chiếu sáng hỏng nhiều ngày, buổi tối tối om",
                    "nắp hố ga bị mất, rất nguy hiểm", "cống thoát nước bị tắc, bốc mùi hôi thối",
                    "vỉa hè bị sụt lún, bong tróc gạch", "cây xanh có nguy cơ gãy đổ",
                    "nước sinh hoạt chập chờn, có ngày mất hẳn", "dây điện, cáp viễn thông chằng chịt, sà xuống thấp",
                    "đường ngập úng cục bộ, xe máy chết máy giữa đường"),
            "GIAO_THONG", List.of("đèn tín hiệu giao thông hỏng", "ùn tắc kéo dài vào giờ cao điểm",
                    "ô tô đỗ sai quy định chắn lối đi", "biển báo giao thông bị cây che khuất",
                    "xe tải chạy quá tốc độ trong khu dân cư", "vạch kẻ đường cho người đi bộ bị mờ"),
            "TRAT_TU_XAY_DUNG", List.of("lấn chiếm vỉa hè để kinh doanh", "xây dựng không phép, sai phép",
                    "công trình xây dựng không che chắn, vật liệu rơi vãi", "quán ăn lấn chiếm lòng đường",
                    "trông giữ xe trái phép trên vỉa hè", "cơi nới ban công lấn ra không gian chung"),
            "MOI_TRUONG", List.of("rác thải tồn đọng nhiều ngày không được thu gom", "đốt rác gây ô nhiễm khói bụi",
                    "tiếng ồn từ quán karaoke sau 22 giờ", "nước thải chảy tràn ra đường", "mùi hôi từ điểm tập kết rác",
                    "xả thải xuống mương, ao hồ", "bụi từ xe chở vật liệu không phủ bạt"),
            "DAT_DAI", List.of("lấn chiếm đất công làm nhà tạm", "san lấp ao, đất nông nghiệp trái phép",
                    "chậm cấp giấy chứng nhận quyền sử dụng đất", "đổ phế thải trên đất trống"),
            "AN_NINH", List.of("thanh thiếu niên tụ tập gây mất trật tự ban đêm", "đua xe trái phép vào đêm khuya",
                    "mất trộm xe máy nhiều lần", "đánh bạc công khai"),
            "Y_TE", List.of("cơ sở kinh doanh thực phẩm không bảo đảm vệ sinh",
                    "chưa phun thuốc diệt muỗi dù có nhiều ca sốt xuất huyết", "phòng khám tư nhân hoạt động không phép"),
            "GIAO_DUC", List.of("nhà trường thu các khoản ngoài quy định", "cổng trường ùn tắc giờ tan học",
                    "kế hoạch tuyển sinh đầu cấp chưa được công khai"),
            "THU_TUC_HANH_CHINH", List.of("hồ sơ giải quyết chậm so với giấy hẹn",
                    "bộ phận một cửa yêu cầu bổ sung giấy tờ không có trong quy định",
                    "dịch vụ công trực tuyến bị lỗi khi nộp hồ sơ"),
            "KHAC", List.of("vườn hoa thiếu ghế đá và thiết bị tập thể dục", "chó thả rông không rọ mõm",
                    "loa phát thanh phát quá to vào sáng sớm"));

    private static final List<String> OPENINGS = List.of("", "", "Kính gửi UBND %s. ", "Tôi là người dân sống tại %s. ",
            "Kính đề nghị UBND %s quan tâm. ");

    private static final List<String> DURATIONS = List.of("Tình trạng này đã kéo dài %d tuần nay.",
            "Đã %d tháng nay chưa được khắc phục.", "Người dân đã phản ánh %d lần nhưng chưa được xử lý dứt điểm.",
            "Sự việc xảy ra từ %d ngày trước.");

    private static final List<String> EFFECTS = List.of("Gây ảnh hưởng lớn đến sinh hoạt của người dân.",
            "Rất nguy hiểm cho người đi đường, nhất là trẻ em và người già.", "Gây mất mỹ quan đô thị.",
            "Các hộ dân xung quanh rất bức xúc.", "");

    private static final List<String> PLEAS = List.of("Đề nghị các cơ quan chức năng sớm kiểm tra, xử lý.",
            "Kính mong chính quyền quan tâm giải quyết. Xin cảm ơn.", "Đề nghị xử lý dứt điểm, tránh tái diễn.",
            "Mong được trả lời sớm.");

    private static final List<String> RESULTS = List.of("đã khắc phục xong, hiện trạng đã được hoàn trả",
            "đã lập biên bản, yêu cầu chấm dứt vi phạm và khôi phục hiện trạng",
            "đã giao đơn vị quản lý hạ tầng sửa chữa, hoàn thành trong tuần",
            "đã đưa vào kế hoạch duy tu, sửa chữa của quý tới", "đã phối hợp với công an phường tăng cường kiểm tra",
            "đã bố trí lực lượng thu gom, vệ sinh môi trường");

    private FeedbackTexts() {
    }

    /** A commune's or ward's text at a street of the city (a village for a rural commune). */
    static Text text(String categoryCode, String communeName, boolean ward, SplittableRandom random) {
        String street = pick(STREETS, random);
        String place;
        String publicPlace;
        if (ward) {
            int house = 1 + random.nextInt(300);
            place = random.nextInt(3) == 0 ? "số %d ngõ %d phố %s".formatted(house, 1 + random.nextInt(200), street)
                    : "trước số %d đường %s".formatted(house, street);
            publicPlace = "đường " + street;
        } else {
            place = pick(VILLAGES, random) + ", " + lowerFirst(communeName);
            publicPlace = place;
        }
        String issue = pick(ISSUES.getOrDefault(categoryCode, ISSUES.get("KHAC")), random);
        String opening = pick(OPENINGS, random);
        String effect = pick(EFFECTS, random);
        String rest = upperFirst(issue) + ". " + pick(DURATIONS, random).formatted(1 + random.nextInt(6)) + " "
                + (effect.isEmpty() ? "" : effect + " ") + pick(PLEAS, random);
        String address = ward ? place + ", " + lowerFirst(communeName) : place;
        String open = opening.isEmpty() ? "" : opening.formatted(lowerFirst(communeName));
        return new Text(open + "Tại " + place + ": " + rest, open + "Tại " + publicPlace + ": " + rest, address);
    }

    /** The unit's answer on a day ({@code dd/MM/yyyy}). */
    static String answer(String unitName, String day, SplittableRandom random) {
        return "Sau khi tiếp nhận phản ánh, " + unitName + " đã kiểm tra thực tế và chỉ đạo xử lý. Đến ngày " + day
                + ", nội dung phản ánh " + pick(RESULTS, random) + ". Trân trọng cảm ơn ông/bà đã phản ánh.";
    }

    static String ratingComment(int stars) {
        return stars >= 4 ? "Cảm ơn chính quyền đã xử lý nhanh." : stars == 3 ? "Đã xử lý nhưng còn chậm."
                : "Chưa xử lý dứt điểm, tình trạng vẫn tái diễn.";
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
