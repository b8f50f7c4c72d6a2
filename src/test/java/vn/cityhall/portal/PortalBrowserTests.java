package vn.cityhall.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;
import vn.cityhall.feedback.figures.FeedbackRows;
import vn.cityhall.organization.OrganizationDirectory;

/**
 * A citizen on a phone-sized screen sends feedback with a photo, or with a map pin whose commune is
 * suggested, and gets a tracking code; without map tiles the form still works. Tiles come from CityHall
 * itself in tests (there is no internet here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class PortalBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory directory;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    void aCitizenOnAPhoneSendsFeedbackWithAPhoto() throws Exception {
        driver = Browser.start(500, 844);
        // Headless Chromium keeps windows at least 500 px wide: emulate the phone's screen itself.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        Path photo = Files.createTempFile("via-he", ".jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());

        driver.get("http://localhost:" + port + "/portal/feedback/new");
        driver.findElement(By.id("field-text")).sendKeys("Vỉa hè phố Bà Triệu bị lấn chiếm làm chỗ để xe máy");
        new Select(driver.findElement(By.id("field-communeId"))).selectByVisibleText("Phường Hai Bà Trưng");
        driver.findElement(By.id("field-photos")).sendKeys(photo.toString());
        driver.findElement(By.id("field-senderName")).sendKeys("Ngô Thanh Hương");
        driver.findElement(By.id("field-senderPhone")).sendKeys("0978 123 456");
        click(driver.findElement(By.id("field-consentProcessing")));
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        click(driver.findElement(By.cssSelector("form.portal-feedback button[type=submit]")));

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/portal/feedback/PA-"));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("mã theo dõi PA-");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("portal-received.png"), driver.getScreenshotAs(OutputType.BYTES));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void aCitizenDropsAPinTheCommuneIsSuggestedAndTheFeedbackKeepsTheCoordinates() throws Exception {
        long haiBaTrung = directory.unitByCode("00256").orElseThrow().id().value();
        FeedbackRows rows = new FeedbackRows(jdbc);
        // Screened items a few metres around the map's first view (21.0285, 105.8542): all seven nearest.
        for (int i = 0; i < 7; i++) {
            rows.item("ASSIGNED", Instant.parse("2025-03-01T02:00:00Z")).commune(haiBaTrung)
                    .at(21.0285 + i * 0.00005, 105.8542 - i * 0.00005).insert();
        }
        driver = phone();
        driver.get("http://localhost:" + port + "/portal/feedback/new");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pin-map img.leaflet-tile-loaded")));
        click(driver.findElement(By.id("pin-map")));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("field-latitude")), "value"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pin-status"), "Phường Hai Bà Trưng"));
        assertThat(new Select(driver.findElement(By.id("field-communeId"))).getFirstSelectedOption().getText())
                .isEqualTo("Phường Hai Bà Trưng");
        assertThat(driver.findElements(By.cssSelector("#pin-map .leaflet-marker-icon"))).hasSize(1);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("portal-pin.png"), driver.getScreenshotAs(OutputType.BYTES));

        driver.findElement(By.id("field-text")).sendKeys("Cột đèn chiếu sáng đổ nghiêng ra lòng đường, rất nguy hiểm");
        driver.findElement(By.id("field-senderName")).sendKeys("Đinh Văn Toàn");
        driver.findElement(By.id("field-senderPhone")).sendKeys("0915 246 810");
        click(driver.findElement(By.id("field-consentProcessing")));
        click(driver.findElement(By.cssSelector("form.portal-feedback button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("/portal/feedback/PA-"));

        String url = driver.getCurrentUrl();
        String code = url.substring(url.indexOf("/portal/feedback/") + "/portal/feedback/".length(), url.indexOf('?'));
        Map<String, Object> stored = jdbc.queryForMap("select latitude, longitude, commune_id from feedback_item where code = ?", code);
        assertThat((Double) stored.get("latitude")).isCloseTo(21.0285, within(0.002));
        assertThat((Double) stored.get("longitude")).isCloseTo(105.8542, within(0.002));
        assertThat(((Number) stored.get("commune_id")).longValue()).isEqualTo(haiBaTrung);
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void withoutTilesTheMapAreaSaysSoAndTheCitizenPicksTheCommune() throws Exception {
        driver = phone();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*test-tile.png*")));
        driver.get("http://localhost:" + port + "/portal/feedback/new");
        WebElement message = driver.findElement(By.cssSelector("#pin-map .portal-map-message"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(message));
        assertThat(message.getText()).contains("chọn phường, xã và nhập địa chỉ");
        new Select(driver.findElement(By.id("field-communeId"))).selectByVisibleText("Phường Hoàn Kiếm");
        driver.findElement(By.id("field-address")).sendKeys("Phố Lò Sũ");
        driver.findElement(By.id("field-text")).sendKeys("Rác thải để ven đường nhiều ngày không được thu gom");
        driver.findElement(By.id("field-senderName")).sendKeys("Mai Thị Hòa");
        driver.findElement(By.id("field-senderPhone")).sendKeys("0916 135 790");
        click(driver.findElement(By.id("field-consentProcessing")));
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        click(driver.findElement(By.cssSelector("form.portal-feedback button[type=submit]")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/portal/feedback/PA-"));
        assertThat(Browser.consoleErrors(driver)).allSatisfy(error -> assertThat(error).contains("ERR_BLOCKED_BY_CLIENT"));
    }

    @Test
    void theAnsweredFeedbackShowsOnTheMapAndTheStatisticsAsChartsWithoutScriptErrors() throws Exception {
        long hoanKiem = directory.unitByCode("00070").orElseThrow().id().value();
        FeedbackRows.Row row = new FeedbackRows(jdbc).item("CLOSED", Instant.now().minusSeconds(86_400)).commune(hoanKiem)
                .at(21.0301, 105.8521).answered(Instant.now(), true).rated(5)
                .published(Instant.now(), "Biển báo giao thông bị che khuất.", "Đã cắt tỉa cây.");
        row.insert();
        driver = phone();
        driver.get("http://localhost:" + port + "/portal/answers");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answers-map path.leaflet-interactive")));
        assertThat(driver.findElements(By.cssSelector("[data-code='" + row.code() + "']"))).hasSize(1);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("portal-answers.png"), driver.getScreenshotAs(OutputType.BYTES));

        driver.get("http://localhost:" + port + "/portal/statistics");
        wait.until(driver -> (Boolean) ((ChromeDriver) driver).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('chart-months')) !== undefined;"));
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        Files.write(shots.resolve("portal-statistics.png"), driver.getScreenshotAs(OutputType.BYTES));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    private ChromeDriver phone() {
        ChromeDriver phone = Browser.start(500, 844);
        // Headless Chromium keeps windows at least 500 px wide: emulate the phone's screen itself.
        phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        return phone;
    }
}
