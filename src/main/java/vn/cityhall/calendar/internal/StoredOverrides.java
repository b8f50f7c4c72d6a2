package vn.cityhall.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The overrides administrators have entered. */
interface StoredOverrides extends JpaRepository<CalendarOverride, Long> {

    List<CalendarOverride> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    Optional<CalendarOverride> findByDate(LocalDate date);

    boolean existsByDate(LocalDate date);
}
