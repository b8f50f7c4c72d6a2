package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;

/** The administration pages in a real browser: htmx lazy loading and live search under the CSP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class OrganizationAdminBrowserTests {

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
    void opensABranchOfTheTreeAndSearchesAsTheAdministratorTypes() throws Exception {
        driver = Browser.start(1280, 900);
        signInAsAdministrator();
        driver.get(url("/admin/units"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cây đơn vị");
        WebElement hoanKiem = driver.findElement(By.xpath(
                "//summary[.//span[@class='unit-code' and text()='00070']]"));
        hoanKiem.sendKeys(Keys.SPACE);
        WebElement division = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[@class='unit-name' and text()='Phòng Văn hóa - Xã hội']")));
        assertThat(division.getAttribute("href")).contains("/admin/units/");
        screenshot("units-tree");

        WebElement search = driver.findElement(By.id("unit-q"));
        search.sendKeys("kim anh");
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit-results table")));
        assertThat(driver.findElement(By.id("unit-results")).getText()).contains("00382", "Xã Kim Anh");
        assertThat(driver.findElement(By.id("unit-results")).getText()).doesNotContain("Phường Hoàn Kiếm");
        wait(driver).until(ExpectedConditions.urlMatches("q=kim(\\+|%20)anh"));
        screenshot("units-search");
        driver.get(url("/admin/units?q=00070"));
        driver.findElement(By.linkText("Phường Hoàn Kiếm")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Phường Hoàn Kiếm");
        assertThat(driver.findElement(By.cssSelector(".breadcrumb")).getText()).contains("UBND thành phố Hà Nội");
        screenshot("unit-page");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void addsAPersonAndShowsTheInitialPassword() throws Exception {
        driver = Browser.start(1280, 1000);
        signInAsAdministrator();
        driver.get(url("/admin/people/new?unit=00070.VP"));
        String username = AdminFixtures.unique("browser.");
        driver.findElement(By.id("field-fullName")).sendKeys("Đinh Thị Trình Duyệt");
        driver.findElement(By.id("field-username")).sendKeys(username);
        driver.findElement(By.id("field-phone")).sendKeys("024 3825 1234");
        screenshot("person-form");
        driver.findElement(By.id("field-phone")).sendKeys(Keys.ENTER);
        WebElement password = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("initial-password")));
        assertThat(password.getText()).matches("[A-Za-z2-9]{5}-[A-Za-z2-9]{5}-[A-Za-z2-9]{5}");
        screenshot("person-password");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void uploadsAFileWithABadRowAndSeesTheReport() throws Exception {
        Path file = Files.createTempFile("units", ".csv");
        Files.writeString(file, "code;parent_code;type;name;full_name;short_name\n"
                + AdminFixtures.unique("BR") + ";00070;DIVISION;Phòng Một;Phòng Một phường Hoàn Kiếm;P1\n"
                + AdminFixtures.unique("BR") + ";NO.PARENT;DIVISION;Phòng Hai;Phòng Hai phường Hoàn Kiếm;P2\n");
        driver = Browser.start(1280, 1000);
        signInAsAdministrator();
        driver.get(url("/admin/imports"));
        screenshot("import-page");
        driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form[action='/admin/imports/preview'] button[type=submit]")).click();
        WebElement report = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(report.getText()).contains("3", "parent_code", "NO.PARENT");
        assertThat(driver.findElements(By.cssSelector("form[action='/admin/imports/confirm']"))).isEmpty();
        screenshot("import-report");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
        Files.deleteIfExists(file);
    }

    private void signInAsAdministrator() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("HaNoi@2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Keeps a picture of the page under target/ for a human look; not an assertion. */
    private void screenshot(String name) throws Exception {
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("organization-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
