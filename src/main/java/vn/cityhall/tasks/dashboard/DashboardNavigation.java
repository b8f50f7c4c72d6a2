package vn.cityhall.tasks.dashboard;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** "Điều hành" in the navigation, for leaders. */
@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

    @Bean
    NavItem dashboardNavItem() {
        return new NavItem("tasks.dashboard.nav", "/dashboard", "bar-chart-line", Set.of("LEADER"), 12);
    }
}
