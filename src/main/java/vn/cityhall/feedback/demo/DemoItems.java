package vn.cityhall.feedback.demo;

import static vn.cityhall.feedback.FeedbackChannel.OPERATOR;
import static vn.cityhall.feedback.FeedbackChannel.PORTAL;
import static vn.cityhall.feedback.FeedbackChannel.ZALO;
import static vn.cityhall.feedback.demo.DemoItem.Stage.ANSWERED;
import static vn.cityhall.feedback.demo.DemoItem.Stage.ANSWER_PENDING;
import static vn.cityhall.feedback.demo.DemoItem.Stage.ASSIGNED;
import static vn.cityhall.feedback.demo.DemoItem.Stage.PUBLISHED;
import static vn.cityhall.feedback.demo.DemoItem.Stage.RATED;
import static vn.cityhall.feedback.demo.DemoItem.Stage.RECEIVED;
import static vn.cityhall.feedback.demo.DemoItem.Stage.REJECTED;

import java.util.List;

/**
 * The demo's current items, mostly in Phường Hoàn Kiếm (whose division and accounts exist in demo mode), so that
 * the screening queue has work, a new item near Hồ Gươm finds likely duplicates, and every later step has an
 * example.
 */
final class DemoItems {

    private DemoItems() {
    }

    static List<DemoItem> all() {
        return List.of(
                new DemoItem(PORTAL, "HA_TANG", "00070", "Phố Hàng Gai", 21.03205, 105.85010,
                        "Đèn chiếu sáng trên phố Hàng Gai đoạn gần ngã tư Hàng Bông bị hỏng ba tối liền, đi lại rất tối.",
                        "Nguyễn Thị Hoa", 1, RECEIVED),
                new DemoItem(ZALO, "MOI_TRUONG", "00070", "Ngõ Hàng Hành", 21.03140, 105.85120,
                        "Rác thải tồn đọng ở đầu ngõ Hàng Hành hai ngày chưa được thu gom, bốc mùi hôi.",
                        "Trần Văn Nam", 0, RECEIVED),
                new DemoItem(PORTAL, "MOI_TRUONG", "00070", "Ngõ Hàng Hành", 21.03150, 105.85110,
                        "Đầu ngõ Hàng Hành rác thải để tồn đọng nhiều ngày không ai thu gom.",
                        "Lê Thị Thu", 0, RECEIVED),
                new DemoItem(OPERATOR, "TRAT_TU_XAY_DUNG", "00070", "Phố Lương Văn Can", 21.03270, 105.85030,
                        "Nhiều cửa hàng trên phố Lương Văn Can bày hàng lấn chiếm hết vỉa hè, người đi bộ phải xuống lòng đường.",
                        "Phạm Quang Huy", 1, RECEIVED),
                new DemoItem(PORTAL, "GIAO_THONG", "00070", "Ngã tư Hàng Bài - Tràng Tiền", 21.02440, 105.85290,
                        "Đèn tín hiệu giao thông ở ngã tư Hàng Bài - Tràng Tiền nhấp nháy vàng cả buổi sáng, dễ gây va chạm.",
                        "Đỗ Minh Tuấn", 0, RECEIVED),
                new DemoItem(ZALO, "HA_TANG", "00070", "Phố Hàng Trống", 21.02930, 105.85020,
                        "Nắp cống trước cửa số nhà phố Hàng Trống bị vỡ, rất nguy hiểm cho xe máy buổi tối.",
                        "Vũ Thị Mai", 1, RECEIVED),
                new DemoItem(PORTAL, "AN_NINH", "00082", "Phố Quán Sứ", 21.02560, 105.84420,
                        "Tối nào cũng có nhóm thanh niên tụ tập nẹt pô xe máy trên phố Quán Sứ sau 23 giờ.",
                        "Hoàng Văn Đức", 0, RECEIVED),
                new DemoItem(PORTAL, "KHAC", "00070", null, 21.02850, 105.85420,
                        "Đề nghị bố trí thêm ghế đá và thùng rác quanh hồ Hoàn Kiếm vào cuối tuần.",
                        "Bùi Thị Ngọc", 0, RECEIVED),
                new DemoItem(PORTAL, "HA_TANG", "00070", "Phố Hàng Bông", 21.02990, 105.84820,
                        "Vỉa hè phố Hàng Bông đoạn giữa bị lún sụt, gạch vỡ, người đi bộ dễ vấp ngã.",
                        "Ngô Văn Khánh", 1, ASSIGNED),
                new DemoItem(ZALO, "MOI_TRUONG", "00070", "Phố Hàng Bạc", 21.03450, 105.85280,
                        "Quán karaoke trên phố Hàng Bạc hát to sau 22 giờ làm ảnh hưởng người dân xung quanh.",
                        "Đặng Thị Lan", 0, ASSIGNED),
                new DemoItem(PORTAL, "Y_TE", "00070", "Phố Hàng Buồm", 21.03560, 105.85190,
                        "Cơ sở bán đồ ăn đường phố trên phố Hàng Buồm không đảm bảo vệ sinh an toàn thực phẩm.",
                        "Lý Văn Tâm", 0, ASSIGNED),
                new DemoItem(PORTAL, "HA_TANG", "00070", "Phố Đinh Tiên Hoàng", 21.03000, 105.85330,
                        "Cây xanh trên phố Đinh Tiên Hoàng có cành khô lớn có thể gãy rơi xuống đường.",
                        "Trịnh Thị Hương", 1, ANSWER_PENDING),
                new DemoItem(OPERATOR, "GIAO_THONG", "00070", "Phố Hàng Khay", 21.02620, 105.85280,
                        "Ô tô đỗ dưới lòng đường phố Hàng Khay cả ngày gây ùn tắc giờ cao điểm.",
                        "Phan Văn Long", 0, ANSWERED),
                new DemoItem(PORTAL, "MOI_TRUONG", "00070", "Phố Hàng Mã", 21.03680, 105.84950,
                        "Cống thoát nước phố Hàng Mã bốc mùi hôi thối, đề nghị nạo vét.",
                        "Hà Thị Yến", 0, PUBLISHED),
                new DemoItem(PORTAL, "HA_TANG", "00070", "Phố Hàng Đào", 21.03360, 105.85180,
                        "Đường phố Hàng Đào bị ngập sâu mỗi khi mưa lớn, nước tràn vào nhà dân. Liên hệ tôi: 0912 345 678.",
                        "Nguyễn Văn Hải", 1, RATED),
                new DemoItem(PORTAL, "DAT_DAI", "00070", null, 21.02800, 105.85000,
                        "Tôi khiếu nại quyết định thu hồi đất của gia đình tôi năm ngoái, đề nghị xem xét lại.",
                        "Cao Văn Bảo", 0, REJECTED));
    }
}
