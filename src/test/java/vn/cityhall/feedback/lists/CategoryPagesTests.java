package vn.cityhall.feedback.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cityhall.feedback.lists.ListFixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class CategoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    FeedbackCategories categories;

    @Test
    void onlySystemAdministratorsKeepTheCategories() throws Exception {
        mvc.perform(get("/admin/feedback/categories").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lĩnh vực phản ánh"), containsString("data-code=\"HA_TANG\""),
                        containsString("Sở Y tế"))));
        for (String other : new String[] {"tiepnhan", "canbo.hoankiem", "chutich"}) {
            mvc.perform(get("/admin/feedback/categories").with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/feedback/categories/new").with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/feedback/categories/new").with(csrf()).with(as(accounts, other))
                    .param("code", ListFixtures.code("NOPE"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("href=\"/admin/feedback/categories\"")));
        mvc.perform(get("/").with(as(accounts, "tiepnhan")))
                .andExpect(content().string(not(containsString("href=\"/admin/feedback/categories\""))));
    }

    @Test
    void anAdministratorAddsACategoryHandledByADepartmentAndEditsIt(ApplicationEvents events) throws Exception {
        String code = ListFixtures.code("NUOC");
        mvc.perform(post("/admin/feedback/categories/new").with(csrf()).with(as(accounts, "admin"))
                        .param("code", code).param("name", "Cấp nước sạch").param("nameEn", "Clean water")
                        .param("description", "Mất nước, nước đục").param("handler", "DEPARTMENT")
                        .param("handlerUnitCode", "01.SXD").param("photosRequired", "on").param("active", "on")
                        .param("sortOrder", "110"))
                .andExpect(redirectedUrlPattern("/admin/feedback/categories/*"))
                .andExpect(flash().attribute("notice", "Đã thêm lĩnh vực „Cấp nước sạch“."));
        FeedbackCategory added = byCode(code);
        assertThat(added.handler()).isEqualTo(FeedbackCategory.Handler.DEPARTMENT);
        assertThat(added.handlerUnitCode()).isEqualTo("01.SXD");
        assertThat(added.photosRequired()).isTrue();
        assertThat(added.isActive()).isTrue();

        mvc.perform(get("/admin/feedback/categories/" + added.id()).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Cấp nước sạch\""),
                        containsString("<option value=\"01.SXD\" selected>Sở Xây dựng</option>"),
                        containsString("<option value=\"KTHTDT\" label=\"Phòng Kinh tế, Hạ tầng và Đô thị\">"))));
        mvc.perform(post("/admin/feedback/categories/" + added.id()).with(csrf()).with(as(accounts, "admin"))
                        .param("name", "  Cấp nước sinh hoạt ").param("nameEn", "Tap water").param("handler", "COMMUNE")
                        .param("handlerUnitCode", "01.SXD").param("communeDivision", "KTHTDT").param("sortOrder", "115")
                        .param("version", String.valueOf(added.version())))
                .andExpect(redirectedUrl("/admin/feedback/categories/" + added.id()));

        FeedbackCategory edited = byCode(code);
        assertThat(edited.name()).isEqualTo("Cấp nước sinh hoạt");
        assertThat(edited.handler()).isEqualTo(FeedbackCategory.Handler.COMMUNE);
        assertThat(edited.handlerUnitCode()).as("a commune-handled category names no department").isNull();
        assertThat(edited.communeDivision()).isEqualTo("KTHTDT");
        assertThat(edited.photosRequired()).isFalse();
        assertThat(edited.isActive()).as("unticked: retired").isFalse();
        assertThat(edited.sortOrder()).isEqualTo(115);
        assertThat(categories.findByActiveTrueOrderBySortOrderAsc()).extracting(FeedbackCategory::code).doesNotContain(code);
        assertThat(events.stream(FeedbackListChanged.class).filter(event -> event.id() == added.id()))
                .extracting(FeedbackListChanged::auditAction)
                .containsExactly("feedback.category.created", "feedback.category.updated");
    }

    @Test
    void aBadEditIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        FeedbackCategory category = categories.save(FeedbackCategory.create(ListFixtures.code("CAY"),
                new FeedbackCategory.Details("Cây xanh", "Trees", null, FeedbackCategory.Handler.COMMUNE, null, null, false,
                        true, 120)));
        mvc.perform(post("/admin/feedback/categories/" + category.id()).with(csrf()).with(as(accounts, "admin"))
                        .param("name", "   ").param("nameEn", "x".repeat(201)).param("handler", "DEPARTMENT")
                        .param("communeDivision", "kt htđt").param("sortOrder", "-1")
                        .param("version", String.valueOf(category.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vui lòng nhập thông tin này."),
                        containsString("Mã chỉ gồm chữ in hoa không dấu (A–Z), chữ số và dấu gạch dưới, tối đa 20 ký tự."),
                        containsString("Quá dài: tối đa 200 ký tự."),
                        containsString("Vui lòng chọn sở, ngành xử lý lĩnh vực này."),
                        containsString("Thứ tự phải là số nguyên từ 0 đến"))));
        mvc.perform(post("/admin/feedback/categories/" + category.id() + "?lang=en").with(csrf())
                        .with(as(accounts, "admin")).param("name", "Cây xanh").param("nameEn", "Trees")
                        .param("handler", "DEPARTMENT").param("handlerUnitCode", "00070").param("sortOrder", "1")
                        .param("version", String.valueOf(category.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The unit \"00070\" is not an active department.")));
        FeedbackCategory unchanged = categories.findById(category.id()).orElseThrow();
        assertThat(unchanged.name()).isEqualTo("Cây xanh");
        assertThat(unchanged.handler()).isEqualTo(FeedbackCategory.Handler.COMMUNE);
        assertThat(unchanged.sortOrder()).isEqualTo(120);
        assertThat(unchanged.version()).isEqualTo(category.version());
    }

    @Test
    void aNewCategoryNeedsAFreeCodeInCapitals() throws Exception {
        long before = categories.count();
        mvc.perform(post("/admin/feedback/categories/new").with(csrf()).with(as(accounts, "admin"))
                        .param("code", "HA_TANG").param("name", "Hạ tầng").param("nameEn", "Infrastructure")
                        .param("handler", "COMMUNE").param("sortOrder", "5").param("active", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã „HA_TANG“ đã được dùng.")));
        mvc.perform(post("/admin/feedback/categories/new").with(csrf()).with(as(accounts, "admin"))
                        .param("code", "hạ tầng").param("name", "Hạ tầng").param("nameEn", "Infrastructure")
                        .param("handler", "COMMUNE").param("sortOrder", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã chỉ gồm chữ in hoa không dấu")));
        assertThat(categories.count()).isEqualTo(before);
    }

    @Test
    void anEditOnAStaleFormIsRefusedAndKeepsTheOtherChange() throws Exception {
        FeedbackCategory category = categories.save(FeedbackCategory.create(ListFixtures.code("DIEN"),
                new FeedbackCategory.Details("Điện", "Electricity", null, FeedbackCategory.Handler.COMMUNE, null, null, false,
                        true, 130)));
        String openedWith = String.valueOf(category.version());
        mvc.perform(post("/admin/feedback/categories/" + category.id()).with(csrf()).with(as(accounts, "admin"))
                        .param("name", "Điện sinh hoạt").param("nameEn", "Household electricity").param("handler", "COMMUNE")
                        .param("active", "on").param("sortOrder", "130").param("version", openedWith))
                .andExpect(redirectedUrlPattern("/admin/feedback/categories/*"));
        mvc.perform(post("/admin/feedback/categories/" + category.id()).with(csrf()).with(as(accounts, "admin"))
                        .param("name", "Điện chiếu sáng").param("nameEn", "Lighting").param("handler", "COMMUNE")
                        .param("active", "on").param("sortOrder", "130").param("version", openedWith))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mục này vừa được người khác thay đổi")));
        assertThat(categories.findById(category.id()).orElseThrow().name()).isEqualTo("Điện sinh hoạt");
    }

    @Test
    void anUnknownCategoryIsNotFound() throws Exception {
        mvc.perform(get("/admin/feedback/categories/987654321").with(as(accounts, "admin")))
                .andExpect(status().isNotFound());
    }

    private FeedbackCategory byCode(String code) {
        return categories.findAll().stream().filter(category -> category.code().equals(code)).findFirst().orElseThrow();
    }
}
