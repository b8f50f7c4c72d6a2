package vn.cityhall.zalo.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulator's citizens, in memory: each gets a fresh 19-digit Zalo user id and, unless the tester names
 * them, a Vietnamese name and a mobile number. The oldest are forgotten beyond {@value #KEPT}.
 */
@Component
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
class SimulatedCitizens {

    static final int KEPT = 200;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam",
        "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn"};
    private static final String[] PREFIXES = {"090", "091", "093", "096", "097", "098", "086", "088", "070", "077"};

    private final Clock clock;
    private final Map<String, SimulatedCitizen> citizens = new LinkedHashMap<>();

    SimulatedCitizens(Clock clock) {
        this.clock = clock;
    }

    /** A new citizen; a blank name or phone is made up. */
    synchronized SimulatedCitizen create(String name, String phone) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String userId = "7" + String.format("%018d", random.nextLong(1_000_000_000_000_000L));
        SimulatedCitizen citizen = new SimulatedCitizen(userId,
                name == null || name.isBlank() ? madeUpName(random) : name.strip(),
                phone == null || phone.isBlank() ? madeUpPhone(random) : phone.strip(), clock.instant());
        citizens.put(userId, citizen);
        if (citizens.size() > KEPT) {
            citizens.remove(citizens.keySet().iterator().next());
        }
        return citizen;
    }

    synchronized Optional<SimulatedCitizen> find(String userId) {
        return Optional.ofNullable(citizens.get(userId));
    }

    /** Every citizen, the newest first. */
    synchronized List<SimulatedCitizen> all() {
        List<SimulatedCitizen> all = new ArrayList<>(citizens.values());
        all.sort(Comparator.comparing(SimulatedCitizen::createdAt).reversed());
        return all;
    }

    private static String madeUpName(ThreadLocalRandom random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static String madeUpPhone(ThreadLocalRandom random) {
        return PREFIXES[random.nextInt(PREFIXES.length)] + String.format("%07d", random.nextInt(10_000_000));
    }
}
