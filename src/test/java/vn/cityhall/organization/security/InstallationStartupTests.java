package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.cityhall.CityHallApplication;
import vn.cityhall.organization.People;

/**
 * Starts the real application on its own in-memory database, outside demo mode, as an installer
 * would: it must refuse to start with no administrator password or with demo accounts left over.
 * Each start is a separate application, so there are few of these.
 */
class InstallationStartupTests {

    private static ConfigurableApplicationContext start(String database, boolean demo, String adminPassword) {
        return new SpringApplicationBuilder(CityHallApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--server.port=0", "--spring.jmx.enabled=false",
                "--cityhall.demo.enabled=" + demo,
                "--cityhall.security.initial-admin-password=" + adminPassword);
    }

    private static String database() {
        return "install-" + UUID.randomUUID();
    }

    @Test
    void refusesToStartWithoutAnInitialAdministratorPassword() {
        assertThatThrownBy(() -> start(database(), false, "").close())
                .hasStackTraceContaining("CITYHALL_SECURITY_INITIAL_ADMIN_PASSWORD");
    }

    @Test
    void startsWithAStrongInitialPasswordAndCreatesTheAdministrator() {
        try (var context = start(database(), false, "Quan-Tri-Ha-Noi-2026")) {
            var admin = context.getBean(People.class).findByUsername("admin").orElseThrow();
            assertThat(context.getBean(PasswordEncoder.class).matches("Quan-Tri-Ha-Noi-2026", admin.passwordHash()))
                    .isTrue();
            assertThat(admin.mustChangePassword()).isFalse();
        }
    }

    @Test
    void refusesToStartWhileDemoAccountsKeepTheDemoPassword() {
        String database = database();
        try (var demo = start(database, true, "")) {
            assertThat(demo.getBean(People.class).existsByUsername("chutich")).isTrue();
            // Keep the in-memory database alive past the first application's shutdown.
            try (var keep = java.sql.DriverManager.getConnection("jdbc:h2:mem:" + database, "sa", "")) {
                demo.close();
                assertThatThrownBy(() -> start(database, false, "Quan-Tri-Ha-Noi-2026").close())
                        .hasStackTraceContaining("still has the published demo password");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
