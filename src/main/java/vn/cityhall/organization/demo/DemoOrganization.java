package vn.cityhall.organization.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;
import vn.cityhall.organization.security.DemoPassword;

/**
 * Demo mode ({@code cityhall.demo.enabled=true}): adds a few divisions and one staff account per
 * typical role to Hanoi's real unit tree, and prints the logins. Runs once; later starts find the
 * accounts and only print them again.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("cityhall.demo.enabled")
public class DemoOrganization implements ApplicationRunner {

    /** Every demo login name; a real installation refuses to start while these keep the demo password. */
    public static final List<String> USERNAMES = List.of("admin", "chutich", "phochutich", "chanhvanphong", "vanthu",
            "tiepnhan", "thuky", "giamdoc.sxd", "truongphong.sxd", "chuyenvien.sxd", "vanthu.sxd",
            "chutich.hoankiem", "canbo.hoankiem", "baocao.hoankiem");

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private record Division(String code, String parentCode, String name, String fullName, String shortName) {
    }

    private record Account(String username, String fullName, String unitCode, Position position, Set<Role> roles) {
    }

    private static final List<Division> DIVISIONS = List.of(
            new Division("01.VP.TCD", "01.VP", "Phòng Tiếp công dân", "Phòng Tiếp công dân - Văn phòng UBND thành phố", "TCD"),
            new Division("01.VP.TH", "01.VP", "Phòng Tổng hợp", "Phòng Tổng hợp - Văn phòng UBND thành phố", "TH"),
            new Division("01.SXD.HTKT", "01.SXD", "Phòng Quản lý hạ tầng kỹ thuật", "Phòng Quản lý hạ tầng kỹ thuật - Sở Xây dựng", "HTKT"),
            new Division("01.SXD.VP", "01.SXD", "Văn phòng Sở", "Văn phòng Sở Xây dựng", "VP"),
            new Division("00070.VP", "00070", "Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND phường Hoàn Kiếm", "VP"),
            new Division("00070.KTHTDT", "00070", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hoàn Kiếm", "KTHTĐT"),
            new Division("00070.VHXH", "00070", "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội phường Hoàn Kiếm", "VHXH"));

    private static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Quản trị hệ thống", "01.VP", Position.CHUYEN_VIEN, EnumSet.of(Role.SYSTEM_ADMIN)),
            new Account("chutich", "Nguyễn Văn An", "01", Position.CHU_TICH, EnumSet.of(Role.LEADER)),
            new Account("phochutich", "Trần Thị Bình", "01", Position.PHO_CHU_TICH, EnumSet.of(Role.LEADER)),
            new Account("chanhvanphong", "Lê Minh Cường", "01.VP", Position.CHANH_VAN_PHONG, EnumSet.of(Role.LEADER)),
            new Account("vanthu", "Phạm Thu Dung", "01.VP", Position.VAN_THU, EnumSet.of(Role.CLERK)),
            new Account("tiepnhan", "Hoàng Quốc Hùng", "01.VP.TCD", Position.CHUYEN_VIEN, EnumSet.of(Role.FEEDBACK_OPERATOR)),
            new Account("thuky", "Vũ Thị Hạnh", "01.VP.TH", Position.CHUYEN_VIEN, EnumSet.of(Role.MEETING_SECRETARY)),
            new Account("giamdoc.sxd", "Đỗ Quang Huy", "01.SXD", Position.GIAM_DOC, EnumSet.of(Role.LEADER)),
            new Account("truongphong.sxd", "Ngô Thị Lan", "01.SXD.HTKT", Position.TRUONG_PHONG, EnumSet.of(Role.LEADER)),
            new Account("chuyenvien.sxd", "Bùi Đức Minh", "01.SXD.HTKT", Position.CHUYEN_VIEN, EnumSet.of(Role.OFFICER)),
            new Account("vanthu.sxd", "Đặng Thị Ngọc", "01.SXD.VP", Position.VAN_THU, EnumSet.of(Role.CLERK)),
            new Account("chutich.hoankiem", "Phan Văn Phúc", "00070", Position.CHU_TICH, EnumSet.of(Role.LEADER)),
            new Account("canbo.hoankiem", "Lý Thị Quỳnh", "00070.KTHTDT", Position.CONG_CHUC, EnumSet.of(Role.OFFICER)),
            new Account("baocao.hoankiem", "Trịnh Văn Sơn", "00070.VP", Position.CHUYEN_VIEN, EnumSet.of(Role.REPORTER)));

    private final Units units;
    private final People people;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoOrganization(Units units, People people, PasswordEncoder encoder, TransactionTemplate transactions,
            Clock clock) {
        this.units = units;
        this.people = people;
        this.encoder = encoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
        printLogins();
    }

    private void seed() {
        for (Division division : DIVISIONS) {
            if (!units.existsByCode(division.code())) {
                Unit parent = units.findByCode(division.parentCode()).orElseThrow();
                units.save(Unit.create(new Unit.UnitDetails(division.code(), division.name(), division.fullName(),
                        division.shortName(), LocalDate.of(2025, 7, 1), null, 0), UnitType.DIVISION, parent));
            }
        }
        String hash = null;
        for (Account account : ACCOUNTS) {
            if (people.existsByUsername(account.username())) {
                continue;
            }
            hash = hash == null ? encoder.encode(DemoPassword.VALUE) : hash;
            Unit unit = units.findByCode(account.unitCode()).orElseThrow();
            String email = account.username() + "@cityhall.example";
            people.save(Person.create(account.username(), new Person.Profile(account.fullName(), account.position(),
                    email, null, null), unit, account.roles(), hash, false, clock.instant()));
        }
    }

    private void printLogins() {
        StringBuilder banner = new StringBuilder()
                .append("\n==================== CityHall demo ====================\n")
                .append("Open http://localhost:8080 and sign in with any of these accounts.\n")
                .append("Mở http://localhost:8080 và đăng nhập bằng một trong các tài khoản sau.\n")
                .append("Password / Mật khẩu: ").append(DemoPassword.VALUE).append("\n\n");
        for (Account account : ACCOUNTS) {
            banner.append(String.format("  %-18s %-20s %s%n", account.username(), account.roles(), account.fullName()));
        }
        banner.append("=======================================================");
        log.info(banner.toString());
    }
}
