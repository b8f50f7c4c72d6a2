package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;

/**
 * Two-factor authentication in a real browser under the content security policy: the QR code
 * loads, enrolment and the code step work, and the lock message reads well. Screenshots go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class SecurityBrowserTests {

    @LocalServerPort
    int port;

    TestAccounts accounts;

    private ChromeDriver driver;

    @Autowired
    void accounts(ApplicationContext context) {
        accounts = TestAccounts.of(context);
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void enrolsInTwoFactorAuthenticationAndSignsInWithACode() throws IOException {
        String username = accounts.create("trinhduyet");
        driver = Browser.start(1100, 1300);
        signIn(username);
        driver.get(url("/account/two-factor"));
        var qr = driver.findElement(By.cssSelector(".two-factor-qr img"));
        wait(driver).until(d -> (Boolean) ((ChromeDriver) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        screenshot("two-factor-enrol");
        String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
        driver.findElement(By.id("code")).sendKeys(Totp.code(secret, Totp.step(Instant.now())));
        driver.findElement(By.cssSelector("form[action='/account/two-factor/confirm'] button")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"),
                "Đã bật xác thực hai bước."));

        driver.manage().deleteAllCookies();
        signIn(username);
        wait(driver).until(ExpectedConditions.urlMatches("/login/two-factor$"));
        driver.findElement(By.id("code")).sendKeys("000000");
        driver.findElement(By.cssSelector("form[action='/login/two-factor'] button")).click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("two-factor-error")));
        screenshot("two-factor-login-wrong-code");
        assertThat(driver.findElement(By.id("two-factor-error")).getText()).contains("Mã xác thực không đúng");
        driver.findElement(By.id("code")).sendKeys(Totp.code(secret, Totp.step(Instant.now()) + 1));
        driver.findElement(By.cssSelector("form[action='/login/two-factor'] button")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Việc của tôi"));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void showsWhenALockedAccountOpensAgain() throws IOException {
        String username = accounts.create("trinhduyet.khoa");
        accounts.update(username, person -> person.recordFailedLogin(Instant.now(), 1, Duration.ofMinutes(15)));
        driver = Browser.start(420, 900);
        signIn(username);
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        screenshot("login-locked-phone");
        assertThat(driver.findElement(By.id("login-error")).getText())
                .contains("Tài khoản đã bị tạm khóa", "(giờ Hà Nội)", "quản trị viên");
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
        assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
    }

    private void signIn(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    }

    private void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
