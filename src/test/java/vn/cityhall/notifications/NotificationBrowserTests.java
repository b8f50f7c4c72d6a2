package vn.cityhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;
import vn.cityhall.notifications.internal.LiveStreams;
import vn.cityhall.organization.Person;

/** The bell in a real browser: it counts a new notification live, without a reload, under the CSP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class NotificationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LiveStreams streams;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void bellCountsANewNotificationLiveAndOpensIt() throws Exception {
        driver = Browser.start(1280, 900);
        // A person of our own, so that no other test's notification changes the count meanwhile.
        NotificationFixtures fixtures = NotificationFixtures.of(context);
        Person person = fixtures.person();
        long personId = person.id().value();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(person.username());
        driver.findElement(By.id("password")).sendKeys(NotificationFixtures.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        // The bell's content may be replaced at any moment (it reloads on every "notifications" event).
        int before = unread(wait(driver).until(d -> d.findElement(By.id("notification-bell-button")).getAttribute("aria-label")));
        NotificationFixtures.await(() -> streams.openStreams(personId) > 0, "the page's live-update stream to open");
        driver.executeScript("window.notificationTestMarker = 'same page';");

        TestNotice notice = TestNotice.assigned("Nguyễn Văn An", "Chuẩn bị họp giao ban", personId);
        fixtures.deliver(notice);

        String expected = (before + 1) + " thông báo chưa đọc";
        wait(driver).until(ExpectedConditions.attributeToBe(By.id("notification-bell-button"), "aria-label", expected));
        assertThat(driver.findElement(By.id("notification-count")).getText()).isEqualTo(String.valueOf(before + 1));
        assertThat(driver.executeScript("return window.notificationTestMarker;")).as("no reload").isEqualTo("same page");

        wait(driver).until(d -> {
            d.findElement(By.id("notification-bell-button")).click();
            return true;
        });
        String item = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notification-menu.show .notification-item"))).getText();
        assertThat(item).contains("Nguyễn Văn An giao cho bạn nhiệm vụ \"Chuẩn bị họp giao ban\"");
        screenshot("bell-open");
        wait(driver).until(d -> {
            d.findElement(By.cssSelector(".notification-menu.show .notification-item")).click();
            return true;
        });
        wait(driver).until(ExpectedConditions.urlContains(notice.link()));

        driver.get(url("/notifications"));
        wait(driver).until(ExpectedConditions.attributeToBe(By.id("notification-bell-button"), "aria-label",
                before == 0 ? "Không có thông báo chưa đọc" : before + " thông báo chưa đọc"));
        screenshot("list");
        driver.get(url("/notifications/preferences"));
        screenshot("preferences");
        assertThat(Browser.consoleErrors(driver)).as("console errors (the opened link itself may be a 404 page)")
                .allSatisfy(error -> assertThat(error).contains(notice.link()));

        // Once the session is gone, the page stops reconnecting its stream instead of retrying forever.
        assertThat(driver.findElement(By.tagName("body")).getAttribute("sse-connect")).isEqualTo("/notifications/stream");
        driver.manage().deleteCookieNamed("JSESSIONID");
        streams.closeAll(personId);
        wait(driver).until(d -> d.findElement(By.tagName("body")).getAttribute("sse-connect") == null);
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("notifications-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static int unread(String label) {
        String digits = label.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static FluentWait<WebDriver> wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
