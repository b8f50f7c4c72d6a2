package vn.cityhall.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Units;
import vn.cityhall.organization.web.InitialPasswords;

/** An import that fails halfway (here: the database refuses the third save) leaves no trace. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class ImportAtomicityTests {

    @Autowired
    UnitImportPlanner unitPlanner;

    @Autowired
    PersonImportPlanner personPlanner;

    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate transactions;

    /** The real repository, except that the given save call fails. */
    private People failingOnSave(int failingCall) {
        AtomicInteger saves = new AtomicInteger();
        return (People) Proxy.newProxyInstance(People.class.getClassLoader(), new Class<?>[] {People.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("save") && saves.incrementAndGet() == failingCall) {
                        throw new IllegalStateException("database refused the row");
                    }
                    try {
                        return method.invoke(people, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aFailureAfterSomeRowsWereSavedRollsBackTheWholeImport() {
        ImportApplier applier = new ImportApplier(unitPlanner, personPlanner, units, failingOnSave(3), encoder,
                new InitialPasswords(), transactions, Clock.systemUTC());
        List<String> usernames = List.of(ImportFixtures.unique("atom.a"), ImportFixtures.unique("atom.b"),
                ImportFixtures.unique("atom.c"));
        CsvTable table = new CsvTable(List.of("username", "full_name", "unit_code", "position"), List.of(
                row(2, usernames.get(0)), row(3, usernames.get(1)), row(4, usernames.get(2))));
        long before = people.count();
        assertThatThrownBy(() -> applier.apply(ImportKind.PEOPLE, table, null))
                .hasMessage("database refused the row");
        assertThat(people.count()).isEqualTo(before);
        usernames.forEach(username -> assertThat(people.findByUsername(username)).isEmpty());
    }

    private static CsvTable.Row row(int number, String username) {
        return new CsvTable.Row(number, Map.of("username", username, "full_name", "Người Nguyên Tử",
                "unit_code", "00070.VP", "position", "CHUYEN_VIEN"));
    }
}
