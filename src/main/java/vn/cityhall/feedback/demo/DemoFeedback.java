package vn.cityhall.feedback.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackLevel;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.feedback.Handling;
import vn.cityhall.feedback.Publication;
import vn.cityhall.feedback.Routing;
import vn.cityhall.feedback.Screening;
import vn.cityhall.feedback.SenderResponses;
import vn.cityhall.files.FileFamily;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.UploadedContent;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitType;

/**
 * Loads the demo feedback once, into an installation without feedback, after the demo accounts exist: the
 * current items go through the real workflow (intake, screening, the division's tasks, answers and their
 * approval, publication, rating), and a year of history is written for the figures and statistics.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("cityhall.demo.feedback")
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final int HISTORY = 400;

    private final JdbcTemplate jdbc;
    private final FeedbackIntake intake;
    private final Screening screening;
    private final Routing routing;
    private final Handling handling;
    private final Publication publication;
    private final SenderResponses responses;
    private final FeedbackCategories categories;
    private final Feedbacks feedbacks;
    private final FileStore files;
    private final UserDetailsService accounts;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DemoFeedback(JdbcTemplate jdbc, FeedbackIntake intake, Screening screening, Routing routing, Handling handling,
            Publication publication, SenderResponses responses, FeedbackCategories categories, Feedbacks feedbacks,
            FileStore files, UserDetailsService accounts, OrganizationDirectory directory, WorkingCalendar calendar,
            Clock clock) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.screening = screening;
        this.routing = routing;
        this.handling = handling;
        this.publication = publication;
        this.responses = responses;
        this.categories = categories;
        this.feedbacks = feedbacks;
        this.files = files;
        this.accounts = accounts;
        this.directory = directory;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from feedback_item", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        Map<String, Long> ids = categories.findAll().stream()
                .collect(Collectors.toMap(FeedbackCategory::code, FeedbackCategory::id));
        List<Long> wards = directory.units().roots().stream()
                .flatMap(root -> directory.units().subtree(root.id()).stream()).map(directory.units()::get)
                .filter(unit -> unit.type() == UnitType.COMMUNE && unit.active()).map(unit -> unit.id().value())
                .sorted().limit(40).toList();
        new DemoHistory(jdbc, calendar).write(HISTORY, clock.instant(), wards, ids);
        int phone = 0;
        for (DemoItem item : DemoItems.all()) {
            advance(item, submit(item, ids, phone++));
        }
        log.info("Demo feedback: {} current items and {} answered over the past year", DemoItems.all().size(), HISTORY);
    }

    private FeedbackReceipt submit(DemoItem item, Map<String, Long> ids, int phone) {
        List<Long> photos = new ArrayList<>();
        for (int i = 0; i < item.photos(); i++) {
            photos.add(files.store(UploadedContent.of("anh-hien-truong-" + (i + 1) + ".png", photo(item.text())),
                    files.policy(FileFamily.IMAGES)).id().value());
        }
        return intake.submit(new FeedbackSubmission(item.channel(), item.text(), ids.get(item.category()),
                directory.unitByCode(item.ward()).orElseThrow().id().value(), item.address(), item.latitude(),
                item.longitude(), item.sender(), String.format("0988%06d", 100 + phone), null, true, true, photos, null));
    }

    private void advance(DemoItem item, FeedbackReceipt receipt) {
        StaffUser operator = user("tiepnhan");
        switch (item.stage()) {
            case RECEIVED -> {
                return;
            }
            case REJECTED -> {
                screening.reject(receipt.code(), "OUT_OF_SCOPE", null, operator);
                return;
            }
            default -> accept(receipt, operator);
        }
        if (item.stage() == DemoItem.Stage.ASSIGNED) {
            return;
        }
        handling.submitAnswer(receipt.code(), "Phường đã kiểm tra thực tế nội dung phản ánh và giao Phòng Kinh tế, Hạ tầng"
                + " và Đô thị xử lý. Đến nay nội dung phản ánh đã được khắc phục. Trân trọng cảm ơn ông/bà đã phản ánh.",
                user("canbo.hoankiem"));
        if (item.stage() == DemoItem.Stage.ANSWER_PENDING) {
            return;
        }
        handling.decide(receipt.code(), true, null, user("chutich.hoankiem"));
        if (item.stage() == DemoItem.Stage.ANSWERED) {
            return;
        }
        Publication.Draft draft = publication.draft(receipt.code(), operator);
        publication.publish(receipt.code(), draft.text(), draft.answer(), item.photos() > 0 ? Set.of(0) : Set.of(),
                operator);
        if (item.stage() == DemoItem.Stage.RATED) {
            responses.rate(receipt.code(), receipt.accessToken(), 5, "Phường xử lý nhanh, cảm ơn.");
        }
    }

    /** Accepts the item for its suggested unit and waits for the unit's task, which the tasks module opens after commit. */
    private void accept(FeedbackReceipt receipt, StaffUser operator) {
        var item = feedbacks.findByCode(receipt.code()).orElseThrow();
        long unit = routing.suggestedUnit(item.categoryId(), item.communeId()).orElseThrow().id().value();
        screening.accept(receipt.code(), new Screening.Acceptance(item.categoryId(), FeedbackLevel.NORMAL,
                item.communeId(), unit, Set.of(), null), operator);
        String round = feedbacks.findByCode(receipt.code()).orElseThrow().obligationId();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && jdbc.queryForObject("select count(*) from tasks_task where source_module"
                + " = 'feedback' and source_id = ?", Long.class, round) == 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    /** A plain picture standing for the sender's photo (the demo ships no real photos). */
    private static byte[] photo(String seed) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(Math.abs(seed.hashCode()) % 0xFFFFFF));
        graphics.fillRect(0, 0, 320, 240);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(110, 70, 100, 100);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
