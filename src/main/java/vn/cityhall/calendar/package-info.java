/**
 * Calendar: the Vietnamese lunar calendar, public holidays and working-day arithmetic.
 * <p>
 * Every deadline in the platform (clerical work under Decree 30/2020, feedback handling,
 * reporting cut-offs, meeting invitations) is counted in working days or working hours, so
 * this module is the one place that knows which days are worked. Its entry point is
 * {@link vn.cityhall.calendar.WorkingCalendar}; {@link vn.cityhall.calendar.LunarDate} converts
 * between the solar and the lunar calendar. The module depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.cityhall.calendar;
