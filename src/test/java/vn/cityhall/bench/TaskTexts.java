package vn.cityhall.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Titles, descriptions, results and references that read like a Hanoi administration's work. */
final class TaskTexts {

    private static final List<String> PROJECTS = List.of("đường Vành đai 4 - Vùng Thủ đô", "cầu Trần Hưng Đạo",
            "đường Vành đai 2,5 đoạn Đầm Hồng - Quốc lộ 1A", "tuyến đường sắt đô thị số 5 Văn Cao - Hòa Lạc",
            "cải tạo, chỉnh trang không gian phố Đinh Tiên Hoàng", "trường THCS Phan Chu Trinh", "mở rộng Quốc lộ 6",
            "cầu Tứ Liên", "cải tạo công viên Thống Nhất", "khu tái định cư Đông Anh", "nâng cấp đê tả sông Hồng",
            "xây dựng trạm xử lý nước thải Yên Xá", "đường nối cầu Thăng Long với Nội Bài",
            "cải tạo chung cư cũ khu Giảng Võ", "bệnh viện đa khoa Mê Linh", "trục không gian Hồ Tây - Ba Vì");

    private static final List<String> ISSUES = List.of("lấn chiếm vỉa hè, lòng đường", "rác thải tồn đọng",
            "tiếng ồn từ công trình xây dựng ban đêm", "ngập úng cục bộ sau mưa", "hư hỏng mặt đường",
            "đèn chiếu sáng công cộng không hoạt động", "cây xanh có nguy cơ gãy đổ", "xây dựng không phép",
            "ô nhiễm không khí do đốt rác", "nước thải chảy tràn ra đường", "trông giữ xe trái phép",
            "quảng cáo rao vặt sai quy định", "nắp hố ga bị mất", "kinh doanh karaoke gây ồn sau 22 giờ",
            "bán hàng rong cản trở giao thông", "cấp nước sinh hoạt chập chờn");

    private static final List<String> TOPICS = List.of("công tác cải cách hành chính", "chuyển đổi số",
            "phòng cháy, chữa cháy", "an toàn thực phẩm", "quản lý trật tự xây dựng", "bảo vệ môi trường",
            "thu ngân sách nhà nước", "giải ngân vốn đầu tư công", "phòng, chống thiên tai", "an sinh xã hội",
            "sắp xếp đơn vị hành chính", "giải quyết thủ tục hành chính", "phát triển kinh tế tư nhân",
            "quản lý đất đai", "phòng, chống dịch bệnh", "chỉnh trang đô thị");

    private static final List<String> SENDERS = List.of("Bộ Xây dựng", "Bộ Tài chính", "Văn phòng Chính phủ",
            "Bộ Nội vụ", "Thanh tra Chính phủ", "Bộ Nông nghiệp và Môi trường", "Ban Tiếp công dân Trung ương",
            "Đoàn đại biểu Quốc hội thành phố", "Ủy ban MTTQ Việt Nam thành phố", "Công an thành phố");

    private static final List<String> DOC_SUFFIXES = List.of("UBND-ĐT", "UBND-KT", "UBND-KGVX", "UBND-NC",
            "UBND-TH", "UBND-TCD", "VP-ĐT", "VP-KT");

    private static final List<String> RESULTS = List.of("Đã hoàn thành, có báo cáo kết quả gửi UBND thành phố.",
            "Đã kiểm tra, xử lý dứt điểm; lập biên bản vi phạm hành chính theo quy định.",
            "Đã trả lời công dân bằng văn bản, công dân đồng ý với kết quả giải quyết.",
            "Đã tổ chức thực hiện, kết quả đạt yêu cầu đề ra.",
            "Đã tham mưu văn bản trình UBND thành phố ký ban hành.",
            "Đã phối hợp với các đơn vị liên quan khắc phục xong.");

    private static final List<String> CANCEL_REASONS = List.of("Nội dung đã được giải quyết theo văn bản khác.",
            "Trùng với nhiệm vụ đã giao trước đó.", "Không còn phù hợp do điều chỉnh chủ trương.",
            "Phản ánh không thuộc thẩm quyền, đã chuyển cơ quan có thẩm quyền giải quyết.");

    private TaskTexts() {
    }

    /** A title for a task of this source kind at this place (a commune's name), assigned in this year. */
    static String title(String kind, String place, int year, SplittableRandom random) {
        return switch (kind) {
            case "feedback.handling" -> (random.nextInt(3) == 0 ? "Giải quyết kiến nghị của người dân về "
                    : "Xử lý phản ánh về ") + pick(ISSUES, random) + " tại " + place;
            case "documents.processing" -> (random.nextBoolean() ? "Tham mưu trả lời văn bản của " : "Xử lý văn bản của ")
                    + pick(SENDERS, random) + " về " + pick(TOPICS, random);
            case "meetings.conclusion" -> "Thực hiện kết luận cuộc họp giao ban về " + pick(TOPICS, random);
            case "reporting.submission" -> "Gửi báo cáo " + (random.nextBoolean() ? "tháng" : "quý") + " về "
                    + pick(TOPICS, random);
            default -> switch (random.nextInt(7)) {
                case 0 -> "Báo cáo tình hình giải phóng mặt bằng dự án " + pick(PROJECTS, random);
                case 1 -> "Đôn đốc tiến độ dự án " + pick(PROJECTS, random);
                case 2 -> "Rà soát, tổng hợp số liệu về " + pick(TOPICS, random) + " tại " + place;
                case 3 -> "Tham mưu kế hoạch triển khai " + pick(TOPICS, random) + " năm " + year;
                case 4 -> "Kiểm tra, xử lý vi phạm trật tự xây dựng tại " + place;
                case 5 -> "Xây dựng báo cáo sơ kết 6 tháng về " + pick(TOPICS, random);
                default -> "Chuẩn bị nội dung làm việc với " + pick(SENDERS, random) + " về " + pick(TOPICS, random);
            };
        };
    }

    /** What people call the source item: a document number, a feedback or report code. */
    static String reference(String kind, long number, int year) {
        return switch (kind) {
            case "feedback.handling" -> "PA-%d-%06d".formatted(year, number);
            case "reporting.submission" -> "BC-%d-%05d".formatted(year, number);
            case "meetings.conclusion" -> "%d/TB-UBND".formatted(number % 2000 + 1);
            default -> "%d/%s".formatted(number % 9000 + 1, DOC_SUFFIXES.get((int) (number % DOC_SUFFIXES.size())));
        };
    }

    static String description(String unitName, String dueText, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> "Đề nghị " + unitName + " khẩn trương triển khai, báo cáo kết quả trước ngày " + dueText + ".";
            case 1 -> "Giao " + unitName + " chủ trì, phối hợp với các đơn vị liên quan thực hiện; báo cáo UBND thành phố"
                    + " trước ngày " + dueText + ".";
            default -> null;
        };
    }

    static String result(SplittableRandom random) {
        return pick(RESULTS, random);
    }

    static String cancelReason(SplittableRandom random) {
        return pick(CANCEL_REASONS, random);
    }

    private static String pick(List<String> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
