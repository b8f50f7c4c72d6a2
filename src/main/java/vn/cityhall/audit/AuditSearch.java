package vn.cityhall.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.PageView;

/** Finds audit entries by the criteria of an {@link AuditQuery}, newest first, one page at a time. */
@Component
class AuditSearch {

    private static final char ESCAPE = '\\';

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The requested page (zero-based), or the last one when the request goes past the end. */
    @Transactional(readOnly = true)
    PageView<AuditEntryView> search(AuditQuery query, int page, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(criteria(query, cb, counted));
        long total = entityManager.createQuery(count).getSingleResult();

        int lastPage = total == 0 ? 0 : (int) ((total - 1) / size);
        int number = Math.max(0, Math.min(page, lastPage));
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(criteria(query, cb, entry)).orderBy(cb.desc(entry.get("sequence")));
        List<AuditEntryView> items = entityManager.createQuery(select)
                .setFirstResult(number * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(AuditEntry::toView)
                .toList();
        return new PageView<>(items, number, size, total);
    }

    @Transactional(readOnly = true)
    Optional<AuditEntryView> find(long sequence) {
        return Optional.ofNullable(entityManager.find(AuditEntry.class, sequence)).map(AuditEntry::toView);
    }

    private static Predicate[] criteria(AuditQuery query, CriteriaBuilder cb, Root<AuditEntry> entry) {
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add(cb.equal(cb.lower(entry.<String>get("actorUsername")), query.actor().toLowerCase(Locale.ROOT)));
        }
        if (query.actionPrefix() != null) {
            where.add(cb.like(entry.<String>get("action"), escape(query.actionPrefix()) + "%", ESCAPE));
        }
        if (query.targetType() != null) {
            where.add(cb.equal(entry.get("targetType"), query.targetType()));
        }
        if (query.targetId() != null) {
            where.add(cb.equal(entry.get("targetId"), query.targetId()));
        }
        if (query.outcome() != null) {
            where.add(cb.equal(entry.get("outcome"), query.outcome()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"),
                    query.from().atStartOfDay(CityZone.ID).toInstant()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(entry.<Instant>get("occurredAt"),
                    query.to().plusDays(1).atStartOfDay(CityZone.ID).toInstant()));
        }
        if (query.text() != null) {
            where.add(cb.like(cb.lower(entry.<String>get("detail")),
                    "%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%", ESCAPE));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Makes {@code %} and {@code _} typed by the user match themselves. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
