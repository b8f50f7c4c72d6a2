package vn.cityhall.knowledge.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The announcements, drafts and sent ones. */
interface StoredAnnouncements extends JpaRepository<Announcement, Long> {
}
