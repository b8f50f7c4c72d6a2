package vn.cityhall.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.calendar.CalendarSettings;

/** The stored overrides as the working calendar sees them: cached per year. */
@Configuration(proxyBeanMethods = false)
class OverridesConfiguration {

    @Bean
    CachedCalendarOverrides calendarOverrides(StoredOverrides stored, Clock clock, CalendarSettings settings) {
        return new CachedCalendarOverrides(year -> stored
                .findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarOverride::toDayOverride)
                .collect(Collectors.toMap(override -> override.date(), Function.identity())),
                clock, settings.overridesCacheTtl());
    }
}
