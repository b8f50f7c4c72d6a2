package vn.cityhall;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL, gives every Spring test context its own fresh schema, so that test contexts that
 * share one CI database never see each other's rows (on H2 each context has its own in-memory
 * database already). Extensions live once in {@code public}, which Flyway keeps on each schema's search
 * path: created by the first context inside its own schema, an extension's operators would be out of
 * the other contexts' reach (pg_trgm's {@code gin_trgm_ops} for the search indexes).
 */
public class TestSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        createExtensionsInPublic(url, context.getEnvironment().getProperty("spring.datasource.username", ""),
                context.getEnvironment().getProperty("spring.datasource.password", ""));
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testSchema", Map.of(
                "spring.flyway.default-schema", schema,
                "spring.flyway.schemas", schema,
                "spring.datasource.hikari.schema", schema,
                // After the schema: public stays on the search path, for the extensions' operators.
                "spring.datasource.hikari.connection-init-sql", "set search_path to " + schema + ", public")));
    }

    private static synchronized void createExtensionsInPublic(String url, String username, String password) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm schema public");
        } catch (SQLException e) {
            // Without the right to create it, the migrations say so themselves.
        }
    }
}
