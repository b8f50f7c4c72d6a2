package vn.cityhall.audit;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The audit log's entry in the navigation, for system administrators. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavItem auditNavItem() {
        return new NavItem("audit.nav", "/admin/audit", "journal-check", Set.of("SYSTEM_ADMIN"), 95);
    }
}
