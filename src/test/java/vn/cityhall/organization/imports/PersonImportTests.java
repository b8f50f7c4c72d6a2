package vn.cityhall.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import vn.cityhall.organization.PersonCreated;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("admin")
class PersonImportTests {

    private static final String HEADER = "username,full_name,unit_code,position,email,phone,zalo_user_id,roles,active\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    private Document preview(MockHttpSession session, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String unitOf(String username) {
        return transactions.execute(status -> people.findByUsername(username).orElseThrow().unit().code());
    }

    @Test
    void importsPeopleAndHandsOutTheirInitialPasswordsOnce() throws Exception {
        String first = ImportFixtures.unique("imp.a");
        String second = ImportFixtures.unique("imp.b");
        String csv = HEADER
                + first + ",Nguyễn Văn Nhập,01.SXD.HTKT,CHUYEN_VIEN," + first + "@hanoi.gov.vn,0912 345 678,,OFFICER|REPORTER,true\n"
                + second.toUpperCase() + ",Trần Thị Nhập,00070.VP,Văn thư,,+84987654321,zalo-1,CLERK,\n"
                + "vanthu,Phạm Thu Dung,01.VP,VAN_THU,vanthu@cityhall.example,,,CLERK,true\n";
        long before = people.count();
        MockHttpSession session = new MockHttpSession();
        String url = ImportFixtures.upload(mvc, session, "people", ImportFixtures.utf8(csv));
        Document page = preview(session, url);
        assertThat(page.select("#count-create").text()).isEqualTo("2");
        assertThat(page.select("#count-unchanged").text()).isEqualTo("1");
        assertThat(people.count()).isEqualTo(before);

        String done = mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(redirectedUrlPattern("/admin/imports?credentials=*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(people.count()).isEqualTo(before + 2);
        Person a = people.findByUsername(first).orElseThrow();
        Person b = people.findByUsername(second).orElseThrow();
        assertThat(a.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.REPORTER);
        assertThat(a.phone()).isEqualTo("0912345678");
        assertThat(b.position()).isEqualTo(Position.VAN_THU);
        assertThat(b.zaloUserId()).isEqualTo("zalo-1");
        assertThat(b.isActive()).isTrue();
        assertThat(a.mustChangePassword()).isTrue();
        assertThat(b.mustChangePassword()).isTrue();
        assertThat(unitOf(first)).isEqualTo("01.SXD.HTKT");
        assertThat(events.stream(PersonCreated.class).map(PersonCreated::username)).containsExactlyInAnyOrder(first, second);

        String ticket = done.substring(done.indexOf("credentials=") + "credentials=".length());
        mvc.perform(get(done).session(session))
                .andExpect(content().string(containsString("Tải danh sách mật khẩu (một lần)")));
        byte[] file = mvc.perform(post("/admin/imports/credentials").param("ticket", ticket).with(csrf()).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFusername,full_name,unit_code,initial_password");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        for (CSVRecord record : records) {
            Person person = people.findByUsername(record.get("username")).orElseThrow();
            assertThat(encoder.matches(record.get("initial_password"), person.passwordHash())).isTrue();
        }
        assertThat(records.get(1).get("full_name")).isEqualTo("Trần Thị Nhập");

        mvc.perform(post("/admin/imports/credentials").param("ticket", ticket).with(csrf()).session(session))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/imports?gone=true"));
        mvc.perform(get("/admin/imports?gone=true").session(session))
                .andExpect(content().string(containsString("Danh sách mật khẩu đã được tải về hoặc đã hết hạn")));
    }

    @Test
    void updatesExistingPeopleAndKeepsColumnsLeftOut() throws Exception {
        String username = ImportFixtures.unique("upd");
        MockHttpSession session = new MockHttpSession();
        String setup = ImportFixtures.upload(mvc, session, "people", ImportFixtures.utf8(HEADER
                + username + ",Lê Văn Cũ,00070.VP,CHUYEN_VIEN," + username + "@hk.example,0901234567,,OFFICER,true\n"));
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(setup)).with(csrf()).session(session));

        String url = ImportFixtures.upload(mvc, session, "people", ImportFixtures.utf8(
                "username;full_name;unit_code;position;active\n" + username + ";Lê Văn Mới;00070.VHXH;PHO_TRUONG_PHONG;false\n"));
        Document page = preview(session, url);
        assertThat(page.select("#rows tbody tr").eachText())
                .containsExactly("2 Cập nhật " + username + " Lê Văn Mới full_name, unit_code, position, active");
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/imports"));
        Person person = people.findByUsername(username).orElseThrow();
        assertThat(person.fullName()).isEqualTo("Lê Văn Mới");
        assertThat(person.position()).isEqualTo(Position.PHO_TRUONG_PHONG);
        assertThat(person.isActive()).isFalse();
        assertThat(person.phone()).isEqualTo("0901234567");
        assertThat(person.roles()).isEqualTo(Set.of(Role.OFFICER));
        assertThat(unitOf(username)).isEqualTo("00070.VHXH");
    }

    @Test
    void reportsEveryInvalidRowAndImportsNothing() throws Exception {
        String ok = ImportFixtures.unique("ok");
        String twice = ImportFixtures.unique("twice");
        String csv = HEADER
                + ok + ",Người Hợp Lệ,00070.VP,CHUYEN_VIEN,,,,OFFICER,\n"
                + twice + ",Người Một,00070.VP,CHUYEN_VIEN,,,,,\n"
                + twice + ",Người Lặp,00070.VP,CHUYEN_VIEN,,,,,\n"
                + "Có Dấu,Người Sai Tên,00070.VP,CHUYEN_VIEN,,,,,\n"
                + ImportFixtures.unique("u") + ",Người Sai Đơn Vị,NO.UNIT,HOANG_DE,not-mail,12345,,KING,maybe\n"
                + ImportFixtures.unique("u") + ",Người Trùng Thư,00070.VP,CHUYEN_VIEN,vanthu@cityhall.example,,,,\n"
                + "admin,Quản trị hệ thống,01.VP,CHUYEN_VIEN,,,,OFFICER,false\n";
        long before = people.count();
        MockHttpSession session = new MockHttpSession();
        String url = ImportFixtures.upload(mvc, session, "people", ImportFixtures.utf8(csv));
        List<String> problems = preview(session, url).select("#problems tbody tr").eachText();
        assertThat(problems)
                .anySatisfy(row -> assertThat(row).startsWith("4 username " + twice + " đã xuất hiện ở dòng 3"))
                .anySatisfy(row -> assertThat(row).startsWith("5 username Tên đăng nhập “có dấu” không hợp lệ"))
                .anySatisfy(row -> assertThat(row).isEqualTo("6 unit_code Không có đơn vị nào mã NO.UNIT."))
                .anySatisfy(row -> assertThat(row).startsWith("6 position “HOANG_DE” không hợp lệ"))
                .anySatisfy(row -> assertThat(row).isEqualTo("6 email “not-mail” không phải là thư điện tử hợp lệ."))
                .anySatisfy(row -> assertThat(row).startsWith("6 phone “12345” không phải là số điện thoại hợp lệ"))
                .anySatisfy(row -> assertThat(row).startsWith("6 roles “KING” không hợp lệ"))
                .anySatisfy(row -> assertThat(row).isEqualTo("6 active “maybe” không hợp lệ; ghi true hoặc false."))
                .anySatisfy(row -> assertThat(row).isEqualTo("7 email Thư điện tử vanthu@cityhall.example đã được dùng cho tài khoản vanthu."))
                .anySatisfy(row -> assertThat(row).isEqualTo("8 active Đây là tài khoản của bạn: bạn không thể tự ngừng hoạt động."))
                .anySatisfy(row -> assertThat(row).isEqualTo("8 roles Đây là tài khoản của bạn: bạn không thể tự bỏ vai trò SYSTEM_ADMIN."))
                .noneSatisfy(row -> assertThat(row).startsWith("2 "));
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(redirectedUrl(url));
        assertThat(people.count()).isEqualTo(before);
        assertThat(people.findByUsername(ok)).isEmpty();
        assertThat(people.findByUsername("admin").orElseThrow().isActive()).isTrue();
        assertThat(events.stream(PersonCreated.class)).isEmpty();
    }

    @Test
    void thePeopleTemplateIsAValidFile() throws Exception {
        byte[] template = mvc.perform(get("/admin/imports/template/people.csv"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        MockHttpSession session = new MockHttpSession();
        Document page = preview(session, ImportFixtures.upload(mvc, session, "people", template));
        assertThat(page.select("#problems")).isEmpty();
        assertThat(page.select("#count-create").text()).isEqualTo("2");
    }
}
