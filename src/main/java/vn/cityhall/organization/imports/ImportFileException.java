package vn.cityhall.organization.imports;

/** The file as a whole cannot be read (not UTF-8, too large, missing columns …); nothing is imported. */
class ImportFileException extends Exception {

    private final String key;
    private final transient Object[] args;

    ImportFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
