package vn.cityhall.notifications.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Preferences extends JpaRepository<Preference, Long> {

    List<Preference> findByPersonId(long personId);

    Optional<Preference> findByPersonIdAndKindAndChannel(long personId, String kind, Channel channel);
}
