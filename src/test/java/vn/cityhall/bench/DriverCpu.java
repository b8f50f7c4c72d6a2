package vn.cityhall.bench;

import java.lang.management.ManagementFactory;

/** CPU time used by the load driver's own JVM, to tell how much of the machine it took from CityHall. */
final class DriverCpu {

    private DriverCpu() {
    }

    static long seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000_000L;
        }
        return 0;
    }
}
