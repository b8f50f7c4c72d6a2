package vn.cityhall.feedback.web;

/** The staff map's tile server and first view: the same settings as the portal's maps ({@code cityhall.portal.map.*}). */
public record StaffMap(String tileUrl, String attribution, double latitude, double longitude, int zoom) {
}
