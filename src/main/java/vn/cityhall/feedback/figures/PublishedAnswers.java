package vn.cityhall.feedback.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.text.Coordinates;
import vn.cityhall.feedback.text.PersonalDataMasker;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.shared.web.PageView;

/**
 * The published answers as the public sees them. Every query reads only published items
 * ({@code published_at} set) and only their published columns: never the sender's name, phone, e-mail
 * or address, nor the original text. Coordinates are rounded to about 100 m.
 */
@Component
@Transactional(readOnly = true)
public class PublishedAnswers {

    public static final int PAGE_SIZE = 20;
    /** Deep pages cost the database more than they help anyone: at most this many pages. */
    public static final int MAX_PAGES = 500;
    public static final int MAX_POINTS = 500;
    static final int EXCERPT = 240;

    private static final String COLUMNS = "id, code, published_text, published_answer, category_id, commune_id,"
            + " received_at, answered_at, published_at, latitude, longitude";

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationDirectory directory;

    PublishedAnswers(NamedParameterJdbcTemplate jdbc, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** One page of the items matching the query, most recently published first. */
    public PageView<PublishedSummary> search(PublishedQuery query, int page) {
        int number = Math.max(0, Math.min(page, MAX_PAGES - 1));
        MapSqlParameterSource parameters = parameters(query).addValue("limit", PAGE_SIZE)
                .addValue("offset", number * PAGE_SIZE);
        String where = where(query);
        // Counted up to the last page that can be shown: the count stays cheap however many items match.
        Long total = jdbc.queryForObject("select count(*) from (select 1 from feedback_item" + where + " limit "
                + (long) MAX_PAGES * PAGE_SIZE + ") matching", parameters, Long.class);
        List<PublishedSummary> items = total == null || total == 0 ? List.of()
                : jdbc.query("select " + COLUMNS + " from feedback_item" + where
                        + " order by published_at desc, id desc limit :limit offset :offset", parameters,
                        (row, n) -> summary(row));
        return new PageView<>(items, number, PAGE_SIZE, total == null ? 0 : total);
    }

    /** The located items matching the query, most recently published first, at most {@link #MAX_POINTS}. */
    public List<MapPoint> points(PublishedQuery query) {
        return jdbc.query("select code, latitude, longitude from feedback_item" + where(query)
                + " and latitude is not null and longitude is not null order by published_at desc, id desc limit "
                + MAX_POINTS, parameters(query), (row, n) -> {
                    Coordinates rounded = PersonalDataMasker.round(row.getDouble("latitude"), row.getDouble("longitude"));
                    return new MapPoint(row.getString("code"), rounded.latitude(), rounded.longitude());
                });
    }

    /** The published item with this tracking code, if it is published. */
    public Optional<PublishedAnswer> find(String code) {
        if (code == null || code.length() > 20) {
            return Optional.empty();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("code", code.strip().toUpperCase(Locale.ROOT));
        return jdbc.query("select " + COLUMNS + " from feedback_item where code = :code and published_at is not null",
                parameters, (row, n) -> answer(row)).stream().findFirst();
    }

    private PublishedAnswer answer(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        List<PublishedAnswer.Photo> photos = jdbc.query("select position, file_id from feedback_photo"
                + " where item_id = :id and published = true order by position", new MapSqlParameterSource("id", id),
                (photo, n) -> new PublishedAnswer.Photo(photo.getInt("position"), photo.getLong("file_id")));
        Double latitude = row.getObject("latitude", Double.class);
        Double longitude = row.getObject("longitude", Double.class);
        Coordinates rounded = latitude == null || longitude == null ? null : PersonalDataMasker.round(latitude, longitude);
        return new PublishedAnswer(row.getString("code"), row.getString("published_text"),
                row.getString("published_answer"), row.getObject("category_id", Long.class),
                commune(row.getObject("commune_id", Long.class)), instant(row, "received_at"),
                instant(row, "answered_at"), instant(row, "published_at"),
                rounded == null ? null : rounded.latitude(), rounded == null ? null : rounded.longitude(), photos);
    }

    private PublishedSummary summary(ResultSet row) throws SQLException {
        return new PublishedSummary(row.getString("code"), excerpt(row.getString("published_text")),
                excerpt(row.getString("published_answer")), row.getObject("category_id", Long.class),
                commune(row.getObject("commune_id", Long.class)), instant(row, "received_at"),
                instant(row, "answered_at"));
    }

    private String commune(Long id) {
        return id == null ? null : directory.unit(UnitId.of(id)).map(UnitNode::name).orElse(null);
    }

    private static String where(PublishedQuery query) {
        StringBuilder where = new StringBuilder(" where published_at is not null");
        if (query.categoryId() != null) {
            where.append(" and category_id = :category");
        }
        if (query.communeId() != null) {
            where.append(" and commune_id = :commune");
        }
        if (query.month() != null) {
            where.append(" and received_at >= :monthStart and received_at < :monthEnd");
        }
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and published_search like :w").append(i);
        }
        return where.toString();
    }

    private static MapSqlParameterSource parameters(PublishedQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("category", query.categoryId())
                .addValue("commune", query.communeId());
        if (query.month() != null) {
            parameters.addValue("monthStart", FeedbackFigures.utc(FigureFilter.start(query.month())))
                    .addValue("monthEnd", FeedbackFigures.utc(FigureFilter.start(query.month().plusMonths(1))));
        }
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            parameters.addValue("w" + i, "%" + words.get(i) + "%");
        }
        return parameters;
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
