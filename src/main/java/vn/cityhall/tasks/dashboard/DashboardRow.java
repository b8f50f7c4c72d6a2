package vn.cityhall.tasks.dashboard;

import vn.cityhall.tasks.tally.TallyCounts;

/**
 * One line of the dashboard table: a unit below (with everything under it), the unit itself, a
 * person, or the tasks held by the unit without a named person.
 *
 * @param kind what the line stands for
 * @param label the unit's or person's name
 * @param detailKey the message key of a position or a unit type, or {@code null}
 * @param unitId the unit of the line
 * @param personId the person of a person line, otherwise {@code null}
 * @param hasChildren whether a unit line can be opened one level down
 */
public record DashboardRow(Kind kind, String label, String detailKey, long unitId, Long personId, boolean hasChildren,
        TallyCounts counts) {

    public enum Kind {
        UNIT, UNIT_ITSELF, PERSON, NO_PERSON
    }

    /** The task list behind a figure of this line: a query string for {@code /tasks}, without the period. */
    public String taskQuery() {
        return switch (kind) {
            case UNIT -> "view=unit&unit=" + unitId + "&subtree=true";
            case UNIT_ITSELF, NO_PERSON -> "view=unit&unit=" + unitId;
            case PERSON -> "view=unit&unit=" + unitId + "&person=" + personId;
        };
    }
}
