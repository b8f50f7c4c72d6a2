package vn.cityhall.organization.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Units;
import vn.cityhall.organization.demo.DemoOrganization;

/**
 * Makes sure a real installation starts with an administrator whose password was chosen by the
 * installer. Outside demo mode the application refuses to start when no administrator exists and
 * {@code cityhall.security.initial-admin-password} is empty, a default, or too weak; and when
 * demo accounts with the published demo password are present.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final People people;
    private final Units units;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SecuritySettings settings;
    private final boolean demo;
    private final Clock clock;

    InitialAdministrator(People people, Units units, PasswordEncoder encoder, PasswordPolicy policy,
            SecuritySettings settings, @Value("${cityhall.demo.enabled:false}") boolean demo, Clock clock) {
        this.people = people;
        this.units = units;
        this.encoder = encoder;
        this.policy = policy;
        this.settings = settings;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        refuseDemoAccounts();
        if (people.existsByRolesContainingAndActiveTrue(Role.SYSTEM_ADMIN)) {
            return;
        }
        String password = settings.initialAdminPassword();
        List<String> problems = policy.violations(password, USERNAME);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("No administrator exists yet. Set CITYHALL_SECURITY_INITIAL_ADMIN_PASSWORD "
                    + "to a strong password (at least " + policy.minLength() + " characters, letters and digits, "
                    + "not a default) to create the account '" + USERNAME + "'. Problems: " + problems
                    + " / Chưa có quản trị viên: hãy đặt CITYHALL_SECURITY_INITIAL_ADMIN_PASSWORD là một mật khẩu mạnh.");
        }
        var office = units.findByCode("01.VP").or(() -> units.findByCode("01"))
                .orElseThrow(() -> new IllegalStateException("The unit tree is empty: migrations did not run"));
        people.save(Person.create(USERNAME, new Person.Profile("Quản trị hệ thống", Position.CHUYEN_VIEN, null, null,
                null), office, EnumSet.of(Role.SYSTEM_ADMIN), encoder.encode(password), false, clock.instant()));
        log.info("Created the initial administrator account '{}'.", USERNAME);
    }

    private void refuseDemoAccounts() {
        for (String username : DemoOrganization.USERNAMES) {
            Person person = people.findByUsername(username).orElse(null);
            if (person != null && person.isActive() && person.passwordHash() != null
                    && encoder.matches(DemoPassword.VALUE, person.passwordHash())) {
                throw new IllegalStateException("Account '" + person.username() + "' still has the published demo "
                        + "password. Start in demo mode, or use a fresh database for a real installation. / Tài khoản '"
                        + person.username() + "' vẫn dùng mật khẩu demo công khai.");
            }
        }
    }
}
