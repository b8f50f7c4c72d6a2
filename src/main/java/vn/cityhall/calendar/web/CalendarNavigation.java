package vn.cityhall.calendar.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The calendar page in the staff navigation, for every staff member. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavItem calendarNavItem() {
        return new NavItem("calendar.nav", "/calendar", "calendar3", Set.of(), 80);
    }
}
