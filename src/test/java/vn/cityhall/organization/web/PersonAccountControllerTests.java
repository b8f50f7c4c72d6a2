package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonUpdated;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Units;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("admin")
class PersonAccountControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    AdminFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(units, people, transactions);
    }

    @Test
    void personPageShowsProfileAndAccount() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.OFFICER);
        mvc.perform(get("/admin/people/{id}", person.id().value()))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/people/show"))
                .andExpect(content().string(containsString(person.username())))
                .andExpect(content().string(containsString("Văn phòng HĐND và UBND")))
                .andExpect(content().string(containsString("UBND thành phố Hà Nội › Phường Hoàn Kiếm")))
                .andExpect(content().string(containsString("Chuyên viên")))
                .andExpect(content().string(containsString("Đặt lại mật khẩu")));
    }

    @Test
    void unknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/admin/people/{id}", 987654321)).andExpect(status().isNotFound());
    }

    @Test
    void deactivatesAndReactivatesAPerson() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.OFFICER);
        mvc.perform(post("/admin/people/{id}/deactivate", person.id().value()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/people/" + person.id().value()))
                .andExpect(flash().attribute("flash", new Flash("success", "Tài khoản của " + person.fullName() + " đã ngừng hoạt động.")));
        assertThat(fixtures.reload(person).isActive()).isFalse();
        mvc.perform(post("/admin/people/{id}/reactivate", person.id().value()).with(csrf()))
                .andExpect(flash().attribute("flash", new Flash("success", "Tài khoản của " + person.fullName() + " đã hoạt động trở lại.")));
        assertThat(fixtures.reload(person).isActive()).isTrue();
        assertThat(events.stream(PersonUpdated.class).map(PersonUpdated::change)).contains("deactivated", "reactivated");
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() throws Exception {
        Person admin = people.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/people/{id}/deactivate", admin.id().value()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("danger",
                        "Bạn không thể tự ngừng hoạt động tài khoản của mình; hãy nhờ một quản trị viên khác.")));
        assertThat(fixtures.reload(admin).isActive()).isTrue();
        assertThat(events.stream(PersonUpdated.class)).isEmpty();
    }

    @Test
    void resetsThePasswordAndShowsTheNewOneOnce() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.OFFICER);
        MockHttpSession session = new MockHttpSession();
        String passwordPage = mvc.perform(post("/admin/people/{id}/reset-password", person.id().value()).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/people/*/password?ticket=*"))
                .andReturn().getResponse().getRedirectedUrl();
        String html = mvc.perform(get(passwordPage).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã đặt lại mật khẩu của " + person.fullName())))
                .andReturn().getResponse().getContentAsString();
        String password = Jsoup.parse(html).select("#initial-password").text();
        Person saved = fixtures.reload(person);
        assertThat(encoder.matches(password, saved.passwordHash())).isTrue();
        assertThat(saved.mustChangePassword()).isTrue();
        assertThat(events.stream(PersonUpdated.class).map(PersonUpdated::change)).contains("password reset");
        mvc.perform(get(passwordPage).session(session))
                .andExpect(content().string(containsString("không xem lại được")));
    }

    @Test
    void aTicketFromAnotherSessionOrPersonShowsNothing() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.OFFICER);
        Person other = fixtures.person(fixtures.unit("00070.VP"), Role.OFFICER);
        MockHttpSession session = new MockHttpSession();
        String passwordPage = mvc.perform(post("/admin/people/{id}/reset-password", person.id().value()).with(csrf()).session(session))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(passwordPage).session(new MockHttpSession()))
                .andExpect(content().string(containsString("không xem lại được")));
        String ticket = passwordPage.substring(passwordPage.indexOf("ticket=") + 7);
        mvc.perform(get("/admin/people/{id}/password", other.id().value()).param("ticket", ticket).session(session))
                .andExpect(content().string(containsString("không xem lại được")));
    }

    @Test
    void showsALockedAccountAndUnlocksIt() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.OFFICER);
        Person locked = fixtures.reload(person);
        for (int i = 0; i < 10; i++) {
            locked.recordFailedLogin(Instant.now(), 10, Duration.ofMinutes(15));
        }
        people.save(locked);
        mvc.perform(get("/admin/people/{id}", person.id().value()))
                .andExpect(content().string(containsString("Khóa đến")))
                .andExpect(content().string(containsString("Mở khóa tài khoản")));
        mvc.perform(get("/admin/people").param("q", person.username()))
                .andExpect(content().string(containsString("Khóa đến")));
        mvc.perform(post("/admin/people/{id}/unlock", person.id().value()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("success", "Đã mở khóa tài khoản của " + person.fullName() + ".")));
        Person unlocked = fixtures.reload(person);
        assertThat(unlocked.isLocked(Instant.now())).isFalse();
        assertThat(unlocked.failedLogins()).isZero();
    }
}
