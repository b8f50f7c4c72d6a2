package vn.cityhall.tasks.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.tasks.TaskManagement;

/** The chairman's dashboard in a real browser: the chart draws (Chart.js under the CSP) and the drill-down works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class DashboardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TaskManagement management;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theChairmanSeesTheChartAndOpensADepartment() throws Exception {
        driver = Browser.start(1280, 1400);
        StaffUser chairman = (StaffUser) accounts.loadUserByUsername("chutich");
        management.assign(chairman, new TaskManagement.Assignment("Tổng hợp báo cáo quy hoạch", null,
                directory.unitByCode("01.SXD").orElseThrow().id().value(), null, null, null, null, 4));

        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("chutich");
        driver.findElement(By.id("password")).sendKeys("HaNoi@2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.findElement(By.cssSelector("a[href='/dashboard']")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Điều hành"));
        wait(driver).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('dashboard-trend'));")));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("dashboard.png"), driver.getScreenshotAs(OutputType.BYTES));

        // Below the chart, whose fixed height (18rem) puts the table's rows at the bottom of the window. Scrolled
        // at once: Bootstrap's smooth scrolling would still be moving the row when the click lands.
        var department = driver.findElement(By.linkText("Sở Xây dựng"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", department);
        department.click();
        wait(driver).until(ExpectedConditions.urlContains("/dashboard?unit="));
        assertThat(driver.findElement(By.cssSelector("[data-figure=open]")).getText()).isNotEqualTo("0");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
