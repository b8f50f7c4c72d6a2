package vn.cityhall.calendar;

/** What a day is in the working calendar, in order of precedence: an override wins. */
public enum DayKind {

    /** An ordinary working day. */
    WORKING,
    /** A weekly rest day (Saturday or Sunday by default). */
    WEEKEND,
    /** A public holiday by the rules; {@link CalendarDay#holiday()} says which. */
    HOLIDAY,
    /**
     * A compensatory day (nghỉ bù): the working day after a holiday that fell on a weekly rest
     * day (Labour Code 2019, Art. 111(3)); {@link CalendarDay#holiday()} says for which holiday.
     */
    COMPENSATORY,
    /** A day off by an official notice. */
    OVERRIDE_OFF,
    /** A working day by an official notice, e.g. a Saturday worked to make up a bridge. */
    OVERRIDE_WORKING;

    public boolean isWorking() {
        return this == WORKING || this == OVERRIDE_WORKING;
    }

    /** The message-bundle code of the kind's name, e.g. {@code calendar.kind.HOLIDAY}. */
    public String messageCode() {
        return "calendar.kind." + name();
    }
}
