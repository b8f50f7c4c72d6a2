package vn.cityhall.tasks.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.Extension;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskStatus;

/**
 * The inbox queries. Each view filters first on the columns of its own index
 * ({@code holder_person_id} / {@code holder_unit_id}, {@code responsible_unit_id} /
 * {@code assigned_by}, then {@code status}, ordered by {@code due_at}), so a page costs a short index
 * range scan whatever the size of the table. Every row a view returns is one the person may see
 * ({@link InboxScope}): the scope is part of the query, never a filter applied afterwards.
 */
@Component
@Transactional(readOnly = true)
public class InboxQuery {

    private final EntityManager entityManager;
    private final InboxScope scope;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    InboxQuery(EntityManager entityManager, InboxScope scope, TaskDeadlines deadlines, Clock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Now, today, tomorrow and next week in the city's zone. */
    public InboxMoment moment() {
        return InboxMoment.at(clock, deadlines.zone());
    }

    /** One page of the tasks the filter selects, within what the person may see. */
    public Page<Task> find(StaffUser user, InboxFilter filter, int pageSize) {
        InboxScope.Resolved resolved = scope.resolve(user, filter);
        InboxMoment moment = moment();
        Pageable pageable = PageRequest.of(filter.page(), pageSize);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<Task> select = cb.createQuery(Task.class);
        Root<Task> task = select.from(Task.class);
        select.select(task).where(predicates(cb, task, resolved, filter, moment)).orderBy(order(cb, task, filter.sort()));
        List<Task> rows = entityManager.createQuery(select)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageSize)
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Task> counted = count.from(Task.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, resolved, filter, moment));
        long total = rows.size() < pageSize && filter.page() == 0 ? rows.size()
                : entityManager.createQuery(count).getSingleResult();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The counters of a view (with or without the units below, for a leader's unit view). */
    public InboxCounts counts(StaffUser user, InboxView view, boolean subtree) {
        InboxFilter filter = InboxFilter.of(view).withSubtree(subtree);
        InboxScope.Resolved resolved = scope.resolve(user, filter);
        InboxMoment moment = moment();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Task> task = query.from(Task.class);
        Expression<java.time.Instant> due = task.get("dueAt");
        Predicate overdue = cb.lessThan(due, moment.now());
        Predicate today = cb.and(cb.greaterThanOrEqualTo(due, moment.now()), cb.lessThan(due, moment.tomorrow()));
        Predicate fresh = cb.equal(task.get("status"), TaskStatus.NEW);
        query.multiselect(
                cb.sum(cb.<Long>selectCase().when(overdue, 1L).otherwise(0L)),
                cb.sum(cb.<Long>selectCase().when(today, 1L).otherwise(0L)),
                cb.sum(cb.<Long>selectCase().when(fresh, 1L).otherwise(0L)));
        List<Predicate> where = new ArrayList<>(resolved.predicates(cb, task));
        where.add(task.get("status").in(InboxStatus.OPEN.statuses()));
        query.where(where.toArray(Predicate[]::new));
        Tuple result = entityManager.createQuery(query).getSingleResult();
        return new InboxCounts(number(result.get(0)), number(result.get(1)), number(result.get(2)));
    }

    /** Which of these tasks have an extension request waiting for a decision. */
    public Set<Long> withPendingExtension(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return entityManager.createQuery("""
                select e.task.id from Extension e where e.task.id in :ids and e.status = :pending""", Long.class)
                .setParameter("ids", taskIds)
                .setParameter("pending", Extension.Status.PENDING)
                .getResultStream().collect(Collectors.toUnmodifiableSet());
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Task> task, InboxScope.Resolved resolved,
            InboxFilter filter, InboxMoment moment) {
        List<Predicate> where = new ArrayList<>(resolved.predicates(cb, task));
        where.add(task.get("status").in(filter.effectiveStatus().statuses()));
        if (filter.focus() != null) {
            Expression<java.time.Instant> due = task.get("dueAt");
            where.add(switch (filter.focus()) {
                case OVERDUE -> cb.lessThan(due, moment.now());
                case TODAY -> cb.and(cb.greaterThanOrEqualTo(due, moment.now()), cb.lessThan(due, moment.tomorrow()));
                case NEW -> cb.equal(task.get("status"), TaskStatus.NEW);
                case IN_TIME -> cb.or(cb.isNull(due), cb.greaterThanOrEqualTo(due, moment.now()));
            });
        }
        if (filter.effectiveStatus().onTime() != null) {
            where.add(cb.equal(task.get("onTime"), filter.effectiveStatus().onTime()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(task.get("assignedAt"),
                    filter.from().atDay(1).atStartOfDay(deadlines.zone()).toInstant()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(task.get("assignedAt"),
                    filter.to().plusMonths(1).atDay(1).atStartOfDay(deadlines.zone()).toInstant()));
        }
        if (filter.person() != null) {
            where.add(cb.equal(task.get("holderPersonId"), filter.person()));
        }
        if (filter.source() != null) {
            where.add(cb.equal(task.get("source").get("kind"), filter.source()));
        }
        if (filter.role() != null) {
            where.add(cb.equal(task.get("role"), filter.role()));
        }
        if (filter.q() != null) {
            String key = Texts.searchKey(filter.q());
            if (!key.isEmpty()) {
                where.add(cb.like(task.get("searchText"), "%" + escapeLike(key) + "%", '\\'));
            }
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Task> task, InboxSort sort) {
        Order dueFirst = cb.asc(task.get("dueAt"), Nulls.LAST);
        return switch (sort) {
            case DUE -> List.of(dueFirst, cb.asc(task.get("id")));
            case ASSIGNED -> List.of(cb.desc(task.get("assignedAt")), cb.desc(task.get("id")));
            case URGENCY -> List.of(cb.asc(cb.<Urgency, Integer>selectCase(task.get("urgency"))
                    .when(Urgency.FLASH, 0).when(Urgency.VERY_URGENT, 1).when(Urgency.URGENT, 2).otherwise(3)),
                    dueFirst, cb.asc(task.get("id")));
        };
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
