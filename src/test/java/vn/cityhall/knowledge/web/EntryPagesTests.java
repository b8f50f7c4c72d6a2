package vn.cityhall.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cityhall.knowledge.web.Editors.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.cityhall.DatabaseTest;
import vn.cityhall.knowledge.KnowledgeAnswer;
import vn.cityhall.knowledge.KnowledgeBase;
import vn.cityhall.knowledge.SourceLink;
import vn.cityhall.knowledge.internal.EntryDetails;
import vn.cityhall.knowledge.internal.EntryEditing;
import vn.cityhall.knowledge.internal.EntryStatus;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class EntryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntryEditing editing;

    @Autowired
    KnowledgeBase knowledge;

    @Test
    void administratorsAndFeedbackOperatorsKeepTheEntriesAndNobodyElse() throws Exception {
        for (String editor : new String[] {"admin", "tiepnhan"}) {
            mvc.perform(get("/knowledge").param("q", "khai sinh").with(as(accounts, editor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Thủ tục đăng ký khai sinh cho con như thế nào?")));
            mvc.perform(get("/knowledge/new").with(as(accounts, editor))).andExpect(status().isOk());
            mvc.perform(get("/").with(as(accounts, editor)))
                    .andExpect(content().string(containsString("href=\"/knowledge\"")));
        }
        for (String other : new String[] {"canbo.hoankiem", "chutich", "vanthu"}) {
            mvc.perform(get("/knowledge").with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(get("/knowledge/1").with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(post("/knowledge/1/unpublish").with(csrf()).with(as(accounts, other)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/knowledge/new").with(csrf()).with(as(accounts, other))
                    .param("question", "Câu hỏi trộm").param("answer", "Trả lời").param("category", "KHAC"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/").with(as(accounts, other)))
                    .andExpect(content().string(not(containsString("href=\"/knowledge\""))));
        }
        assertThat(editing.find(1).status()).isEqualTo(EntryStatus.PUBLISHED);
        assertThat(count("Câu hỏi trộm")).isZero();
    }

    @Test
    void anOperatorWritesAnEntryPublishesItAndCitizensFindIt() throws Exception {
        MvcResult created = mvc.perform(post("/knowledge/new").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("question", "Đăng ký nuôi chó mèo ở phường thế nào?")
                        .param("answer", "Chủ nuôi khai báo với Ủy ban nhân dân phường.\r\nTiêm phòng dại hằng năm.")
                        .param("category", "MOI_TRUONG")
                        .param("keywords", "chó mèo, vật nuôi; tiêm phòng dại, Chó Mèo")
                        .param("linkTitle", "Cổng Dịch vụ công quốc gia", "", "")
                        .param("linkUrl", "https://dichvucong.gov.vn/", "", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("bản nháp")))
                .andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/knowledge/", ""));
        EntryDetails draft = editing.find(id);
        assertThat(draft.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(draft.updatedBy()).isEqualTo("tiepnhan");
        assertThat(draft.content().answer()).isEqualTo("Chủ nuôi khai báo với Ủy ban nhân dân phường.\nTiêm phòng dại hằng năm.");
        assertThat(draft.content().keywords()).containsExactly("chó mèo", "vật nuôi", "tiêm phòng dại");
        assertThat(draft.content().links()).containsExactly(new SourceLink("Cổng Dịch vụ công quốc gia",
                "https://dichvucong.gov.vn/"));
        assertThat(knowledge.answer("nuoi cho meo", 3)).extracting(KnowledgeAnswer::id).doesNotContain(id);
        mvc.perform(get("/knowledge/" + id).with(as(accounts, "tiepnhan")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-status=\"DRAFT\""),
                        containsString("value=\"https://dichvucong.gov.vn/\""),
                        containsString("Tiêm phòng dại hằng năm."), containsString("action=\"/knowledge/" + id + "/publish\""))));

        mvc.perform(post("/knowledge/" + id + "/publish").with(csrf()).with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(knowledge.answer("nuoi cho meo", 3)).extracting(KnowledgeAnswer::id).first().isEqualTo(id);
        mvc.perform(get("/knowledge").param("q", "cho meo").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("data-entry=\"" + id + "\"")));
        mvc.perform(get("/knowledge").param("q", "cho meo").param("category", "HO_TICH").with(as(accounts, "admin")))
                .andExpect(content().string(not(containsString("data-entry=\"" + id + "\""))));
        assertThat(jdbc.queryForList("select serialized_event from event_publication where event_type = ?"
                + " and serialized_event like ?", String.class, "vn.cityhall.knowledge.KnowledgeChanged",
                "%\"id\":" + id + ",%"))
                .as("audited changes").anySatisfy(event -> assertThat(event).contains("\"created\""))
                .anySatisfy(event -> assertThat(event).contains("\"published\""));
    }

    @Test
    void aBadEntryIsRefusedInVietnameseAndEnglishAndNothingIsStored() throws Exception {
        int before = jdbc.queryForObject("select count(*) from knowledge_entry", Integer.class);
        mvc.perform(post("/knowledge/new").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("question", "   ").param("answer", "Trả lời").param("category", "KHAC")
                        .param("linkTitle", "Trang lạ", "Không địa chỉ").param("linkUrl", "javascript:alert(1)", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vui lòng nhập thông tin này."),
                        containsString("Liên kết 1: địa chỉ không hợp lệ"),
                        containsString("Liên kết 2: vui lòng nhập địa chỉ trang."))));
        mvc.perform(post("/knowledge/new").param("lang", "en").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("question", "").param("answer", "Answer").param("category", "NOPE")
                        .param("linkTitle", "Site").param("linkUrl", "ftp://example.org/file"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please fill in this field."),
                        containsString("Please choose a category from the list."),
                        containsString("Link 1: invalid address"))));
        assertThat(jdbc.queryForObject("select count(*) from knowledge_entry", Integer.class)).isEqualTo(before);

        EntryDetails seeded = editing.find(2);
        mvc.perform(post("/knowledge/2").with(csrf()).with(as(accounts, "admin"))
                        .param("question", seeded.content().question()).param("answer", "")
                        .param("category", "HO_TICH").param("version", String.valueOf(seeded.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));
        mvc.perform(post("/knowledge/2").with(csrf()).with(as(accounts, "admin"))
                        .param("question", "Sửa cũ").param("answer", "Sửa cũ").param("category", "HO_TICH")
                        .param("version", String.valueOf(seeded.version() + 7)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mục này vừa được người khác thay đổi")));
        assertThat(editing.find(2).content()).isEqualTo(seeded.content());
        assertThat(editing.find(2).version()).isEqualTo(seeded.version());
    }

    private int count(String question) {
        return jdbc.queryForObject("select count(*) from knowledge_entry where question = ?", Integer.class, question);
    }
}
