package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.Units;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@WithUserDetails("admin")
class PersonListControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    TransactionTemplate transactions;

    AdminFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(units, people, transactions);
    }

    private List<String> names(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("#people-results tbody td:first-child a").eachText();
    }

    @Test
    void listShowsPeopleWithTheirUnitsRolesAndStatus() throws Exception {
        String html = mvc.perform(get("/admin/people"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/people/index"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nguyễn Văn An", "chutich", "UBND thành phố Hà Nội", "Lãnh đạo", "Đang hoạt động");
    }

    @Test
    void searchesNamesWithoutAccents() throws Exception {
        assertThat(names(get("/admin/people").param("q", "nguyen van an"))).containsExactly("Nguyễn Văn An");
        assertThat(names(get("/admin/people").param("q", "DANG THI NGOC"))).containsExactly("Đặng Thị Ngọc");
    }

    @Test
    void searchesLoginEmailAndPhone() throws Exception {
        assertThat(names(get("/admin/people").param("q", "giamdoc.sxd"))).containsExactly("Đỗ Quang Huy");
        assertThat(names(get("/admin/people").param("q", "thuky@cityhall.example"))).containsExactly("Vũ Thị Hạnh");
    }

    @Test
    void filtersByUnitWithOrWithoutItsSubtree() throws Exception {
        assertThat(names(get("/admin/people").param("unit", "00070")))
                .contains("Phan Văn Phúc").doesNotContain("Lý Thị Quỳnh", "Nguyễn Văn An");
        assertThat(names(get("/admin/people").param("unit", "00070").param("subtree", "true")))
                .contains("Phan Văn Phúc", "Lý Thị Quỳnh", "Trịnh Văn Sơn").doesNotContain("Nguyễn Văn An");
    }

    @Test
    void filtersByRoleAndStatus() throws Exception {
        assertThat(names(get("/admin/people").param("role", "CLERK")))
                .contains("Phạm Thu Dung", "Đặng Thị Ngọc").doesNotContain("Nguyễn Văn An");
        Unit unit = fixtures.division("00070");
        var leaving = fixtures.person(unit);
        people.save(fixtures.reload(leaving).deactivate());
        assertThat(names(get("/admin/people").param("unit", unit.code()).param("status", "inactive")))
                .containsExactly(leaving.fullName());
        assertThat(names(get("/admin/people").param("unit", unit.code()).param("status", "active"))).isEmpty();
    }

    @Test
    void pagesThroughManyPeople() throws Exception {
        Unit unit = fixtures.division("00082");
        for (int i = 0; i < 30; i++) {
            fixtures.person(unit, Role.OFFICER);
        }
        List<String> first = names(get("/admin/people").param("unit", unit.code()));
        List<String> second = names(get("/admin/people").param("unit", unit.code()).param("page", "1"));
        assertThat(first).hasSize(25);
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
        mvc.perform(get("/admin/people").param("unit", unit.code()))
                .andExpect(content().string(containsString("30 cán bộ")))
                .andExpect(content().string(containsString("page=1")));
    }

    @Test
    void htmxSearchGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/admin/people").param("q", "hanh").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/people/results"))
                .andExpect(content().string(containsString("Vũ Thị Hạnh")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void unknownUnitFilterAndEmptyResultsAreExplained() throws Exception {
        mvc.perform(get("/admin/people").param("unit", "NO.SUCH"))
                .andExpect(content().string(containsString("Không có đơn vị nào mã NO.SUCH")));
        mvc.perform(get("/admin/people").param("q", "khong ai ten nay"))
                .andExpect(content().string(containsString("Không tìm thấy cán bộ nào")));
    }
}
