package vn.cityhall.organization.imports;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The rows of an uploaded CSV file, kept between preview and confirmation.
 *
 * @param columns the header's column names, normalized (lower case, {@code _} for spaces)
 */
record CsvTable(List<String> columns, List<Row> rows) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    boolean has(String column) {
        return columns.contains(column);
    }

    /**
     * One data row.
     *
     * @param number the row number as a spreadsheet shows it: the header is row 1
     * @param values cleaned values (NFC, trimmed) by column; blank cells are absent
     */
    record Row(int number, Map<String, String> values) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        String get(String column) {
            return values.get(column);
        }
    }
}
