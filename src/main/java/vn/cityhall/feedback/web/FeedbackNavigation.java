package vn.cityhall.feedback.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** "Tiếp nhận phản ánh" in the navigation, for feedback operators. */
@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    @Bean
    NavItem feedbackIntakeNavItem() {
        return new NavItem("feedback.nav.intake", "/feedback/new", "megaphone", Set.of("FEEDBACK_OPERATOR"), 20);
    }
}
