package vn.cityhall.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link WorkingCalendar} of the application, set up from {@link CalendarSettings} and
 * the overrides stored by administrators (a {@link CalendarOverrides} bean of this module).
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(CalendarSettings settings, CalendarOverrides overrides) {
        return new WorkingCalendar(settings, overrides);
    }
}
