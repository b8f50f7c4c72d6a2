package vn.cityhall.zalo.outbound;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The Zalo outbox in the navigation, for system administrators, beside the other administration pages. */
@Configuration(proxyBeanMethods = false)
class ZaloOutboxNavigation {

    @Bean
    NavItem zaloOutboxNavItem() {
        return new NavItem("zalooutbound.nav", ZaloOutboxController.PATH, "send", Set.of("SYSTEM_ADMIN"), 96);
    }
}
