package vn.cityhall.shared;

import java.time.ZoneId;

/** The city's time zone. Local dates and times are always interpreted in it, never the JVM default. */
public final class CityZone {

    public static final ZoneId ID = ZoneId.of("Asia/Ho_Chi_Minh");

    private CityZone() {
    }
}
