package vn.cityhall.notifications.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeenKinds extends JpaRepository<SeenKind, String> {
}
