package vn.cityhall.knowledge.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The stored questions and answers. */
interface KnowledgeEntries extends JpaRepository<KnowledgeEntry, Long>, JpaSpecificationExecutor<KnowledgeEntry> {
}
