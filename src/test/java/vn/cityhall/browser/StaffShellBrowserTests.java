package vn.cityhall.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cityhall.DatabaseTest;

/** The staff shell in a real browser: login, Vietnamese and English, menus under the CSP, phone width, errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class StaffShellBrowserTests {

    @LocalServerPort
    int port;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void leaderSignsInSeesHomeSwitchesLanguageAndSignsOutWithoutScriptOrPolicyErrors() {
        driver = Browser.start(1280, 900);
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");

        signIn("chutich", "HaNoi@2026");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc của tôi");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Xin chào Nguyễn Văn An.");

        // Bootstrap's dropdown only opens when its script runs under the content security policy.
        driver.findElement(By.id("user-menu")).click();
        WebElement menu = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dropdown-menu.show")));
        assertThat(menu.getText()).contains("Chủ tịch", "Lãnh đạo", "Đăng xuất");

        driver.findElement(By.cssSelector("a[lang=en]")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My work");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        driver.findElement(By.id("user-menu")).click();
        wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dropdown-menu.show button[type=submit]"))).click();
        wait(driver).until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("You have signed out.");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void navigationFoldsIntoAMenuAtPhoneWidth() {
        driver = Browser.start(375, 812);
        driver.get(url("/login"));
        signIn("giamdoc.sxd", "HaNoi@2026");
        WebElement navigation = driver.findElement(By.id("app-nav"));
        assertThat(navigation.isDisplayed()).as("navigation hidden until the menu opens").isFalse();
        driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        WebElement home = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#app-nav a.nav-link[href='/']")));
        assertThat(home.getText()).isEqualTo("Việc của tôi");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void unknownPageShowsTheNotFoundPageInTheLayoutAndLanguage() {
        driver = Browser.start(1280, 900);
        driver.get(url("/login"));
        signIn("vanthu", "HaNoi@2026");
        driver.get(url("/no-such-page"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        assertThat(driver.findElement(By.id("user-menu")).getText()).contains("Phạm Thu Dung");
    }

    private void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
