package vn.cityhall.calendar.web;

import java.io.Serial;
import java.io.Serializable;

import vn.cityhall.shared.web.FormErrors;

/**
 * The part of the calendar page that htmx refreshes: the year, its list, and the administrator's
 * override form with its errors and the last action's message.
 *
 * @param view the year, or {@code null} when the requested year is invalid
 * @param error why the year cannot be shown, or {@code null}
 * @param form the override form as last submitted (administrators only)
 * @param flash the outcome of the last action, or {@code null}
 */
public record YearSection(YearView view, String error, OverrideFormView form, Flash flash) {

    /**
     * The override form's values and errors.
     *
     * @param year the year shown when the form was sent, so an invalid form shows it again
     */
    public record OverrideFormView(String date, String kind, String note, String year, FormErrors errors) {

        static OverrideFormView empty(int year) {
            return new OverrideFormView("", "DAY_OFF", "", String.valueOf(year), FormErrors.NONE);
        }
    }

    /**
     * A message about what just happened; serializable because it lives in the session across a redirect.
     *
     * @param tone a Bootstrap contextual colour: {@code success} or {@code warning}
     * @param text the localized message
     */
    public record Flash(String tone, String text) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
