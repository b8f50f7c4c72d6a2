package vn.cityhall.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code cityhall.tasks.reminders.*}: defaults, binding and refusal of values that make no sense. */
class TaskReminderSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Bind.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TaskReminderSettings.class)
    static class Bind {
    }

    @Test
    void bindsTheDefaultsWhenNothingIsSet() {
        context.run(app -> assertThat(app.getBean(TaskReminderSettings.class)).isEqualTo(TaskReminderSettings.defaults()));
    }

    @Test
    void bindsAListOfDaysLargestFirstAndDurationsInShortForm() {
        context.withPropertyValues("cityhall.tasks.reminders.days-before=2,5,2",
                "cityhall.tasks.reminders.interval=90s", "cityhall.tasks.reminders.enabled=false",
                "cityhall.tasks.reminders.batch-size=200", "cityhall.tasks.reminders.overdue-lookback=3d").run(app -> {
                    TaskReminderSettings settings = app.getBean(TaskReminderSettings.class);
                    assertThat(settings.daysBefore()).containsExactly(5, 2);
                    assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(90));
                    assertThat(settings.enabled()).isFalse();
                    assertThat(settings.batchSize()).isEqualTo(200);
                    assertThat(settings.overdueLookback()).isEqualTo(Duration.ofDays(3));
                });
    }

    @Test
    void refusesToStartWithValuesThatMakeNoSense() {
        context.withPropertyValues("cityhall.tasks.reminders.days-before=0").run(app -> assertThat(app).hasFailed());
        context.withPropertyValues("cityhall.tasks.reminders.interval=1h").run(app -> assertThat(app).hasFailed());
        assertThatThrownBy(() -> TaskReminderSettings.defaults().withBatchSize(0))
                .hasMessageContaining("batch-size");
        assertThatThrownBy(() -> new TaskReminderSettings(true, Duration.ZERO, List.of(2), 500, Duration.ofDays(7)))
                .hasMessageContaining("interval");
        assertThatThrownBy(() -> new TaskReminderSettings(true, Duration.ofMinutes(5), List.of(61), 500,
                Duration.ofDays(7))).hasMessageContaining("days-before");
    }
}
