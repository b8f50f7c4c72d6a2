package vn.cityhall.feedback.text;

/**
 * A point in WGS 84 degrees, as published: see {@link PersonalDataMasker#round(double, double)}.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Coordinates(double latitude, double longitude) {
}
