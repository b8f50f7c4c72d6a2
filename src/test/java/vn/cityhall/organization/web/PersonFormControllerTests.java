package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonCreated;
import vn.cityhall.organization.PersonUpdated;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.Units;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("admin")
class PersonFormControllerTests {

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

    /** The add (or edit) form with valid values; {@code overrides} are name, value pairs replacing them. */
    private static MockHttpServletRequestBuilder personForm(String url, String username, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", "Nguyễn Thị Thử");
        fields.put("username", username);
        fields.put("unitCode", "00070.VP");
        fields.put("position", "CHUYEN_VIEN");
        fields.put("email", username + "@hoankiem.example");
        fields.put("phone", "091 234.5678");
        fields.put("zaloUserId", "");
        fields.put("active", "true");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf()).param("roles", "OFFICER", "REPORTER");
        fields.forEach(request::param);
        return request;
    }

    @Test
    void addFormPreselectsTheUnit() throws Exception {
        mvc.perform(get("/admin/people/new").param("unit", "00070.VP"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/people/form"))
                .andExpect(content().string(containsString("value=\"00070.VP\"")))
                .andExpect(content().string(containsString("mật khẩu ban đầu ngẫu nhiên")));
    }

    @Test
    void addsAPersonAndShowsTheInitialPasswordOnce() throws Exception {
        String username = AdminFixtures.unique("nguyenthithu");
        MockHttpSession session = new MockHttpSession();
        MvcResult created = mvc.perform(personForm("/admin/people/new", username.toUpperCase()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/people/*/password?ticket=*&created=true"))
                .andReturn();
        Person person = people.findByUsername(username).orElseThrow();
        assertThat(person.fullName()).isEqualTo("Nguyễn Thị Thử");
        assertThat(person.phone()).isEqualTo("0912345678");
        assertThat(person.email()).isEqualTo(username + "@hoankiem.example");
        assertThat(person.position()).isEqualTo(Position.CHUYEN_VIEN);
        assertThat(person.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.REPORTER);
        assertThat(person.mustChangePassword()).isTrue();
        assertThat(fixtures.unitCode(person)).isEqualTo("00070.VP");
        assertThat(events.stream(PersonCreated.class).filter(event -> event.username().equals(username))).hasSize(1);

        String passwordPage = created.getResponse().getRedirectedUrl();
        String html = mvc.perform(get(passwordPage).session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/people/password"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        String password = Jsoup.parse(html).select("#initial-password").text();
        assertThat(password).hasSizeGreaterThanOrEqualTo(14);
        assertThat(encoder.matches(password, person.passwordHash())).isTrue();
        assertThat(person.passwordHash()).doesNotContain(password);

        mvc.perform(get(passwordPage).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được hiển thị và không xem lại được")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(password))));
    }

    @Test
    void rejectsInvalidFieldsAndChangesNothing() throws Exception {
        long before = people.count();
        String html = mvc.perform(personForm("/admin/people/new", "a b", "fullName", " ", "email", "not-an-email",
                        "phone", "12345", "position", "EMPEROR", "unitCode", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/people/form"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#form-errors li").eachText()).contains(
                "Vui lòng nhập họ và tên.",
                "Thư điện tử không hợp lệ; ví dụ đúng: ten@hanoi.gov.vn.",
                "Chức vụ không hợp lệ; hãy chọn trong danh sách.",
                "Vui lòng chọn đơn vị.")
                .anySatisfy(error -> assertThat(error).startsWith("Tên đăng nhập gồm 3 đến 64 ký tự"))
                .anySatisfy(error -> assertThat(error).startsWith("Số điện thoại không hợp lệ"));
        assertThat(people.count()).isEqualTo(before);
        assertThat(events.stream(PersonCreated.class)).isEmpty();
    }

    @Test
    void rejectsATakenLoginATakenEmailAndAnUnknownUnit() throws Exception {
        long before = people.count();
        mvc.perform(personForm("/admin/people/new", "chutich"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập chutich đã có người dùng")));
        mvc.perform(personForm("/admin/people/new", AdminFixtures.unique("x"), "email", "vanthu@cityhall.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thư điện tử vanthu@cityhall.example đã được dùng cho Phạm Thu Dung")));
        mvc.perform(personForm("/admin/people/new", AdminFixtures.unique("x"), "unitCode", "NO.SUCH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có đơn vị nào mã NO.SUCH")));
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void acceptsAnInternationalPhoneNumber() throws Exception {
        String username = AdminFixtures.unique("quocte");
        mvc.perform(personForm("/admin/people/new", username, "phone", "+84 912 345 678"))
                .andExpect(status().is3xxRedirection());
        assertThat(people.findByUsername(username).orElseThrow().phone()).isEqualTo("+84912345678");
    }

    @Test
    void editFormShowsTheCurrentValues() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.CLERK);
        mvc.perform(get("/admin/people/{id}/edit", person.id().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + person.fullName() + "\"")))
                .andExpect(content().string(containsString("value=\"CLERK\" id=\"role-CLERK\" checked")));
    }

    @Test
    void editSavesProfileUnitAndRoles() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.CLERK);
        mvc.perform(personForm("/admin/people/" + person.id().value() + "/edit", person.username(),
                        "fullName", "Trần Văn Đổi", "unitCode", "00070.VHXH", "position", "TRUONG_PHONG")
                        .param("roles", "LEADER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("success", "Đã lưu thông tin của Trần Văn Đổi.")));
        Person saved = fixtures.reload(person);
        assertThat(saved.fullName()).isEqualTo("Trần Văn Đổi");
        assertThat(saved.position()).isEqualTo(Position.TRUONG_PHONG);
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.REPORTER, Role.LEADER);
        assertThat(fixtures.unitCode(saved)).isEqualTo("00070.VHXH");
        assertThat(events.stream(PersonUpdated.class).filter(event -> event.person().equals(person.id()))
                .map(PersonUpdated::change)).anyMatch(change -> change.startsWith("unit"))
                .anyMatch(change -> change.startsWith("roles")).contains("profile");
    }

    @Test
    void invalidEditChangesNothing() throws Exception {
        Person person = fixtures.person(fixtures.unit("00070.VP"), Role.CLERK);
        mvc.perform(personForm("/admin/people/" + person.id().value() + "/edit", person.username(),
                        "fullName", "", "email", "vanthu@cityhall.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên.")));
        mvc.perform(personForm("/admin/people/" + person.id().value() + "/edit", person.username(),
                        "email", "vanthu@cityhall.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được dùng cho Phạm Thu Dung")));
        Person saved = fixtures.reload(person);
        assertThat(saved.fullName()).isEqualTo(person.fullName());
        assertThat(saved.email()).isEqualTo(person.email());
        assertThat(saved.roles()).containsExactly(Role.CLERK);
        assertThat(events.stream(PersonUpdated.class)).isEmpty();
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleOrDeactivateThemselves() throws Exception {
        Person admin = people.findByUsername("admin").orElseThrow();
        mvc.perform(personForm("/admin/people/" + admin.id().value() + "/edit", "admin",
                        "fullName", admin.fullName(), "unitCode", "01.VP", "email", admin.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn không thể tự bỏ vai trò Quản trị hệ thống của mình")));
        MockHttpServletRequestBuilder keepRolesButDeactivate = personForm("/admin/people/" + admin.id().value() + "/edit",
                "admin", "fullName", admin.fullName(), "unitCode", "01.VP", "email", admin.email(), "active", "")
                .param("roles", "SYSTEM_ADMIN");
        mvc.perform(keepRolesButDeactivate)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn không thể tự ngừng hoạt động tài khoản của mình")));
        Person saved = fixtures.reload(admin);
        assertThat(saved.isActive()).isTrue();
        assertThat(saved.roles()).isEqualTo(Set.of(Role.SYSTEM_ADMIN));
        assertThat(saved.fullName()).isEqualTo(admin.fullName());
    }
}
