package vn.cityhall.feedback;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.StaffUser;

/**
 * The staff map: the pinned items the viewer may see (operators: all; others: their units' items), in the states
 * asked for, newest first, at most {@value #LIMIT}. Exact positions: staff see where to go.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackPoints {

    static final int LIMIT = 2000;

    private final JdbcTemplate jdbc;
    private final FeedbackAccess access;

    FeedbackPoints(JdbcTemplate jdbc, FeedbackAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** A pinned item. */
    public record Point(String code, double latitude, double longitude, FeedbackStatus status, boolean late) {
    }

    public List<Point> points(StaffUser user, Set<FeedbackStatus> statuses, Long categoryId, java.time.Instant now) {
        StringBuilder sql = new StringBuilder("select code, latitude, longitude, status, coalesce(due_at, screening_due_at)"
                + " from feedback_item where latitude is not null and longitude is not null");
        if (!access.isOperator(user)) {
            Set<Long> units = access.visibleUnitIds(user);
            if (units.isEmpty()) {
                return List.of();
            }
            String in = units.stream().map(String::valueOf).collect(Collectors.joining(","));
            sql.append(" and (handling_unit_id in (").append(in).append(") or id in (select item_id from"
                    + " feedback_coordinator where unit_id in (").append(in).append(")))");
        }
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" and status in (").append(statuses.stream().map(status -> "'" + status.name() + "'")
                    .collect(Collectors.joining(","))).append(")");
        }
        if (categoryId != null) {
            sql.append(" and category_id = ").append(categoryId.longValue());
        }
        sql.append(" order by received_at desc limit ").append(LIMIT);
        return jdbc.query(sql.toString(), (rs, n) -> {
            FeedbackStatus status = FeedbackStatus.valueOf(rs.getString(4));
            var due = rs.getTimestamp(5);
            boolean open = status == FeedbackStatus.RECEIVED || status == FeedbackStatus.ACCEPTED
                    || status == FeedbackStatus.ASSIGNED;
            return new Point(rs.getString(1), rs.getDouble(2), rs.getDouble(3), status,
                    open && due != null && due.toInstant().isBefore(now));
        });
    }
}
