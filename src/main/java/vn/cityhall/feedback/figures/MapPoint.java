package vn.cityhall.feedback.figures;

/** A published item on the map, at its location rounded to 3 decimals (about 100 m). */
public record MapPoint(String code, double latitude, double longitude) {
}
