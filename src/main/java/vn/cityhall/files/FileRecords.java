package vn.cityhall.files;

import org.springframework.data.jpa.repository.JpaRepository;

/** The metadata of stored uploads. */
interface FileRecords extends JpaRepository<FileRecord, Long> {

    long countBySha256(String sha256);
}
