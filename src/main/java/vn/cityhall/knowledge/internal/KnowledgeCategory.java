package vn.cityhall.knowledge.internal;

/**
 * The categories (lĩnh vực) of questions and answers: a short list kept in code, named in the bundles as
 * {@code knowledge.category.<NAME>}, and checked by the database.
 */
public enum KnowledgeCategory {
    HO_TICH,
    CU_TRU,
    DAT_DAI,
    XAY_DUNG,
    GIAO_THONG,
    MOI_TRUONG,
    THUE,
    KINH_DOANH,
    PHAN_ANH_KIEN_NGHI,
    KHIEU_NAI_TO_CAO,
    KHAC;

    public String messageKey() {
        return "knowledge.category." + name();
    }

    /** The category of that name, or {@code null} for an unknown or missing one. */
    public static KnowledgeCategory parse(String name) {
        for (KnowledgeCategory category : values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        return null;
    }
}
