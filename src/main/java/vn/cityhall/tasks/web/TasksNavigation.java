package vn.cityhall.tasks.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.shared.web.NavItem;

/** "Nhiệm vụ" in the navigation, for all staff. Assigning is a button on the page, for leaders. */
@Configuration(proxyBeanMethods = false)
class TasksNavigation {

    @Bean
    NavItem tasksNavItem() {
        return new NavItem("tasks.nav", "/tasks", "list-check", Set.of(), 10);
    }
}
