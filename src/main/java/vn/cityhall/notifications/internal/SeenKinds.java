package vn.cityhall.notifications.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SeenKinds extends JpaRepository<SeenKind, String> {

    /** Stores the kind unless another delivery stored it first (no error, nothing logged). */
    @Modifying
    @Query(value = "insert into notifications_kind (kind, first_seen_at) values (:kind, :at) on conflict do nothing",
            nativeQuery = true)
    int insertIfAbsent(String kind, Instant at);
}
