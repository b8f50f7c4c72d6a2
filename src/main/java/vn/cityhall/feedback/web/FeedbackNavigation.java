package vn.cityhall.feedback.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The feedback lists for operators and the units that handle items; the screening queue and the intake form for operators. */
@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    @Bean
    NavItem feedbackQueueNavItem() {
        return new NavItem("feedback.nav.queue", "/feedback/queue", "inboxes", Set.of("FEEDBACK_OPERATOR"), 19);
    }

    @Bean
    NavItem feedbackItemsNavItem() {
        return new NavItem("feedback.nav.items", "/feedback/items", "chat-square-text",
                Set.of("FEEDBACK_OPERATOR", "LEADER", "OFFICER"), 18);
    }

    @Bean
    NavItem feedbackMapNavItem() {
        return new NavItem("feedback.nav.map", "/feedback/map", "geo-alt", Set.of("FEEDBACK_OPERATOR", "LEADER", "OFFICER"),
                18);
    }

    @Bean
    NavItem feedbackIntakeNavItem() {
        return new NavItem("feedback.nav.intake", "/feedback/new", "megaphone", Set.of("FEEDBACK_OPERATOR"), 20);
    }
}
