package vn.cityhall.calendar.web;

import java.util.List;

/**
 * A year of the working calendar as the page shows it; every text already localized.
 *
 * @param previousYear the year before, or {@code null} at the first supported year
 * @param nextYear the year after, or {@code null} at the last supported year
 * @param weekdays short weekday names, Monday first, for the grid headers
 * @param weekdayNames full weekday names, Monday first, for screen readers
 * @param entries the year's holidays, compensatory days and overrides, in date order
 */
public record YearView(int year, Integer previousYear, Integer nextYear, List<String> weekdays,
        List<String> weekdayNames, List<LegendItem> legend, List<MonthView> months, List<EntryRow> entries) {

    /** One month grid: weeks of seven cells, Monday first, {@code null} outside the month. */
    public record MonthView(int number, String name, List<List<DayCell>> weeks) {
    }

    /**
     * One day of a month grid.
     *
     * @param kind the CSS name of the day's kind, e.g. {@code holiday}
     * @param icon a Bootstrap Icons name, or {@code null} for ordinary days
     * @param title what the day is, in words (also for screen readers)
     * @param lunar the lunar date in small text, or {@code null}
     */
    public record DayCell(int day, String kind, String icon, String title, String lunar, boolean today) {
    }

    /** One kind of day in the legend. */
    public record LegendItem(String kind, String icon, String label) {
    }

    /**
     * One line of the list below the grid.
     *
     * @param isoDate the date as {@code 2026-04-27}, for the remove action
     * @param overridden whether an override decides the day (an administrator may remove it)
     */
    public record EntryRow(String isoDate, String date, String weekday, String name, String kind, String icon,
            String kindLabel, String lunar, String note, boolean overridden) {
    }
}
