package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitCreated;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.UnitUpdated;
import vn.cityhall.organization.Units;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("admin")
class UnitFormControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    AdminFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(units, people, transactions);
    }

    /** The add form with these values; {@code overrides} are further name, value pairs that replace defaults. */
    private static MockHttpServletRequestBuilder addUnit(String type, String parent, String code, String name,
            String shortName, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", type);
        fields.put("parentCode", parent);
        fields.put("code", code);
        fields.put("name", name);
        fields.put("fullName", name + " phường Hoàn Kiếm");
        fields.put("shortName", shortName);
        fields.put("validFrom", "2025-07-01");
        fields.put("validTo", "");
        fields.put("sortOrder", "5");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/units/new").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void addFormPreselectsTheParentAndASuitableType() throws Exception {
        mvc.perform(get("/admin/units/new").param("parent", "00070"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/form"))
                .andExpect(content().string(containsString("value=\"00070\"")))
                .andExpect(content().string(containsString("<option value=\"DIVISION\" selected>")));
    }

    @Test
    void addsADivisionUnderAWardAndPublishesTheEvent() throws Exception {
        String code = AdminFixtures.unique("00070.N");
        String decomposed = Normalizer.normalize("Phòng Nội vụ", Normalizer.Form.NFD);
        mvc.perform(addUnit("DIVISION", "00070", code, "  " + decomposed + " ", "NV"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("success", "Đã thêm đơn vị Phòng Nội vụ.")));
        Unit unit = units.findByCode(code).orElseThrow();
        assertThat(unit.name()).isEqualTo("Phòng Nội vụ").isEqualTo(Normalizer.normalize(unit.name(), Normalizer.Form.NFC));
        assertThat(unit.type()).isEqualTo(UnitType.DIVISION);
        assertThat(fixtures.parentCode(unit)).isEqualTo("00070");
        assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(unit.sortOrder()).isEqualTo(5);
        assertThat(events.stream(UnitCreated.class).filter(event -> event.code().equals(code))).hasSize(1);
    }

    @Test
    void rejectsUnitWithoutCodeAndChangesNothing() throws Exception {
        long before = units.count();
        mvc.perform(addUnit("DIVISION", "00070", "", "Phòng Không Mã", "KM"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/form"))
                .andExpect(content().string(containsString("Vui lòng nhập mã đơn vị.")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(units.count()).isEqualTo(before);
        assertThat(events.stream(UnitCreated.class)).isEmpty();
    }

    @Test
    void rejectsACodeWithSpacesOrAccents() throws Exception {
        long before = units.count();
        mvc.perform(addUnit("DIVISION", "00070", "00070 VĂN", "Phòng Sai Mã", "SM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã đơn vị chỉ gồm chữ cái không dấu")));
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void rejectsADuplicateCode() throws Exception {
        long before = units.count();
        mvc.perform(addUnit("DIVISION", "00070", "00070.VP", "Văn phòng khác", "VP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã 00070.VP đã được dùng cho một đơn vị khác")));
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void rejectsADepartmentUnderAWard() throws Exception {
        long before = units.count();
        mvc.perform(addUnit("DEPARTMENT", "00070", AdminFixtures.unique("S"), "Sở Lạ", "SL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị loại “Sở, ban, ngành” không thể trực thuộc đơn vị loại “Phường, xã”")));
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownParentAndAMissingType() throws Exception {
        long before = units.count();
        mvc.perform(addUnit("", "99999", AdminFixtures.unique("X"), "Phòng Mồ Côi", "MC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn loại đơn vị.")));
        mvc.perform(addUnit("DIVISION", "99999", AdminFixtures.unique("X"), "Phòng Mồ Côi", "MC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có đơn vị nào mã 99999")));
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void rejectsAnEndBeforeTheStartAnInvalidDateAndALongShortName() throws Exception {
        long before = units.count();
        mvc.perform(addUnit("DIVISION", "00070", AdminFixtures.unique("D"), "Phòng Ngày Sai", "NS",
                        "validTo", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.")));
        mvc.perform(addUnit("DIVISION", "00070", AdminFixtures.unique("D"), "Phòng Ngày Sai", "NS",
                        "validFrom", "2025-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hợp lệ")));
        mvc.perform(addUnit("DIVISION", "00070", AdminFixtures.unique("D"), "Phòng Tên Dài", "X".repeat(41)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên viết tắt dài tối đa 40 ký tự.")));
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void errorsAreInEnglishWhenAsked() throws Exception {
        mvc.perform(addUnit("DIVISION", "00070", "", "", "NV", "lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the unit code.")))
                .andExpect(content().string(containsString("Enter the unit name.")));
    }

    @Test
    void editFormShowsTheCurrentValues() throws Exception {
        Unit unit = fixtures.division("00070");
        mvc.perform(get("/admin/units/{id}/edit", unit.id().value()))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/form"))
                .andExpect(content().string(containsString("value=\"" + unit.code() + "\"")))
                .andExpect(content().string(containsString("value=\"2025-07-01\"")));
    }

    @Test
    void editSavesTheNewAttributes() throws Exception {
        Unit unit = fixtures.division("00070");
        String newCode = unit.code() + "-B";
        mvc.perform(post("/admin/units/{id}/edit", unit.id().value()).with(csrf())
                        .param("code", newCode).param("name", "Phòng Đổi Tên").param("fullName", "Phòng Đổi Tên đầy đủ")
                        .param("shortName", "PĐT").param("validFrom", "2025-08-01").param("validTo", "2030-12-31")
                        .param("sortOrder", "9"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/units/" + unit.id().value()));
        Unit saved = fixtures.reload(unit);
        assertThat(saved.code()).isEqualTo(newCode);
        assertThat(saved.name()).isEqualTo("Phòng Đổi Tên");
        assertThat(saved.validTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(saved.sortOrder()).isEqualTo(9);
        assertThat(events.stream(UnitUpdated.class).filter(event -> event.unit().equals(unit.id()))).hasSize(1);
    }

    @Test
    void invalidEditChangesNothing() throws Exception {
        Unit unit = fixtures.division("00070");
        mvc.perform(post("/admin/units/{id}/edit", unit.id().value()).with(csrf())
                        .param("code", "00070.VP").param("name", "").param("fullName", "Tên đầy đủ")
                        .param("shortName", "X").param("validFrom", "2025-07-01").param("sortOrder", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tên đơn vị.")))
                .andExpect(content().string(containsString("Thứ tự phải là số nguyên")));
        mvc.perform(post("/admin/units/{id}/edit", unit.id().value()).with(csrf())
                        .param("code", "00070.VP").param("name", "Tên").param("fullName", "Tên đầy đủ")
                        .param("shortName", "X").param("validFrom", "2025-07-01").param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã 00070.VP đã được dùng cho một đơn vị khác")));
        Unit saved = fixtures.reload(unit);
        assertThat(saved.code()).isEqualTo(unit.code());
        assertThat(saved.name()).isEqualTo(unit.name());
        assertThat(events.stream(UnitUpdated.class)).isEmpty();
    }
}
