package vn.cityhall.feedback.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cityhall.shared.web.Localizer;

/** The statistics as an XLSX workbook, in the page's language: the months, communes and categories, a sheet each. */
final class StatisticsWorkbook {

    static final String[] COLUMNS = {"received", "inProgress", "answered", "notAccepted", "onTime", "late",
        "onTimeRate", "averageRating"};

    private StatisticsWorkbook() {
    }

    static void write(Figures figures, String scopeKey, Localizer i18n, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            String title = i18n.t("figures.export.title", label(figures.filter().from()), label(figures.filter().to()));
            String scope = i18n.t(scopeKey);

            Sheet months = sheet(workbook, i18n.t("figures.sheet.months"), title, scope, i18n.t("figures.column.month"),
                    i18n, bold);
            int index = 3;
            for (Figures.Month month : figures.months()) {
                index = line(months, index, month.label(), month.tally(), decimal);
            }
            line(months, index, i18n.t("figures.total"), figures.total(), decimal);

            breakdown(sheet(workbook, i18n.t("figures.sheet.communes"), title, scope,
                    i18n.t("figures.column.commune"), i18n, bold), figures.communes(), i18n, decimal);
            breakdown(sheet(workbook, i18n.t("figures.sheet.categories"), title, scope,
                    i18n.t("figures.column.category"), i18n, bold), figures.categories(), i18n, decimal);
            workbook.write(out);
        }
    }

    private static String label(java.time.YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }

    private static int breakdown(Sheet sheet, List<Breakdown> lines, Localizer i18n, CellStyle decimal) {
        int index = 3;
        for (Breakdown line : lines) {
            index = line(sheet, index, line.id() == null ? i18n.t("figures.unknown") : line.name(i18n.language()),
                    line.tally(), decimal);
        }
        return index;
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, String title, String scope, String firstColumn,
            Localizer i18n, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Cell heading = sheet.createRow(0).createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(bold);
        sheet.createRow(1).createCell(0).setCellValue(scope);
        Row header = sheet.createRow(2);
        header.createCell(0).setCellValue(firstColumn);
        for (int i = 0; i < COLUMNS.length; i++) {
            header.createCell(i + 1).setCellValue(i18n.t("figures." + COLUMNS[i]));
        }
        for (Cell cell : header) {
            cell.setCellStyle(bold);
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int i = 1; i <= COLUMNS.length; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        return sheet;
    }

    private static int line(Sheet sheet, int index, String label, Tally tally, CellStyle decimal) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        long[] counts = {tally.received(), tally.inProgress(), tally.answered(), tally.notAccepted(), tally.onTime(),
            tally.late()};
        for (int i = 0; i < counts.length; i++) {
            row.createCell(i + 1).setCellValue(counts[i]);
        }
        if (tally.onTimeRate() != null) {
            Cell rate = row.createCell(counts.length + 1);
            rate.setCellValue(Math.round(tally.onTimeRate() * 10) / 10.0);
            rate.setCellStyle(decimal);
        }
        if (tally.averageRating() != null) {
            Cell rating = row.createCell(counts.length + 2);
            rating.setCellValue(Math.round(tally.averageRating() * 10) / 10.0);
            rating.setCellStyle(decimal);
        }
        return index + 1;
    }
}
