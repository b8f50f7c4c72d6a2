package vn.cityhall.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.cityhall.shared.web.ImageOrigins;

/**
 * The public portal's settings ({@code cityhall.portal.*}).
 *
 * @param map the maps of the feedback form and the published answers
 * @param figuresMaxAge how old the figures on the portal's home and statistics pages may be: they are
 *        counted again at most this often, whatever the number of visitors
 */
@ConfigurationProperties("cityhall.portal")
public record PortalSettings(@DefaultValue MapSettings map,
        @DefaultValue("1m") Duration figuresMaxAge) {

    /**
     * The map's tiles and first view.
     *
     * @param tileUrl a Leaflet URL template ({@code {z}/{x}/{y}}, optionally {@code {s}}) of the tile
     *        server, or empty for no map (the citizen picks the commune and types the address); its host
     *        is allowed in the content security policy
     * @param attribution the credit the tile server requires (HTML as Leaflet shows it)
     * @param latitude the centre of the first view, by default Hanoi's
     * @param zoom the zoom of the first view
     */
    public record MapSettings(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
            @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>") String attribution,
            @DefaultValue("21.0285") double latitude, @DefaultValue("105.8542") double longitude,
            @DefaultValue("13") int zoom) {

        public MapSettings {
            tileUrl = tileUrl == null ? "" : tileUrl.strip();
            attribution = attribution == null ? "" : attribution.strip();
            ImageOrigins.ofUrlTemplate(tileUrl);
        }

        public boolean enabled() {
            return !tileUrl.isEmpty();
        }
    }
}
