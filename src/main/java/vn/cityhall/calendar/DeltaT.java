package vn.cityhall.calendar;

/**
 * ΔT = TT − UT, the difference between the uniform time scale of the ephemerides
 * (Terrestrial/Dynamical Time) and civil Universal Time.
 * <p>
 * Meeus, "Astronomical Algorithms" (2nd ed.), ch. 10, explains why the correction is needed
 * and tabulates observed values. We use the polynomial fits to those observations published
 * by Espenak and Meeus (NASA, "Polynomial expressions for Delta T", 2006), which cover our
 * whole range. ΔT is about a minute, so it only matters when a new moon or a solar term falls
 * within a minute or so of local midnight.
 */
final class DeltaT {

    private DeltaT() {
    }

    /** ΔT in seconds for a decimal year, valid for about 1860–2150. */
    static double seconds(double year) {
        if (year < 1900) {
            double t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * Math.pow(t, 3)
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.pow(t, 3)
                    - 0.000197 * Math.pow(t, 4);
        }
        if (year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.pow(t, 3);
        }
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + Math.pow(t, 3) / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - Math.pow(t, 3) / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3)
                    + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    /** ΔT in days at a Julian Ephemeris Day. */
    static double days(double jde) {
        double year = 2000 + (jde - 2451545.0) / 365.25;
        return seconds(year) / 86400.0;
    }
}
