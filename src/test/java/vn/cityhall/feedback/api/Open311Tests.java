package vn.cityhall.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.files.SampleFiles;
import vn.cityhall.organization.OrganizationDirectory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class Open311Tests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JsonMapper json;

    private String key;
    private StoredItems stored;

    @BeforeEach
    void setUp() {
        key = keys.issue("Cổng Open311 thử nghiệm").key();
        stored = new StoredItems(jdbc);
    }

    @Test
    void discoveryNamesTheEndpointAndItsFormats() throws Exception {
        mvc.perform(get("/open311/v2/discovery.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(jsonPath("$.endpoints[0].url").value("http://localhost/open311/v2"))
                .andExpect(jsonPath("$.endpoints[0].formats").value(hasItem("text/xml;charset=UTF-8")));
        Document xml = xml(mvc.perform(get("/open311/v2/discovery.xml")).andExpect(status().isOk())
                .andExpect(content().contentType("text/xml;charset=UTF-8")).andReturn().getResponse().getContentAsString());
        assertThat(xml.getElementsByTagName("endpoint").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("format").getLength()).isEqualTo(2);
    }

    @Test
    void servicesAreTheActiveCategoriesInJsonAndXml() throws Exception {
        mvc.perform(get("/open311/v2/services.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/json;charset=UTF-8"))
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[0].service_code").value("HA_TANG"))
                .andExpect(jsonPath("$[0].service_name").value("Hạ tầng đô thị"))
                .andExpect(jsonPath("$[0].metadata").value(true))
                .andExpect(jsonPath("$[0].type").value("realtime"))
                .andExpect(jsonPath("$[0].keywords").value("Urban infrastructure"))
                .andExpect(jsonPath("$[0].group").value("Phường, xã nơi xảy ra"))
                .andExpect(jsonPath("$[1].metadata").value(false))
                .andExpect(jsonPath("$[6].service_code").value("Y_TE"))
                .andExpect(jsonPath("$[6].group").value(directory.unitByCode("01.SYT").orElseThrow().name()));
        mvc.perform(get("/open311/v2/services.json").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].service_name").value("Urban infrastructure"));
        Document xml = xml(mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("services");
        Element first = (Element) xml.getElementsByTagName("service").item(0);
        assertThat(text(first, "service_code")).isEqualTo("HA_TANG");
        assertThat(text(first, "service_name")).isEqualTo("Hạ tầng đô thị");
        assertThat(text(first, "metadata")).isEqualTo("true");
    }

    @Test
    void aServiceDefinitionListsTheCategorysExtraQuestions() throws Exception {
        mvc.perform(get("/open311/v2/services/HA_TANG.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value("HA_TANG"))
                .andExpect(jsonPath("$.attributes[0].variable").value(true))
                .andExpect(jsonPath("$.attributes[0].code").value("SINCE"))
                .andExpect(jsonPath("$.attributes[0].datatype").value("singlevaluelist"))
                .andExpect(jsonPath("$.attributes[0].required").value(false))
                .andExpect(jsonPath("$.attributes[0].order").value(1))
                .andExpect(jsonPath("$.attributes[0].description").value("Tình trạng xảy ra từ khi nào?"))
                .andExpect(jsonPath("$.attributes[0].values[1].key").value("WEEK"))
                .andExpect(jsonPath("$.attributes[0].values[1].name").value("Trong tuần này"));
        Document xml = xml(mvc.perform(get("/open311/v2/services/HA_TANG.xml")).andReturn().getResponse()
                .getContentAsString());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(xml.getElementsByTagName("value").getLength()).isEqualTo(3);
        mvc.perform(get("/open311/v2/services/KHONG_CO.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description").value(containsString("KHONG_CO")));
    }

    @Test
    void aClientPostsARequestWithItsKeyAndFindsItById() throws Exception {
        JsonNode created = json.readTree(mvc.perform(request("requests.json").param("api_key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_request_id").value(matchesPattern("PA-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$[0].service_notice").value(containsString("http://localhost/portal/track")))
                .andReturn().getResponse().getContentAsString());
        String id = created.get(0).get("service_request_id").asString();

        assertThat(jdbc.queryForMap("select channel, sender_name, sender_phone, consent_processing, consent_publishing,"
                + " api_client_id from feedback_item where code = ?", id)).containsAllEntriesOf(Map.of(
                        "channel", "OPEN311", "sender_name", "Nguyễn Văn An", "sender_phone", "0912345678",
                        "consent_processing", true, "consent_publishing", false));
        assertThat(jdbc.queryForObject("select api_client_id from feedback_item where code = ?", Long.class, id))
                .isEqualTo(keys.authenticate(key).orElseThrow().id());

        mvc.perform(get("/open311/v2/requests/" + id + ".json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(id))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].status_notes").value("Đã nhận, chờ tiếp nhận"))
                .andExpect(jsonPath("$[0].service_code").value("MOI_TRUONG"))
                .andExpect(jsonPath("$[0].description").value(nullValue()))
                .andExpect(jsonPath("$[0].address").value(nullValue()))
                .andExpect(jsonPath("$[0].lat").value(21.031))
                .andExpect(jsonPath("$[0].long").value(105.848))
                .andExpect(jsonPath("$[0].requested_datetime").value(matchesPattern(".*T.*\\+07:00")))
                .andExpect(content().string(not(containsString("0912345678"))))
                .andExpect(content().string(not(containsString("Nguyễn Văn An"))));
        mvc.perform(get("/open311/v2/requests/" + id + ".json").param("api_key", key))
                .andExpect(jsonPath("$[0].description").value(containsString("Rác thải tồn đọng")))
                .andExpect(jsonPath("$[0].address").value("Ngõ 12 Hàng Bông"));
        mvc.perform(get("/open311/v2/tokens/" + id + ".json"))
                .andExpect(jsonPath("$[0].service_request_id").value(id))
                .andExpect(jsonPath("$[0].token").value(id));
        Document xml = xml(mvc.perform(request("requests.xml").param("api_key", key)
                        .param("phone", ApiFixtures.freshPhone()))
                .andExpect(status().isOk()).andExpect(content().contentType("text/xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(xml.getElementsByTagName("service_request_id").item(0).getTextContent()).startsWith("PA-");
    }

    @Test
    void aServiceThatNeedsAPhotoTakesItAsAMediaUpload() throws Exception {
        String phone = ApiFixtures.freshPhone();
        mvc.perform(multipart("/open311/v2/requests.json").param("api_key", key).param("service_code", "HA_TANG")
                        .param("lat", "21.03").param("long", "105.85").param("first_name", "Minh").param("last_name", "Vũ")
                        .param("phone", phone).param("description", "Hố ga mất nắp trước số 3 Tràng Tiền"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("media: ")));
        String id = json.readTree(mvc.perform(multipart("/open311/v2/requests.json")
                        .file(new MockMultipartFile("media", "ho-ga.jpg", "image/jpeg", SampleFiles.jpeg(40, 30)))
                        .param("api_key", key).param("service_code", "HA_TANG").param("attribute[SINCE]", "WEEK")
                        .param("lat", "21.03").param("long", "105.85").param("first_name", "Minh").param("last_name", "Vũ")
                        .param("phone", phone).param("description", "Hố ga mất nắp trước số 3 Tràng Tiền"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get(0).get("service_request_id").asString();
        assertThat(feedbacks.findByCode(id)).hasValueSatisfying(item -> assertThat(item.photos()).hasSize(1));
        assertThat(jdbc.queryForObject("select a.answer from feedback_item_answer a join feedback_item i on i.id = a.item_id"
                + " where i.code = ?", String.class, id)).isEqualTo("WEEK");
    }

    @Test
    void aPostWithoutAValidKeyIs403InTheSpecsFormatAndStoresNothing() throws Exception {
        long before = feedbacks.count();
        mvc.perform(request("requests.json"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/json;charset=UTF-8"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value(403))
                .andExpect(jsonPath("$[0].description").value(containsString("api_key")));
        mvc.perform(request("requests.json").param("api_key", key.substring(1) + "A"))
                .andExpect(status().isForbidden());
        Document xml = xml(mvc.perform(request("requests.xml").param("api_key", ""))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(xml.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("403");
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    @Test
    void aRequestWithoutTheContactOurRulesRequireIsRefusedNamingTheParameters() throws Exception {
        long before = feedbacks.count();
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "MOI_TRUONG")
                        .param("lat", "21.03").param("long", "105.85").param("description", "Rác thải ở đầu ngõ nhiều ngày"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[*].code").value(everyItem(is(400))))
                .andExpect(jsonPath("$[*].description").value(hasItem(containsString("first_name, last_name: "))))
                .andExpect(jsonPath("$[*].description").value(hasItem(containsString("phone: "))));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "MOI_TRUONG")
                        .param("first_name", "An").param("last_name", "Nguyễn").param("phone", ApiFixtures.freshPhone())
                        .param("description", "Rác thải ở đầu ngõ nhiều ngày").param("address_id", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("address_id")));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("service_code")));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "KHONG_CO")
                        .param("lat", "21.03").param("long", "105.85"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    @Test
    void requestsAreFilteredByIdsStatusServiceAndDatesWithinTheLimits() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String received = stored.insert("MOI_TRUONG", "RECEIVED", now.minus(Duration.ofDays(1)));
        String answered = stored.insert("GIAO_THONG", "ANSWERED", now.minus(Duration.ofDays(2)));
        stored.update(answered, "answer_text = ?, answered_at = ?", "Kính gửi bà Trần Thị Bích Ngọc, đã xử lý xong.",
                StoredItems.utc(now.minus(Duration.ofDays(1))));
        String rejected = stored.insert("MOI_TRUONG", "REJECTED", now.minus(Duration.ofDays(100)));
        stored.update(rejected, "reject_reason = 'OUT_OF_SCOPE', screened_at = ?", StoredItems.utc(now.minus(Duration.ofDays(99))));
        String assigned = stored.insert("GIAO_THONG", "ASSIGNED", now.minus(Duration.ofDays(5)));
        long ward = directory.unitByCode("00070").orElseThrow().id().value();
        stored.update(assigned, "handling_unit_id = ?, commune_id = ?, due_at = ?", ward, ward,
                StoredItems.utc(now.plus(Duration.ofDays(9))));

        mvc.perform(get("/open311/v2/requests.json").param("service_request_id", received + "," + answered + "," + rejected)
                        .param("status", "open"))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + rejected + "')].status_notes").value(hasItem(
                        containsString("khiếu nại, tố cáo"))))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + answered + "')].status_notes").value(hasItem(
                        "Đã trả lời người gửi.")))
                .andExpect(content().string(not(containsString(StoredItems.SENDER_NAME))))
                .andExpect(content().string(not(containsString(StoredItems.SENDER_PHONE))))
                .andExpect(content().string(not(containsString(StoredItems.SENDER_EMAIL))))
                .andExpect(content().string(not(containsString("Hàng Bông"))));
        stored.update(answered, "api_client_id = ?", keys.authenticate(key).orElseThrow().id());
        mvc.perform(get("/open311/v2/requests/" + answered + ".json").param("api_key", key))
                .andExpect(jsonPath("$[0].status_notes").value("Kính gửi bà Trần Thị Bích Ngọc, đã xử lý xong."))
                .andExpect(jsonPath("$[0].address").value("Số 5 ngõ 12 Hàng Bông"));
        mvc.perform(get("/open311/v2/requests/" + answered + ".json").param("api_key", keys.issue("Khác").key()))
                .andExpect(jsonPath("$[0].status_notes").value("Đã trả lời người gửi."))
                .andExpect(jsonPath("$[0].description").value(nullValue()));
        stored.update(answered, "published_at = ?, published_text = ?, published_answer = ?", StoredItems.utc(now),
                "Nhà bà T.T.B.N. bị ngập khi mưa", "Kính gửi bà T.T.B.N., đã xử lý xong.");
        mvc.perform(get("/open311/v2/requests/" + answered + ".json"))
                .andExpect(jsonPath("$[0].description").value("Nhà bà T.T.B.N. bị ngập khi mưa"))
                .andExpect(jsonPath("$[0].status_notes").value("Kính gửi bà T.T.B.N., đã xử lý xong."));
        mvc.perform(get("/open311/v2/requests.json").param("status", "closed").param("service_code", "GIAO_THONG"))
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(answered)))
                .andExpect(jsonPath("$[*].status").value(everyItem(is("closed"))))
                .andExpect(jsonPath("$[*].service_code").value(everyItem(is("GIAO_THONG"))));
        mvc.perform(get("/open311/v2/requests.json").param("service_code", "GIAO_THONG").param("status", "open"))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + assigned + "')].agency_responsible").value(hasItem(
                        "Phường Hoàn Kiếm")))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + assigned + "')].address").value(hasItem(
                        "Phường Hoàn Kiếm")))
                .andExpect(jsonPath("$[?(@.service_request_id == '" + assigned + "')].expected_datetime").value(hasItem(
                        matchesPattern(".*\\+07:00"))));
        mvc.perform(get("/open311/v2/requests.json"))
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(received)))
                .andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(rejected))));
        mvc.perform(get("/open311/v2/requests.json").param("start_date", W3cTime.format(now.minus(Duration.ofDays(101))))
                        .param("end_date", W3cTime.format(now.minus(Duration.ofDays(99)))))
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(rejected)))
                .andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(received))));
        mvc.perform(get("/open311/v2/requests.json").param("page_size", "1")).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void queriesOutsideTheSpecsLimitsAreRefusedAndAnswersStopAtAThousand() throws Exception {
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00+07:00")
                        .param("end_date", "2026-05-01T00:00:00+07:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("90")));
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("start_date")));
        mvc.perform(get("/open311/v2/requests.xml").param("status", "pending"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<errors><error><code>400</code>")));
        mvc.perform(get("/open311/v2/requests.json").param("page_size", "1001")).andExpect(status().isBadRequest());

        Instant longAgo = Instant.parse("2020-06-15T03:00:00Z");
        stored.insertMany(1001, "KHAC", longAgo);
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "2020-06-15T00:00:00+07:00")
                        .param("end_date", "2020-06-16T00:00:00+07:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1000)));
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "2020-06-15T00:00:00+07:00")
                        .param("end_date", "2020-06-16T00:00:00+07:00").param("page", "2"))
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void unknownResourcesAnswer404InTheSpecsFormat() throws Exception {
        mvc.perform(get("/open311/v2/requests/PA-1999-NOTHERE.xml"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<errors><error><code>404</code>")));
        mvc.perform(get("/open311/v2/nothing.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
    }

    private MockHttpServletRequestBuilder request(String resource) {
        return post("/open311/v2/" + resource).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("service_code", "MOI_TRUONG").param("lat", "21.03064").param("long", "105.84751")
                .param("address_string", "Ngõ 12 Hàng Bông").param("first_name", "Văn An").param("last_name", "Nguyễn")
                .param("phone", "0912 345 678").param("email", "an.nguyen@example.vn")
                .param("description", "Rác thải tồn đọng nhiều ngày ở đầu ngõ 12 phố Hàng Bông")
                .param("media_url", "http://example.com/anh.jpg").param("jurisdiction_id", "hanoi.gov.vn");
    }

    private static Document xml(String body) throws Exception {
        return Open311XmlTests.parse(body);
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
