package vn.cityhall.calendar;

import java.time.LocalDate;

/** One month of a lunar year: its number, whether it is the leap month, its days. */
record LunarMonth(int year, int number, boolean leap, LocalDate firstDay, int length) {

    LocalDate lastDay() {
        return firstDay.plusDays(length - 1L);
    }
}
