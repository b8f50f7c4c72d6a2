package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@WithUserDetails("admin")
class UnitTreeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Test
    void treeShowsTheCityTheDepartmentsAndAll126CommunesWithTheirCodes() throws Exception {
        String html = mvc.perform(get("/admin/units"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/index"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".unit-tree .unit-name").eachText())
                .contains("UBND thành phố Hà Nội", "Văn phòng UBND thành phố", "Sở Xây dựng", "Phường Hoàn Kiếm",
                        "Xã Kim Anh");
        assertThat(page.select(".unit-tree .unit-line").stream()
                .filter(line -> line.select(".unit-code").text().equals("00070")).findFirst())
                .hasValueSatisfying(line -> assertThat(line.text()).contains("Phường Hoàn Kiếm"));
        assertThat(page.select(".unit-tree .unit-line").stream()
                .filter(line -> line.select(".unit-code").text().equals("00382")).findFirst())
                .hasValueSatisfying(line -> assertThat(line.text()).contains("Xã Kim Anh"));
        // The 126 seeded wards and communes have five-digit statistical codes; tests sharing this database
        // may add units of their own, so the page must show every commune there is, and at least these.
        List<String> seededCommunes = units.findAll().stream()
                .filter(unit -> unit.type() == UnitType.COMMUNE && unit.code().matches("\\d{5}"))
                .map(Unit::code).toList();
        assertThat(seededCommunes).hasSize(126);
        long communes = units.findAll().stream().filter(unit -> unit.type() == UnitType.COMMUNE).count();
        assertThat(page.select(".unit-tree .unit-type-commune")).hasSize((int) communes);
        assertThat(page.select(".unit-tree .unit-code").eachText()).containsAll(seededCommunes);
        assertThat(page.select(".unit-tree .unit-type-department").size()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void divisionsAreLoadedWhenABranchIsOpened() throws Exception {
        long hoanKiem = units.findByCode("00070").orElseThrow().id().value();
        String html = mvc.perform(get("/admin/units"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("hx-get=\"/admin/units/" + hoanKiem + "/children\"");
        mvc.perform(get("/admin/units/{id}/children", hoanKiem).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/children"))
                .andExpect(content().string(containsString("00070.VP")))
                .andExpect(content().string(containsString("Phòng Văn hóa - Xã hội")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void childrenWithoutHtmxRedirectToTheUnitPage() throws Exception {
        long hoanKiem = units.findByCode("00070").orElseThrow().id().value();
        mvc.perform(get("/admin/units/{id}/children", hoanKiem))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/units/" + hoanKiem));
    }

    @Test
    void searchIgnoresAccentsAndShowsThePathOfEachMatch() throws Exception {
        String html = mvc.perform(get("/admin/units").param("q", "hoan kiem"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#unit-results tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("00070", "Phường Hoàn Kiếm", "UBND thành phố Hà Nội"))
                .anySatisfy(row -> assertThat(row).contains("00070.VP", "UBND thành phố Hà Nội › Phường Hoàn Kiếm"));
        assertThat(page.select(".unit-tree")).isEmpty();
    }

    @Test
    void searchFindsAUnitByCode() throws Exception {
        mvc.perform(get("/admin/units").param("q", "00382"))
                .andExpect(content().string(containsString("Xã Kim Anh")))
                .andExpect(content().string(not(containsString("Phường Hoàn Kiếm"))));
    }

    @Test
    void filtersByTypeAndStatus() throws Exception {
        String html = mvc.perform(get("/admin/units").param("type", "DEPARTMENT").param("status", "active"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#unit-results tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Sở Xây dựng"))
                .noneSatisfy(row -> assertThat(row).contains("Phường"));
        Document communes = Jsoup.parse(mvc.perform(get("/admin/units").param("type", "COMMUNE"))
                .andReturn().getResponse().getContentAsString());
        assertThat(communes.select("#unit-results tbody tr").size()).isGreaterThanOrEqualTo(126);
        assertThat(communes.select("#unit-results tbody tr").eachText())
                .allSatisfy(row -> assertThat(row).contains("Phường, xã"));
    }

    @Test
    void htmxSearchGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/admin/units").param("q", "kim anh").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/results"))
                .andExpect(content().string(containsString("Xã Kim Anh")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void searchWithoutMatchesSaysSo() throws Exception {
        mvc.perform(get("/admin/units").param("q", "khong co don vi nay"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị nào")));
    }

    @Test
    void unitPageShowsAttributesPathChildrenAndPeople() throws Exception {
        long hoanKiem = units.findByCode("00070").orElseThrow().id().value();
        String html = mvc.perform(get("/admin/units/{id}", hoanKiem))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/show"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".breadcrumb").text()).contains("Cây đơn vị", "UBND thành phố Hà Nội", "Phường Hoàn Kiếm");
        assertThat(page.select(".unit-attributes").text()).contains("00070", "Ủy ban nhân dân phường Hoàn Kiếm", "UBND",
                "01/07/2025");
        assertThat(page.select("#unit-children + * .unit-name, .list-group .unit-name").eachText())
                .contains("Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội");
        assertThat(page.select("a[href^=/admin/people/]").eachText()).contains("Phan Văn Phúc");
    }

    @Test
    void unknownUnitIsNotFound() throws Exception {
        mvc.perform(get("/admin/units/{id}", 987654321)).andExpect(status().isNotFound());
    }

    @Test
    void pagesAreInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/admin/units").param("lang", "en"))
                .andExpect(content().string(containsString("Unit tree")))
                .andExpect(content().string(containsString("Search by code or name")));
    }
}
