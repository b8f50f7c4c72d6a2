package vn.cityhall.organization.imports;

import java.util.List;

/** What a CSV file imports, and the columns it has. */
public enum ImportKind {

    /** Units of the tree, identified by their code. */
    UNITS("units", List.of(
            new ImportColumn("code", true, "01.SXD.QLN"),
            new ImportColumn("parent_code", true, "01.SXD"),
            new ImportColumn("type", true, "DIVISION"),
            new ImportColumn("name", true, "Phòng Quản lý nhà"),
            new ImportColumn("full_name", true, "Phòng Quản lý nhà - Sở Xây dựng"),
            new ImportColumn("short_name", true, "QLN"),
            new ImportColumn("valid_from", false, "2025-07-01"),
            new ImportColumn("valid_to", false, ""),
            new ImportColumn("sort_order", false, "3"))),

    /** Staff members and their accounts, identified by their login name. */
    PEOPLE("people", List.of(
            new ImportColumn("username", true, "nguyenvana.sxd"),
            new ImportColumn("full_name", true, "Nguyễn Văn A"),
            new ImportColumn("unit_code", true, "01.SXD.HTKT"),
            new ImportColumn("position", true, "CHUYEN_VIEN"),
            new ImportColumn("email", false, "nguyenvana@hanoi.gov.vn"),
            new ImportColumn("phone", false, "0912345678"),
            new ImportColumn("zalo_user_id", false, ""),
            new ImportColumn("roles", false, "OFFICER|REPORTER"),
            new ImportColumn("active", false, "true")));

    private final String slug;
    private final List<ImportColumn> columns;

    ImportKind(String slug, List<ImportColumn> columns) {
        this.slug = slug;
        this.columns = columns;
    }

    /** The name in URLs and file names: {@code units}, {@code people}. */
    public String slug() {
        return slug;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public String messageKey() {
        return "organization.import.kind." + slug;
    }

    static ImportKind fromSlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug.equals(slug) || kind.name().equals(slug)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * A column of an import file.
     *
     * @param example a value shown in the documentation and the template file
     */
    public record ImportColumn(String name, boolean required, String example) {

        public String descriptionKey(ImportKind kind) {
            return "organization.import." + kind.slug + ".column." + name;
        }
    }
}
