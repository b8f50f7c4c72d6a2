/**
 * Calendar: the Vietnamese lunar calendar, public holidays and working-day arithmetic.
 * <p>
 * Every deadline in the platform (clerical work under Decree 30/2020, feedback handling,
 * reporting cut-offs, meeting invitations) is counted in working days or working hours, so this
 * module is the one place that knows which days are worked. Other modules inject the one
 * {@link vn.cityhall.calendar.WorkingCalendar} bean and call:
 * <ul>
 * <li>{@code isWorkingDay(LocalDate)}, {@code kindOf(LocalDate)} ({@link vn.cityhall.calendar.DayKind});</li>
 * <li>{@code addWorkingDays(LocalDate, int n)}: the n-th working day after a date (the date
 * itself not counted; n = 0 gives the date if worked, else the next working day);</li>
 * <li>{@code workingDaysBetween(LocalDate from, LocalDate to)}: working days after {@code from}
 * up to and including {@code to}, negative when {@code to} is earlier;</li>
 * <li>{@code nextWorkingDay(LocalDate)}: the first working day strictly after a date;</li>
 * <li>{@code addWorkingHours(ZonedDateTime or Instant, Duration)}: the moment an amount of
 * office time has elapsed, counting only the office hours of working days, in Asia/Ho_Chi_Minh;
 * {@code workingTimeBetween(…)} measures it back;</li>
 * <li>{@code dayOf}, {@code daysOf(int year)}, {@code daysOf(YearMonth)},
 * {@code holidaysIn(int year)}: descriptions of days for pages.</li>
 * </ul>
 * Dates must lie in {@value vn.cityhall.calendar.WorkingCalendar#FIRST_YEAR}–{@value
 * vn.cityhall.calendar.WorkingCalendar#LAST_YEAR} ({@code WorkingCalendar.supports(year)}), else
 * an {@code IllegalArgumentException} is thrown. A day is, in order of precedence: what an
 * administrator's override from an official notice makes it; a public holiday of the Labour Code
 * 2019, Art. 112(1); a compensatory day for a holiday that fell on a weekly rest day (Art.
 * 111(3)); a weekly rest day; else a working day. The rules are set by
 * {@link vn.cityhall.calendar.CalendarSettings} ({@code cityhall.calendar.*}).
 * <p>
 * {@link vn.cityhall.calendar.LunarDate} converts between the solar and the lunar calendar.
 * Adding or removing an override publishes {@link vn.cityhall.calendar.CalendarOverrideAdded} or
 * {@link vn.cityhall.calendar.CalendarOverrideRemoved} (audited); a module that stores computed
 * deadlines may listen to them. Staff see the calendar at {@code /calendar}; other systems read
 * {@code GET /api/v1/calendar/{year}}. The module depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.cityhall.calendar;
