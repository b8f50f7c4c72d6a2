package vn.cityhall.feedback.api;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The API clients page in the navigation, for system administrators, beside the other administration pages. */
@Configuration(proxyBeanMethods = false)
class FeedbackApiNavigation {

    @Bean
    NavItem feedbackApiClientsNavItem() {
        return new NavItem("feedbackapi.nav", ApiClientAdminController.PATH, "key", Set.of("SYSTEM_ADMIN"), 94);
    }
}
