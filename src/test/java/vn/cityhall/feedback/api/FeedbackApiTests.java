package vn.cityhall.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.feedback.lists.FeedbackListChanged;
import vn.cityhall.feedback.FeedbackSettings;
import vn.cityhall.files.SampleFiles;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.shared.AuditActor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class FeedbackApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    FeedbackSettings settings;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ApiCategoryCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEventPublisher events;

    private String key;

    @BeforeEach
    void issueKey() {
        key = keys.issue("Ứng dụng thử nghiệm").key();
    }

    @Test
    void aClientSendsFeedbackAndGetsTheTrackingCodeAndTheSendersPrivateLink() throws Exception {
        long before = feedbacks.count();
        JsonNode receipt = json.readTree(send(ApiFixtures.validBody(ApiFixtures.freshPhone()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("http://localhost/api/v1/feedback/PA-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.code").value(matchesPattern("PA-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.trackingUrl").value(matchesPattern("http://localhost/portal/feedback/PA-\\d{4}-\\d{6}\\?t=.+")))
                .andExpect(jsonPath("$.screeningDueAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00")))
                .andReturn().getResponse().getContentAsString());
        String code = receipt.get("code").asString();

        assertThat(feedbacks.count()).isEqualTo(before + 1);
        assertThat(feedbacks.findByCode(code)).hasValueSatisfying(item -> {
            assertThat(item.channel()).isEqualTo(FeedbackChannel.API);
            assertThat(item.communeId()).isEqualTo(directory.unitByCode("00070").orElseThrow().id().value());
            assertThat(item.senderPhone()).startsWith("097");
            assertThat(item.consentPublishing()).isTrue();
        });
        assertThat(jdbc.queryForObject("select api_client_id from feedback_item where code = ?", Long.class, code))
                .isEqualTo(keys.authenticate(key).orElseThrow().id());
        // The private link opens the sender's tracking page.
        String link = receipt.get("trackingUrl").asString().replace("http://localhost", "");
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
    }

    @Test
    void answersToTheCategorysExtraQuestionsAreCheckedAndStoredWithTheItem() throws Exception {
        try {
            answerTheExtraQuestion();
        } finally {
            // Other tests of this context must not meet the extra question.
            jdbc.update("delete from feedback_item_answer where question_id in (select id from feedback_category_question"
                    + " where code = 'VEHICLES')");
            jdbc.update("delete from feedback_category_question where code = 'VEHICLES'");
            catalog.refresh();
        }
    }

    private void answerTheExtraQuestion() throws Exception {
        jdbc.update("insert into feedback_category_question (category_id, code, label, label_en, kind, choices, required,"
                + " sort_order) select id, 'VEHICLES', 'Số xe đỗ sai', 'Vehicles parked wrongly', 'NUMBER', null, true, 10"
                + " from feedback_category where code = 'GIAO_THONG' and not exists (select 1 from feedback_category_question q"
                + " where q.category_id = feedback_category.id and q.code = 'VEHICLES')");
        // As the lists' page announces a change: the catalog reads the categories again at once.
        events.publishEvent(new FeedbackListChanged("question", 0, "created", "VEHICLES", AuditActor.system()));
        String body = ApiFixtures.validBody(ApiFixtures.freshPhone()).replace("\"MOI_TRUONG\"", "\"GIAO_THONG\"");
        send(body.replace("\"consentPublishing\": true}", "\"consentPublishing\": true, \"answers\": {\"VEHICLES\": \"abc\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.VEHICLES"))
                .andExpect(jsonPath("$.errors[0].message").value("Câu trả lời cho „Số xe đỗ sai“ phải là một số."));
        send(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].messageEn").value("Please answer the question “Vehicles parked wrongly”."));
        String code = json.readTree(send(body.replace("\"consentPublishing\": true}",
                        "\"consentPublishing\": true, \"answers\": {\"VEHICLES\": 12}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asString();
        assertThat(jdbc.queryForObject("select a.answer from feedback_item_answer a join feedback_item i on i.id = a.item_id"
                + " where i.code = ?", String.class, code)).isEqualTo("12");
    }

    @Test
    void badInputIsRefusedWithEveryFieldAtFaultInVietnameseAndEnglishAndNothingIsStored() throws Exception {
        long before = feedbacks.count();
        send("""
                {"text": "ngắn", "categoryCode": "KHONG_CO", "communeCode": "99999", "senderName": "Lê Văn Cường",
                 "senderPhone": "12345", "consentProcessing": false}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.detail").value("Phản ánh chưa được lưu: có 5 lỗi cần sửa."))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("categoryCode", "communeCode", "text",
                        "senderPhone", "consentProcessing")))
                .andExpect(jsonPath("$.errors[?(@.field == 'senderPhone')].message").value(hasItem(
                        containsString("Số điện thoại không hợp lệ"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'senderPhone')].messageEn").value(hasItem(
                        containsString("phone number is not valid"))));
        send("{\"text\": \"Đèn đường hỏng\", \"latitude\": \"không phải số\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("latitude"));
        mvc.perform(post("/api/v1/feedback").header(ApiKeyFilter.HEADER, key).contentType(MediaType.TEXT_PLAIN)
                        .content("Đèn đường hỏng"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    @Test
    void withoutAValidKeyTheApiAnswers401AndStoresNothing() throws Exception {
        long before = feedbacks.count();
        String body = ApiFixtures.validBody(ApiFixtures.freshPhone());
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("X-Api-Key")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Thiếu khóa API: gửi khóa trong tiêu đề X-Api-Key."));
        mvc.perform(post("/api/v1/feedback").header(ApiKeyFilter.HEADER, key.substring(1) + "x")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].messageEn").value("The API key is not valid or was revoked."));
        keys.revoke(keys.authenticate(key).orElseThrow().id());
        send(body).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/feedback/categories")).andExpect(status().isUnauthorized());
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    @Test
    void aSenderOverThePerPhoneLimitGets429AndNothingMoreIsStored() throws Exception {
        String phone = ApiFixtures.freshPhone();
        for (int i = 0; i < settings.maxPerPhone(); i++) {
            send(ApiFixtures.validBody(phone)).andExpect(status().isCreated());
        }
        long before = feedbacks.count();
        send(ApiFixtures.validBody(phone))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("Gửi quá nhiều"))
                .andExpect(jsonPath("$.errors[0].field").value("senderPhone"));
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    @Test
    void aClientReadsWhereItsOwnItemStandsWithoutTheSendersContactDetails() throws Exception {
        String code = json.readTree(send(ApiFixtures.validBody(ApiFixtures.freshPhone())).andReturn().getResponse()
                .getContentAsString()).get("code").asString();
        mvc.perform(get("/api/v1/feedback/" + code).header(ApiKeyFilter.HEADER, key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.statusName").value("Đã nhận, chờ tiếp nhận"))
                .andExpect(jsonPath("$.commune").value("Phường Hoàn Kiếm"))
                .andExpect(jsonPath("$.answer").doesNotExist())
                .andExpect(content().string(not(containsString("Nguyễn Văn An"))))
                .andExpect(content().string(not(containsString("an.nguyen@example.vn"))))
                .andExpect(content().string(not(containsString("senderPhone"))));
        String otherKey = keys.issue("Hệ thống khác").key();
        mvc.perform(get("/api/v1/feedback/" + code).header(ApiKeyFilter.HEADER, otherKey))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCategoryThatNeedsAPhotoTakesOneAsMultipartAndAnExecutableRenamedAsAPhotoIsRefused() throws Exception {
        String body = ApiFixtures.validBody(ApiFixtures.freshPhone()).replace("\"MOI_TRUONG\"", "\"HA_TANG\"");
        long before = feedbacks.count();
        send(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("photos"));
        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00};
        mvc.perform(multipart("/api/v1/feedback").file(part(body)).file(new MockMultipartFile("photos", "anh.jpg",
                        "image/jpeg", executable)).header(ApiKeyFilter.HEADER, key))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photos"));
        assertThat(feedbacks.count()).isEqualTo(before);

        String code = json.readTree(mvc.perform(multipart("/api/v1/feedback").file(part(body))
                        .file(new MockMultipartFile("photos", "ho-ga.jpg", "image/jpeg", SampleFiles.jpeg(40, 30)))
                        .header(ApiKeyFilter.HEADER, key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asString();
        assertThat(feedbacks.findByCode(code)).hasValueSatisfying(item -> assertThat(item.photos()).hasSize(1));
    }

    @Test
    void aClientReadsTheHandlingUnitTheAnswerAndWhyAnItemWasRefused() throws Exception {
        long client = keys.authenticate(key).orElseThrow().id();
        long ward = directory.unitByCode("00070").orElseThrow().id().value();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StoredItems stored = new StoredItems(jdbc);
        String answered = stored.insert("GIAO_THONG", "ANSWERED", now.minus(Duration.ofDays(3)));
        stored.update(answered, "api_client_id = ?, handling_unit_id = ?, answer_text = ?, answered_at = ?", client, ward,
                "Đã sơn lại vạch kẻ đường.", StoredItems.utc(now.minus(Duration.ofDays(1))));
        String merged = stored.insert("GIAO_THONG", "DUPLICATE", now.minus(Duration.ofDays(2)));
        long masterId = jdbc.queryForObject("select id from feedback_item where code = ?", Long.class, answered);
        stored.update(merged, "api_client_id = ?, duplicate_of = ?", client, masterId);
        String refused = stored.insert("KHAC", "REJECTED", now.minus(Duration.ofDays(2)));
        stored.update(refused, "api_client_id = ?, reject_reason = 'INSUFFICIENT', reject_note = ?", client,
                "Cần ghi rõ số nhà.");

        mvc.perform(get("/api/v1/feedback/" + answered).header(ApiKeyFilter.HEADER, key))
                .andExpect(jsonPath("$.unit").value("Phường Hoàn Kiếm"))
                .andExpect(jsonPath("$.answer").value("Đã sơn lại vạch kẻ đường."))
                .andExpect(jsonPath("$.answeredAt").value(matchesPattern(".*\\+07:00")))
                .andExpect(jsonPath("$.refusal").doesNotExist());
        mvc.perform(get("/api/v1/feedback/" + merged).header(ApiKeyFilter.HEADER, key))
                .andExpect(jsonPath("$.status").value("DUPLICATE"))
                .andExpect(jsonPath("$.masterCode").value(answered))
                .andExpect(jsonPath("$.answer").value("Đã sơn lại vạch kẻ đường."));
        mvc.perform(get("/api/v1/feedback/" + refused).header(ApiKeyFilter.HEADER, key))
                .andExpect(jsonPath("$.refusal").value(containsString("chưa đủ thông tin")))
                .andExpect(jsonPath("$.refusal").value(containsString("Cần ghi rõ số nhà.")))
                .andExpect(jsonPath("$.refusalEn").value(containsString("does not hold enough information")))
                .andExpect(jsonPath("$.answer").doesNotExist());
    }

    @Test
    void theCategoriesListTheirExtraQuestions() throws Exception {
        mvc.perform(get("/api/v1/feedback/categories").header(ApiKeyFilter.HEADER, key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("HA_TANG"))
                .andExpect(jsonPath("$[0].photosRequired").value(true))
                .andExpect(jsonPath("$[0].questions[0].code").value("SINCE"))
                .andExpect(jsonPath("$[0].questions[0].kind").value("CHOICE"))
                .andExpect(jsonPath("$[0].questions[0].choices[1].key").value("WEEK"))
                .andExpect(jsonPath("$[0].questions[0].choices[1].nameEn").value("This week"))
                .andExpect(jsonPath("$[*].code").value(hasItem("MOI_TRUONG")));
    }

    private static MockMultipartFile part(String json) {
        return new MockMultipartFile("feedback", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/v1/feedback").header(ApiKeyFilter.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

}
