package vn.cityhall.home;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** The home page's entry in the navigation. */
@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    @Bean
    NavItem homeNavItem() {
        return new NavItem("nav.home", "/", "house-door", Set.of(), 0);
    }
}
