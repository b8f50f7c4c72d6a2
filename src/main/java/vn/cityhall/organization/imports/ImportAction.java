package vn.cityhall.organization.imports;

/** What confirming an import will do with one row. */
public enum ImportAction {
    CREATE,
    UPDATE,
    UNCHANGED;

    public String messageKey() {
        return "organization.import.action." + name();
    }
}
