package vn.cityhall.feedback.figures;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The feedback statistics in the navigation, for operators and leaders. */
@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

    @Bean
    NavItem feedbackStatisticsNavItem() {
        return new NavItem("figures.nav.statistics", "/feedback/statistics", "bar-chart-line",
                Set.of("FEEDBACK_OPERATOR", "LEADER"), 21);
    }
}
