package vn.cityhall.notifications.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The notification list in the navigation, for every staff member. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    @Bean
    NavItem notificationsNavItem() {
        return new NavItem("notifications.nav", "/notifications", "bell", Set.of(), 85);
    }
}
