package vn.cityhall.tasks.dashboard;

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
import vn.cityhall.tasks.tally.TallyCounts;

/** The dashboard as an XLSX workbook: the units, the people and the months, each on a sheet, in the page's language. */
public final class DashboardWorkbook {

    private static final String[] FIGURES = {"assigned", "doneOnTime", "doneLate", "open", "overdue", "rate"};

    private DashboardWorkbook() {
    }

    public static void write(Dashboard dashboard, Localizer i18n, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            Sheet units = sheet(workbook, i18n.t("tasks.dashboard.sheet.units"), dashboard, i18n, bold,
                    i18n.t("tasks.dashboard.column.unit"));
            int rowIndex = 3;
            for (DashboardRow line : dashboard.units()) {
                rowIndex = line(units, rowIndex, label(line, i18n), line.counts(), percent);
            }
            line(units, rowIndex, i18n.t("tasks.dashboard.total"), dashboard.total(), percent);

            Sheet people = sheet(workbook, i18n.t("tasks.dashboard.sheet.people"), dashboard, i18n, bold,
                    i18n.t("tasks.dashboard.column.person"));
            rowIndex = 3;
            for (DashboardRow line : dashboard.people()) {
                rowIndex = line(people, rowIndex, label(line, i18n), line.counts(), percent);
            }

            Sheet months = sheet(workbook, i18n.t("tasks.dashboard.sheet.months"), dashboard, i18n, bold,
                    i18n.t("tasks.dashboard.column.month"));
            rowIndex = 3;
            for (Dashboard.Month month : dashboard.trend()) {
                rowIndex = line(months, rowIndex, DashboardPeriod.monthLabel(month.month()), month.counts(), percent);
            }
            workbook.write(out);
        }
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, Dashboard dashboard, Localizer i18n,
            CellStyle bold, String firstColumn) {
        Sheet sheet = workbook.createSheet(name);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(i18n.t("tasks.dashboard.export.title", dashboard.unit().fullName(), dashboard.period().label()));
        title.setCellStyle(bold);
        Row header = sheet.createRow(2);
        header.createCell(0).setCellValue(firstColumn);
        for (int i = 0; i < FIGURES.length; i++) {
            header.createCell(i + 1).setCellValue(i18n.t("tasks.dashboard.column." + FIGURES[i]));
        }
        for (Cell cell : header) {
            cell.setCellStyle(bold);
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int i = 1; i <= FIGURES.length; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        return sheet;
    }

    private static int line(Sheet sheet, int index, String label, TallyCounts counts, CellStyle percent) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        List<Long> values = List.of(counts.assigned(), counts.doneOnTime(), counts.doneLate(), counts.open(),
                counts.overdue());
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i + 1).setCellValue(values.get(i));
        }
        if (counts.onTimeRate() != null) {
            Cell rate = row.createCell(values.size() + 1);
            rate.setCellValue(counts.onTimeRate());
            rate.setCellStyle(percent);
        }
        return index + 1;
    }

    static String label(DashboardRow line, Localizer i18n) {
        return switch (line.kind()) {
            case UNIT_ITSELF -> i18n.t("tasks.dashboard.itself", line.label());
            case NO_PERSON -> i18n.t("tasks.dashboard.noPerson");
            case UNIT, PERSON -> line.detailKey() == null ? line.label() : line.label() + " (" + i18n.t(line.detailKey()) + ")";
        };
    }
}
