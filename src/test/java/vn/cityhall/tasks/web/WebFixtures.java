package vn.cityhall.tasks.web;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.Tasks;


/** Demo staff, units and fresh tasks for the web tests (the test configuration runs in demo mode). */
final class WebFixtures {

    private final UserDetailsService accounts;
    private final OrganizationDirectory directory;
    private final TaskManagement management;
    private final Tasks tasks;

    private WebFixtures(ApplicationContext context) {
        this.accounts = context.getBean(UserDetailsService.class);
        this.directory = context.getBean(OrganizationDirectory.class);
        this.management = context.getBean(TaskManagement.class);
        this.tasks = context.getBean(Tasks.class);
    }

    static WebFixtures of(ApplicationContext context) {
        return new WebFixtures(context);
    }

    StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    /** Signs the request in as the demo account. */
    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(user(username));
    }

    long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }

    long person(String username) {
        return user(username).personId();
    }

    /** A title no other test uses. */
    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A task assigned by a leader to a unit (and optionally a person), due after some working days. */
    TaskId assign(String leader, String title, String unitCode, String person, int workingDays) {
        return management.assign(user(leader), new TaskManagement.Assignment(title, null, unit(unitCode),
                person == null ? null : person(person), ObligationRole.LEAD, Urgency.NORMAL, null, workingDays));
    }

    Task task(TaskId id) {
        return tasks.findById(id.value()).orElseThrow();
    }

    TaskManagement management() {
        return management;
    }
}
