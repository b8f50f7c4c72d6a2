package vn.cityhall.tasks;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;

/** Demo staff and units for task tests (the test configuration runs in demo mode). */
final class TaskFixtures {

    private final UserDetailsService accounts;
    private final OrganizationDirectory directory;

    private TaskFixtures(ApplicationContext context) {
        this.accounts = context.getBean(UserDetailsService.class);
        this.directory = context.getBean(OrganizationDirectory.class);
    }

    static TaskFixtures of(ApplicationContext context) {
        return new TaskFixtures(context);
    }

    StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }
}
