package vn.cityhall.calendar;

/**
 * Instants of true (apparent) new moon, after Meeus, "Astronomical Algorithms" (2nd ed.),
 * ch. 49 "Phases of the Moon".
 * <p>
 * New moons are numbered by the lunation index {@code k}: {@code k = 0} is the new moon of
 * 2000 January 6, negative values are earlier. The mean new moon (eq. 49.1) is corrected by
 * the periodic terms for the New Moon in ch. 49 and by the fourteen additional planetary
 * terms; Meeus gives the result as accurate to a few seconds for years near 2000, far more
 * than a calendar that only needs the day needs.
 */
final class NewMoons {

    /** Mean length of the synodic month in days (Meeus eq. 49.1). */
    static final double SYNODIC_MONTH = 29.530588861;

    /** JDE of the mean new moon of lunation 0 (Meeus eq. 49.1). */
    private static final double LUNATION_ZERO = 2451550.09766;

    /**
     * Periodic terms for the New Moon (Meeus ch. 49): coefficient in days, the power of the
     * eccentricity factor E, and the multiples of M (Sun's mean anomaly), M' (Moon's mean
     * anomaly), F (Moon's argument of latitude) and Ω (longitude of the ascending node).
     */
    private static final double[][] TERMS = {
            {-0.40720, 0, 0, 1, 0, 0},
            {0.17241, 1, 1, 0, 0, 0},
            {0.01608, 0, 0, 2, 0, 0},
            {0.01039, 0, 0, 0, 2, 0},
            {0.00739, 1, -1, 1, 0, 0},
            {-0.00514, 1, 1, 1, 0, 0},
            {0.00208, 2, 2, 0, 0, 0},
            {-0.00111, 0, 0, 1, -2, 0},
            {-0.00057, 0, 0, 1, 2, 0},
            {0.00056, 1, 1, 2, 0, 0},
            {-0.00042, 0, 0, 3, 0, 0},
            {0.00042, 1, 1, 0, 2, 0},
            {0.00038, 1, 1, 0, -2, 0},
            {-0.00024, 1, -1, 2, 0, 0},
            {-0.00017, 0, 0, 0, 0, 1},
            {-0.00007, 0, 2, 1, 0, 0},
            {0.00004, 0, 0, 2, -2, 0},
            {0.00004, 0, 3, 0, 0, 0},
            {0.00003, 0, 1, 1, -2, 0},
            {0.00003, 0, 0, 2, 2, 0},
            {-0.00003, 0, 1, 1, 2, 0},
            {0.00003, 0, -1, 1, 2, 0},
            {-0.00002, 0, -1, 1, -2, 0},
            {-0.00002, 0, 1, 3, 0, 0},
            {0.00002, 0, 0, 4, 0, 0},
    };

    /**
     * Additional corrections for all phases (Meeus ch. 49), from the planetary arguments
     * A1..A14: coefficient in days, constant and rate per lunation of the argument in degrees.
     * A1 also has a T² term, applied in {@link #planetaryCorrection}.
     */
    private static final double[][] PLANETARY = {
            {0.000325, 299.77, 0.107408},
            {0.000165, 251.88, 0.016321},
            {0.000164, 251.83, 26.651886},
            {0.000126, 349.42, 36.412478},
            {0.000110, 84.66, 18.206239},
            {0.000062, 141.74, 53.303771},
            {0.000060, 207.14, 2.453732},
            {0.000056, 154.84, 7.306860},
            {0.000047, 34.52, 27.261239},
            {0.000042, 207.19, 0.121824},
            {0.000040, 291.34, 1.844379},
            {0.000037, 161.72, 24.198154},
            {0.000035, 239.56, 25.513099},
            {0.000023, 331.55, 3.592518},
    };

    private NewMoons() {
    }

    /** The lunation index of the new moon closest to a Julian Day. */
    static long lunationNear(double jd) {
        return Math.round((jd - LUNATION_ZERO) / SYNODIC_MONTH);
    }

    /** Julian Ephemeris Day (TT) of the true new moon of lunation {@code k}. */
    static double of(long k) {
        double t = k / 1236.85; // Julian centuries from J2000.0 (Meeus eq. 49.3)
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double mean = LUNATION_ZERO + SYNODIC_MONTH * k + 0.00015437 * t2
                - 0.000000150 * t3 + 0.00000000073 * t4;

        double e = 1 - 0.002516 * t - 0.0000074 * t2; // eccentricity of Earth's orbit (eq. 47.6)
        double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
        double mPrime = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                - 0.000000058 * t4;
        double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
                + 0.000000011 * t4;
        double omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

        double correction = 0;
        for (double[] term : TERMS) {
            double argument = term[2] * m + term[3] * mPrime + term[4] * f + term[5] * omega;
            correction += term[0] * Math.pow(e, term[1]) * sinDegrees(argument);
        }
        return mean + correction + planetaryCorrection(k, t2);
    }

    private static double planetaryCorrection(long k, double t2) {
        double sum = 0;
        for (int i = 0; i < PLANETARY.length; i++) {
            double[] term = PLANETARY[i];
            double argument = term[1] + term[2] * k - (i == 0 ? 0.009173 * t2 : 0);
            sum += term[0] * sinDegrees(argument);
        }
        return sum;
    }

    private static double sinDegrees(double degrees) {
        return Math.sin(Math.toRadians(degrees % 360));
    }
}
