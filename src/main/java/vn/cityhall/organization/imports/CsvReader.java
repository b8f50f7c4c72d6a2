package vn.cityhall.organization.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.cityhall.organization.imports.ImportKind.ImportColumn;
import vn.cityhall.shared.Texts;

/**
 * Reads an uploaded CSV file: UTF-8 with or without a byte order mark, separated by commas or by
 * semicolons (as Excel writes CSV in Vietnamese and other locales that use a decimal comma), with a
 * header row naming the columns. Checks the file as a whole; the rows are checked by the planners.
 */
final class CsvReader {

    /** The largest file accepted. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most data rows accepted. */
    static final int MAX_ROWS = 20_000;

    private CsvReader() {
    }

    static CsvTable read(byte[] bytes, ImportKind kind) throws ImportFileException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileException("organization.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportFileException("organization.import.file.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = null;
            List<CsvTable.Row> rows = new ArrayList<>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (columns == null) {
                    columns = header(record, kind);
                    continue;
                }
                Map<String, String> values = values(record, columns);
                if (values.isEmpty()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new ImportFileException("organization.import.file.tooManyRows", MAX_ROWS);
                }
                rows.add(new CsvTable.Row(number, Map.copyOf(values)));
            }
            if (rows.isEmpty()) {
                throw new ImportFileException("organization.import.file.noRows");
            }
            return new CsvTable(List.copyOf(columns), List.copyOf(rows));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("organization.import.file.malformed", e.getMessage());
        }
    }

    private static String decode(byte[] bytes) throws ImportFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("organization.import.file.notUtf8");
        }
    }

    /** Semicolons when the header line has more of them than commas. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> header(CSVRecord record, ImportKind kind) throws ImportFileException {
        List<String> columns = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        kind.columns().forEach(column -> known.add(column.name()));
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : record) {
            String column = normalize(raw);
            if (column.isEmpty()) {
                columns.add("");
                continue;
            }
            if (!known.contains(column)) {
                throw new ImportFileException("organization.import.file.unknownColumn", raw, String.join(", ", known));
            }
            if (!seen.add(column)) {
                throw new ImportFileException("organization.import.file.duplicateColumn", column);
            }
            columns.add(column);
        }
        List<String> missing = kind.columns().stream().filter(ImportColumn::required).map(ImportColumn::name)
                .filter(name -> !seen.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("organization.import.file.missingColumns", String.join(", ", missing));
        }
        return columns;
    }

    private static Map<String, String> values(CSVRecord record, List<String> columns) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < record.size() && i < columns.size(); i++) {
            String value = Texts.cleanOrNull(record.get(i));
            if (value != null && !columns.get(i).isEmpty()) {
                values.put(columns.get(i), value);
            }
        }
        return values;
    }

    /** "Parent Code" and "parent-code" both mean {@code parent_code}. */
    private static String normalize(String column) {
        String cleaned = Texts.clean(column == null ? "" : column).replace("\uFEFF", "");
        return cleaned.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
