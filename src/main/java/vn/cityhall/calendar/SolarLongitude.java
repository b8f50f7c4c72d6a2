package vn.cityhall.calendar;

/**
 * Apparent geocentric longitude of the Sun, after Meeus, "Astronomical Algorithms" (2nd ed.),
 * ch. 25 "Solar Coordinates", low-accuracy method (eqs. 25.2–25.8).
 * <p>
 * Meeus puts the error of this method at about 0.01°, i.e. the Sun reaches a given longitude
 * within about a quarter of an hour of the computed instant. Only the day of a solar term
 * matters to the calendar, so this suffices except when a term falls within minutes of local
 * midnight; the full VSOP87 theory (ch. 32) would be needed to decide such cases.
 */
final class SolarLongitude {

    /** Longitude of the winter (December) solstice, degrees. */
    static final double WINTER_SOLSTICE = 270.0;

    private SolarLongitude() {
    }

    /** Apparent longitude of the Sun in degrees, from 0 (inclusive) to 360 (exclusive), at a Julian Ephemeris Day. */
    static double at(double jde) {
        double t = (jde - 2451545.0) / 36525; // Julian centuries from J2000.0 (eq. 25.1)
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double meanAnomaly = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000289 * Math.sin(3 * meanAnomaly);
        double trueLongitude = meanLongitude + centre;
        // Nutation and aberration (eq. 25.8).
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double apparent = trueLongitude - 0.00569 - 0.00478 * Math.sin(omega);
        return normalize(apparent);
    }

    /**
     * The instant (JDE) near {@code estimate} at which the Sun's apparent longitude equals
     * {@code longitude}, found by the iteration Meeus gives in ch. 27:
     * JDE += 58 sin(longitude − λ), 58 days being roughly 365.24 / 2π.
     */
    static double reaches(double longitude, double estimate) {
        double jde = estimate;
        for (int i = 0; i < 20; i++) {
            double step = 58 * Math.sin(Math.toRadians(longitude - at(jde)));
            jde += step;
            if (Math.abs(step) < 1e-7) {
                break;
            }
        }
        return jde;
    }

    static double normalize(double degrees) {
        double result = degrees % 360;
        return result < 0 ? result + 360 : result;
    }
}
