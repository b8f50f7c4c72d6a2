package vn.cityhall.zalo.webhook;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.cityhall.files.FileId;
import vn.cityhall.zalo.webhook.ZaloInbound.Media;

/** The fetched attachments of stored events ({@code zalo_inbound_media}): a stored file or the reason there is none. */
@Repository
class InboundMedia {

    private final JdbcTemplate jdbc;

    InboundMedia(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The positions of the event's attachments already fetched (or given up on). */
    Set<Integer> positions(long eventId) {
        return jdbc.queryForList("select position from zalo_inbound_media where event_id = ?", Integer.class, eventId)
                .stream().collect(Collectors.toSet());
    }

    /** Records an attachment's outcome, unless another node recorded it first. */
    void record(long eventId, int position, String kind, String url, Media outcome, String failureDetail, Instant at) {
        jdbc.update("insert into zalo_inbound_media (event_id, position, kind, url, file_id, failure, failure_detail,"
                + " fetched_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", eventId, position, kind,
                cut(url, 2000), outcome.file() == null ? null : outcome.file().value(), outcome.failure(),
                failureDetail == null ? null : cut(failureDetail, 500), Times.utc(at));
    }

    /** The event's fetched attachments by position. */
    Map<Integer, Media> forEvent(long eventId) {
        Map<Integer, Media> media = new HashMap<>();
        jdbc.query("select position, url, file_id, failure from zalo_inbound_media where event_id = ?", rs -> {
            Long file = rs.getObject(3, Long.class);
            media.put(rs.getInt(1), new Media(rs.getString(2), file == null ? null : FileId.of(file), rs.getString(4)));
        }, eventId);
        return media;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
