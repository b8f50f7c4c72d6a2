package vn.cityhall.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All tasks. */
public interface Tasks extends JpaRepository<Task, Long> {

    @Query("select t from Task t where t.source.module = :module and t.source.kind = :kind and t.source.id = :id")
    List<Task> findBySource(String module, String kind, String id);

    @Query("""
            select t from Task t where t.source.module = :module and t.source.kind = :kind and t.source.id = :id
            and t.responsibleUnitId = :unit""")
    Optional<Task> findBySourceAndUnit(String module, String kind, String id, long unit);

    @Query("select t from Task t where t.status in :statuses and t.id in :ids")
    List<Task> findByIdsAndStatuses(Collection<Long> ids, Collection<TaskStatus> statuses);
}
