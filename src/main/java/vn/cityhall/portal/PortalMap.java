package vn.cityhall.portal;

/**
 * What a page's map needs, for its {@code data-*} attributes: the tile server (empty for no map), its
 * credit and the first view.
 */
public record PortalMap(String tileUrl, String attribution, double latitude, double longitude, int zoom) {

    static PortalMap of(PortalSettings settings) {
        PortalSettings.MapSettings map = settings.map();
        return new PortalMap(map.tileUrl(), map.attribution(), map.latitude(), map.longitude(), map.zoom());
    }
}
