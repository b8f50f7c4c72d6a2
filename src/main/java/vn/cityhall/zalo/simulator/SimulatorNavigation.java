package vn.cityhall.zalo.simulator;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The chat simulator in the navigation, for feedback operators and administrators, while the fake Zalo is on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
class SimulatorNavigation {

    @Bean
    NavItem zaloSimulatorNavItem() {
        return new NavItem("zalosimulator.nav", SimulatorController.PATH, "phone",
                Set.of("FEEDBACK_OPERATOR", "SYSTEM_ADMIN"), 36);
    }
}
