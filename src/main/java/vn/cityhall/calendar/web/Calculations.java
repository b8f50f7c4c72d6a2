package vn.cityhall.calendar.web;

import vn.cityhall.shared.web.FormErrors;

/** The state of the two working-day calculators on the calendar page. */
public final class Calculations {

    private Calculations() {
    }

    /**
     * "Start date plus N working days", as typed, with its errors or its result.
     *
     * @param year the year shown on the page, kept when the calculator is used without JavaScript
     * @param result the localized answer, or {@code null}
     */
    public record AddCalculation(String start, String days, String year, FormErrors errors, String result) {

        static AddCalculation empty(int year) {
            return new AddCalculation("", "", String.valueOf(year), FormErrors.NONE, null);
        }
    }

    /**
     * "Working days between two dates", as typed, with its errors or its result.
     *
     * @param year the year shown on the page, kept when the calculator is used without JavaScript
     * @param result the localized answer, or {@code null}
     */
    public record BetweenCalculation(String from, String to, String year, FormErrors errors, String result) {

        static BetweenCalculation empty(int year) {
            return new BetweenCalculation("", "", String.valueOf(year), FormErrors.NONE, null);
        }
    }
}
