package vn.cityhall.organization.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.organization.Role;
import vn.cityhall.shared.web.NavItem;

/** The organization administration's entries in the staff navigation, for system administrators only. */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    private static final Set<String> ADMINS = Set.of(Role.SYSTEM_ADMIN.name());

    @Bean
    NavItem organizationUnitsNavItem() {
        return new NavItem("organization.nav.units", "/admin/units", "diagram-3", ADMINS, 90);
    }

    @Bean
    NavItem organizationPeopleNavItem() {
        return new NavItem("organization.nav.people", "/admin/people", "people", ADMINS, 91);
    }

    @Bean
    NavItem organizationImportsNavItem() {
        return new NavItem("organization.nav.imports", "/admin/imports", "upload", ADMINS, 92);
    }
}
