package vn.cityhall.feedback.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitType;

/**
 * The commune (phường, xã) a map pin most likely lies in. There are no commune boundaries, so: the
 * commune most common among the {@value #NEIGHBOURS} nearest items within {@value #RADIUS_METRES} m whose
 * commune an operator has confirmed (screened, so not {@code RECEIVED}); else the commune whose centre
 * point ({@code feedback_commune_centre}) is nearest, within {@value #CENTRE_METRES} m; else none, and
 * the citizen picks from the list. Only active communes are suggested.
 */
@Component
@Transactional(readOnly = true)
public class CommuneSuggestions {

    static final int NEIGHBOURS = 7;
    static final int RADIUS_METRES = 1500;
    static final int CENTRE_METRES = 10_000;
    private static final int[] STEPS = {200, 600, RADIUS_METRES};
    private static final double METRES_PER_DEGREE = 111_320;

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationDirectory directory;

    CommuneSuggestions(NamedParameterJdbcTemplate jdbc, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public Optional<UnitNode> near(double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
                || Math.abs(longitude) > 180) {
            return Optional.empty();
        }
        return fromNeighbours(latitude, longitude).or(() -> fromCentres(latitude, longitude));
    }

    private Optional<UnitNode> fromNeighbours(double latitude, double longitude) {
        // A small box first: where items are dense it holds the nearest ones, and the database reads little.
        List<Located> nearest = List.of();
        for (int radius : STEPS) {
            nearest = nearest(latitude, longitude, radius);
            if (nearest.size() >= NEIGHBOURS) {
                break;
            }
        }
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (Located item : nearest) {
            if (metres(latitude, longitude, item.latitude(), item.longitude()) <= RADIUS_METRES
                    && activeCommune(item.communeId()).isPresent()) {
                votes.merge(item.communeId(), 1, Integer::sum);
            }
        }
        // Most votes wins; on a tie, the commune of the nearer item (votes keep the order of first sight).
        return votes.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .flatMap(best -> activeCommune(best.getKey()));
    }

    /** The screened items with a commune nearest to the pin, inside a box of the given half side. */
    private List<Located> nearest(double latitude, double longitude, int radius) {
        double shrink = Math.cos(Math.toRadians(latitude));
        double dLat = radius / METRES_PER_DEGREE;
        double dLon = dLat / Math.max(shrink, 0.01);
        // A box around the pin (served by the index on latitude, longitude), nearest first.
        return jdbc.query("select commune_id, latitude, longitude from feedback_item"
                + " where latitude between :south and :north and longitude between :west and :east"
                + " and commune_id is not null and status <> 'RECEIVED'"
                + " order by (latitude - :lat) * (latitude - :lat)"
                + " + (longitude - :lon) * (longitude - :lon) * :shrink2 limit " + NEIGHBOURS,
                new MapSqlParameterSource().addValue("south", latitude - dLat).addValue("north", latitude + dLat)
                        .addValue("west", longitude - dLon).addValue("east", longitude + dLon)
                        .addValue("lat", latitude).addValue("lon", longitude).addValue("shrink2", shrink * shrink),
                (row, n) -> new Located(row.getLong("commune_id"), row.getDouble("latitude"), row.getDouble("longitude")));
    }

    private Optional<UnitNode> fromCentres(double latitude, double longitude) {
        List<Located> centres = jdbc.query("select commune_id, latitude, longitude from feedback_commune_centre",
                (row, n) -> new Located(row.getLong("commune_id"), row.getDouble("latitude"), row.getDouble("longitude")));
        Located best = null;
        double bestDistance = CENTRE_METRES;
        for (Located centre : centres) {
            double distance = metres(latitude, longitude, centre.latitude(), centre.longitude());
            if (distance <= bestDistance && activeCommune(centre.communeId()).isPresent()) {
                best = centre;
                bestDistance = distance;
            }
        }
        return best == null ? Optional.empty() : activeCommune(best.communeId());
    }

    private Optional<UnitNode> activeCommune(long id) {
        return directory.unit(UnitId.of(id)).filter(unit -> unit.active() && unit.type() == UnitType.COMMUNE);
    }

    /** Distance on the ground, accurate enough at a city's scale (equirectangular). */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * 6_371_000;
    }

    private record Located(long communeId, double latitude, double longitude) {
    }
}
