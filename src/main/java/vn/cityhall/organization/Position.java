package vn.cityhall.organization;

/** Chức vụ: a person's position, shown beside their name and used on document signatures. */
public enum Position {
    CHU_TICH,
    PHO_CHU_TICH,
    GIAM_DOC,
    PHO_GIAM_DOC,
    CHANH_VAN_PHONG,
    PHO_CHANH_VAN_PHONG,
    CHANH_THANH_TRA,
    PHO_CHANH_THANH_TRA,
    TRUONG_BAN,
    PHO_TRUONG_BAN,
    TRUONG_PHONG,
    PHO_TRUONG_PHONG,
    CHUYEN_VIEN,
    CONG_CHUC,
    VAN_THU,
    NHAN_VIEN;

    public String messageKey() {
        return "organization.position." + name();
    }
}
