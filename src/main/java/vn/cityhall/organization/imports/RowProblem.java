package vn.cityhall.organization.imports;

import java.util.List;

/**
 * Why one row of an import file is invalid.
 *
 * @param row the row number as in a spreadsheet (the header is row 1)
 * @param column the column at fault, as named in the file's header
 * @param key the message key of the explanation
 * @param args the message arguments (already plain text)
 */
public record RowProblem(int row, String column, String key, List<String> args) {

    static RowProblem of(CsvTable.Row row, String column, String key, Object... args) {
        return new RowProblem(row.number(), column, key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
