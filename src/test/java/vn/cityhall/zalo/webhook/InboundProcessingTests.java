package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.FileType;
import vn.cityhall.files.SampleFiles;
import vn.cityhall.zalo.ZaloReceipt;

/** Each kind of event Zalo sends (zalo-oa.md §2.4, §7.4), as the conversation will receive it. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@Import(InboundRecorder.class)
class InboundProcessingTests {

    static LocalFiles cdn;

    @Autowired
    WebhookIntake intake;

    @Autowired
    InboundRecorder recorder;

    @Autowired
    ZaloUsers users;

    @Autowired
    FileStore files;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startCdn() throws Exception {
        cdn = new LocalFiles();
    }

    @AfterAll
    static void stopCdn() {
        cdn.close();
    }

    @Test
    void parsesEveryKindOfUserEvent() throws Exception {
        String user = ZaloEvents.userId();
        String photo = cdn.put("/" + user + "/photo.jpg", SampleFiles.jpeg(40, 30));
        String gif = cdn.put("/" + user + "/a.gif", SampleFiles.gif(20, 20));
        String pdf = cdn.put("/" + user + "/bao-cao.pdf", SampleFiles.pdf());
        long ts = 1_750_000_000_000L;
        deliver(ZaloEvents.follow("follow", user, ts));
        deliver(ZaloEvents.text(user, ZaloEvents.msgId(), ts + 1, "  Cống thoát nước bị tắc  "));
        deliver(ZaloEvents.attachment("user_send_image", user, ZaloEvents.msgId(), ts + 2, "Ảnh hiện trường", "image",
                "{\"thumbnail\":\"" + photo + "\",\"url\":\"" + photo + "\"}"));
        deliver(ZaloEvents.attachment("user_send_gif", user, ZaloEvents.msgId(), ts + 3, null, "gif",
                "{\"thumbnail\":\"" + gif + "\",\"url\":\"" + gif + "\"}"));
        deliver(ZaloEvents.attachment("user_send_file", user, ZaloEvents.msgId(), ts + 4, null, "file",
                "{\"url\":\"" + pdf + "\",\"size\":\"" + SampleFiles.pdf().length
                        + "\",\"name\":\"Báo cáo.pdf\",\"checksum\":\"c\",\"type\":\"pdf\"}"));
        deliver(ZaloEvents.attachment("user_send_location", user, ZaloEvents.msgId(), ts + 5, "Cơm Coffee New Sky",
                "location", "{\"coordinates\":{\"latitude\":\"21.0285\",\"longitude\":\"105.8542\"}}"));
        deliver(ZaloEvents.attachment("user_send_link", user, ZaloEvents.msgId(), ts + 6, "xem bài này", "link",
                "{\"url\":\"https://hanoi.gov.vn/tin\",\"thumbnail\":\"https://hanoi.gov.vn/t.jpg\",\"description\":\"Tin Hà Nội\"}"));
        deliver(ZaloEvents.attachment("user_send_audio", user, ZaloEvents.msgId(), ts + 7, null, "audio",
                "{\"url\":\"" + cdn.url("/" + user + "/voice.aac") + "\"}"));
        deliver(ZaloEvents.attachment("user_send_video", user, ZaloEvents.msgId(), ts + 8, null, "video",
                "{\"url\":\"" + cdn.url("/" + user + "/clip.mp4") + "\",\"thumbnail\":\"t\",\"description\":\"Ngập\"}"));
        deliver(ZaloEvents.attachment("user_send_sticker", user, ZaloEvents.msgId(), ts + 9, null, "sticker",
                "{\"id\":\"bfe458bf64fa8da4d4eb\",\"url\":\"https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=1\"}"));
        deliver(ZaloEvents.submitInfo(user, ts + 10, "{\"address\":\"12 Lê Lợi\",\"phone\":\"84912345678\","
                + "\"city\":\"Thành phố Huế\",\"district\":\"Quận Thuận Hóa\",\"name\":\"Nguyễn Văn A\",\"ward\":\"Phường Phú Hội\"}"));
        deliver(ZaloEvents.submitInfo(user, ts + 11, "{\"name\":\"Nguyễn Văn B\",\"phone\":\"84987654321\",\"user_dob\":\"30/10/1999\","
                + "\"gender\":\"Nam\",\"full_address\":{\"user_city\":\"Hà Nội\",\"user_ward\":\"Phường Hàng Trống\","
                + "\"user_address\":\"5 Đinh Tiên Hoàng\"}}"));
        deliver(ZaloEvents.chatNow(user, ts + 12));
        deliver(ZaloEvents.follow("unfollow", user, ts + 13));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(14));
        List<ZaloInbound> events = recorder.of(user);
        assertThat(events).extracting(ZaloInbound::eventName).containsExactly("follow", "user_send_text",
                "user_send_image", "user_send_gif", "user_send_file", "user_send_location", "user_send_link",
                "user_send_audio", "user_send_video", "user_send_sticker", "user_submit_info", "user_submit_info",
                "user_click_chatnow", "unfollow");
        assertThat(events).allSatisfy(event -> assertThat(event.userId()).isEqualTo(user));
        assertThat(events.get(1).at()).isEqualTo(Instant.ofEpochMilli(ts + 1));
        assertThat(events.get(0).payload()).isEqualTo(new ZaloInbound.Follow("oa_profile"));
        assertThat(events.get(1).payload()).isEqualTo(new ZaloInbound.Text("Cống thoát nước bị tắc"));

        ZaloInbound.Image image = (ZaloInbound.Image) events.get(2).payload();
        assertThat(image.caption()).isEqualTo("Ảnh hiện trường");
        assertThat(image.images()).singleElement().satisfies(media -> {
            assertThat(media.url()).isEqualTo(photo);
            assertThat(media.stored()).isTrue();
            assertThat(files.find(media.file()).orElseThrow().type()).isEqualTo(FileType.JPEG);
        });
        ZaloInbound.Gif animated = (ZaloInbound.Gif) events.get(3).payload();
        assertThat(animated.gif().stored()).isTrue();
        ZaloInbound.File file = (ZaloInbound.File) events.get(4).payload();
        assertThat(file.name()).isEqualTo("Báo cáo.pdf");
        assertThat(file.size()).isEqualTo(SampleFiles.pdf().length);
        assertThat(files.find(file.file().file()).orElseThrow().type()).isEqualTo(FileType.PDF);
        assertThat(events.get(5).payload()).isEqualTo(new ZaloInbound.Location(new BigDecimal("21.0285"),
                new BigDecimal("105.8542"), "Cơm Coffee New Sky"));
        assertThat(events.get(6).payload()).isEqualTo(new ZaloInbound.Link("https://hanoi.gov.vn/tin", "Tin Hà Nội",
                "https://hanoi.gov.vn/t.jpg", "xem bài này"));
        ZaloInbound.Audio audio = (ZaloInbound.Audio) events.get(7).payload();
        assertThat(audio.audio()).as("a URL that answers 404 keeps the URL and the reason")
                .isEqualTo(new ZaloInbound.Media(cdn.url("/" + user + "/voice.aac"), null, "HTTP_STATUS"));
        ZaloInbound.Video video = (ZaloInbound.Video) events.get(8).payload();
        assertThat(video.video().failure()).isEqualTo("HTTP_STATUS");
        assertThat(video.description()).isEqualTo("Ngập");
        assertThat(events.get(9).payload()).isEqualTo(new ZaloInbound.Sticker("bfe458bf64fa8da4d4eb",
                "https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=1"));
        assertThat(events.get(10).payload()).isEqualTo(new ZaloInbound.SubmitInfo("Nguyễn Văn A", "84912345678",
                "12 Lê Lợi", "Phường Phú Hội", "Quận Thuận Hóa", "Thành phố Huế"));
        assertThat(events.get(11).payload()).isEqualTo(new ZaloInbound.SubmitInfo("Nguyễn Văn B", "84987654321",
                "5 Đinh Tiên Hoàng", "Phường Hàng Trống", null, "Hà Nội"));
        assertThat(events.get(12).payload()).isEqualTo(new ZaloInbound.ChatNow());
        assertThat(events.get(13).payload()).isEqualTo(new ZaloInbound.Unfollow("oa_profile"));
        assertThat(events).extracting(ZaloInbound::msgId).filteredOn(id -> id == null).hasSize(5);

        ZaloUser known = users.find(user).orElseThrow();
        assertThat(known.follower()).isFalse();
        assertThat(known.followedAt()).isEqualTo(Instant.ofEpochMilli(ts));
        assertThat(known.unfollowedAt()).isEqualTo(Instant.ofEpochMilli(ts + 13));
        assertThat(known.lastInteraction()).as("the tap on Nhắn tin; unfollowing is no interaction")
                .isEqualTo(Instant.ofEpochMilli(ts + 12));
        assertThat(users.lastInteraction(user)).contains(Instant.ofEpochMilli(ts + 12));
        assertThat(known.sharedName()).isEqualTo("Nguyễn Văn B");
        assertThat(known.sharedPhone()).isEqualTo("84987654321");
        assertThat(statuses(user)).containsOnlyKeys("PROCESSED");
    }

    @Test
    void aRenamedProgramIsRefusedByItsContentAndTheMessageKeepsItsUrl() throws Exception {
        String user = ZaloEvents.userId();
        byte[] program = SampleFiles.concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[2048]);
        String url = cdn.put("/" + user + "/bao-cao.pdf", program);
        String big = cdn.putAnnouncing("/" + user + "/big.jpg", SampleFiles.jpeg(10, 10), 50L * 1024 * 1024);
        deliver(ZaloEvents.attachment("user_send_file", user, ZaloEvents.msgId(), 1_750_000_100_000L, null, "file",
                "{\"url\":\"" + url + "\",\"size\":\"2050\",\"name\":\"bao-cao.pdf\",\"type\":\"pdf\"}"));
        deliver(ZaloEvents.attachment("user_send_image", user, ZaloEvents.msgId(), 1_750_000_100_001L, null, "image",
                "{\"thumbnail\":\"" + big + "\",\"url\":\"" + big + "\"}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recorder.of(user)).hasSize(2));
        ZaloInbound.File file = (ZaloInbound.File) recorder.of(user).get(0).payload();
        assertThat(file.file()).isEqualTo(new ZaloInbound.Media(url, null, "FILE_UNSAFE"));
        ZaloInbound.Image image = (ZaloInbound.Image) recorder.of(user).get(1).payload();
        assertThat(image.images()).containsExactly(new ZaloInbound.Media(big, null, "TOO_LARGE"));
        assertThat(jdbc.queryForList("select m.failure from zalo_inbound_media m join zalo_inbound_event e"
                + " on e.id = m.event_id where e.user_id = ? order by e.zalo_ts", String.class, user))
                .containsExactly("FILE_UNSAFE", "TOO_LARGE");
    }

    @Test
    void receiptsOfTheOasMessagesArePublishedAsZaloReceipts() throws Exception {
        String user = ZaloEvents.userId();
        deliver(ZaloEvents.oaToUser("user_received_message", user, 1_750_000_200_000L, "\"msg_id\":\"sent-1\""));
        deliver(ZaloEvents.oaToUser("user_seen_message", user, 1_750_000_200_001L, "\"msg_ids\":[\"sent-1\",\"sent-2\"]"));
        deliver(ZaloEvents.oaToUser("user_received_message", user, 1_750_000_200_002L,
                "\"delivery_time\":\"1750000200000\",\"msg_id\":\"15a0cc0bbb13bd4ce403\",\"tracking_id\":\"PA-2026-000123-1\""));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recorder.receiptsOf(user)).hasSize(3));
        assertThat(recorder.receiptsOf(user)).containsExactly(
                new ZaloReceipt(user, List.of("sent-1"), false, Instant.ofEpochMilli(1_750_000_200_000L)),
                new ZaloReceipt(user, List.of("sent-1", "sent-2"), true, Instant.ofEpochMilli(1_750_000_200_001L)),
                new ZaloReceipt(user, List.of("15a0cc0bbb13bd4ce403", "PA-2026-000123-1"), false,
                        Instant.ofEpochMilli(1_750_000_200_000L)));
        assertThat(recorder.of(user)).isEmpty();
        assertThat(users.lastInteraction(user)).as("a receipt is no interaction of the user").isEmpty();
    }

    @Test
    void echoesAndUnknownEventsAreStoredAndIgnored() throws Exception {
        String user = ZaloEvents.userId();
        String echoId = ZaloEvents.msgId();
        deliver(ZaloEvents.oaToUser("oa_send_text", user, 1_750_000_300_000L,
                "\"msg_id\":\"" + echoId + "\",\"text\":\"Cảm ơn anh/chị\""));
        deliver(ZaloEvents.oaToUser("user_received_message", user, 1_750_000_300_001L, "\"msg_id\":\"" + echoId + "\""));
        deliver(ZaloEvents.userSend("user_send_business_card", user, ZaloEvents.msgId(), 1_750_000_300_002L,
                "\"text\":\"danh thiếp\""));
        deliver("{\"app_id\":\"" + ZaloEvents.APP_ID + "\",\"event_name\":\"change_template_quality\",\"timestamp\":\"1750000300003\","
                + "\"quality\":\"HIGH\",\"template_id\":\"1\"}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statuses(user))
                .containsEntry("IGNORED", 2L).containsEntry("PROCESSED", 1L));
        // The event without a user is in a lane of its own, processed independently of the user's.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject("select status from"
                + " zalo_inbound_event where event_name = 'change_template_quality' and zalo_ts = 1750000300003",
                String.class)).isEqualTo("IGNORED"));
        assertThat(recorder.of(user)).isEmpty();
        assertThat(recorder.receiptsOf(user)).as("the receipt shares the echo's msg_id yet is not a duplicate")
                .hasSize(1);
        assertThat(users.lastInteraction(user)).as("an unknown user_* event is still an interaction")
                .contains(Instant.ofEpochMilli(1_750_000_300_002L));
    }

    private void deliver(String body) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        assertThat(intake.receive(raw, ZaloEvents.signature(raw), "127.0.0.1")).isEqualTo(WebhookIntake.Outcome.STORED);
    }

    private Map<String, Long> statuses(String user) {
        return jdbc.queryForList("select status from zalo_inbound_event where user_id = ?", String.class, user).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
