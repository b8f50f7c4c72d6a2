package vn.cityhall;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL, gives every Spring test context its own fresh schema, so that test contexts that
 * share one CI database never see each other's rows (on H2 each context has its own in-memory
 * database already).
 */
public class TestSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testSchema", Map.of(
                "spring.flyway.default-schema", schema,
                "spring.flyway.schemas", schema,
                "spring.datasource.hikari.schema", schema)));
    }
}
