package vn.cityhall.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;
import vn.cityhall.calendar.DayKind;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.calendar.internal.OverrideManagement;

/**
 * The calendar page in a real browser: htmx replaces the year, adds and removes an override and
 * answers the calculator without reloading the page, under the content security policy.
 * Uses 2045-2046 only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class CalendarBrowserTests {

    private static final LocalDate TUESDAY = LocalDate.of(2046, 3, 6);

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    OverrideManagement overrides;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
        overrides.remove(TUESDAY);
    }

    @Test
    void administratorWorksTheCalendarWithoutPageReloads() {
        driver = Browser.start(1280, 1000);
        driver.get(url("/login"));
        signIn("admin");
        driver.get(url("/calendar?year=2045"));
        assertThat(heading()).isEqualTo("Năm 2045");
        // A page reload would forget this.
        driver.executeScript("window.calendarMarker = 'kept';");

        click(By.cssSelector("#calendar-year a[href='/calendar?year=2046']"));
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector("#calendar-year h2"), "Năm 2046"));
        assertThat(driver.getCurrentUrl()).endsWith("/calendar?year=2046");

        driver.executeScript("document.getElementById('field-date').value = '2046-03-06';");
        driver.findElement(By.id("field-note")).sendKeys("TB 9/TB");
        click(By.cssSelector("#override-form button[type=submit]"));
        WebElement added = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-2046-03-06")));
        assertThat(added.getText()).contains("06/03/2046", "Nghỉ theo thông báo", "TB 9/TB");
        assertThat(driver.findElement(By.cssSelector("#calendar-year .alert-success")).getText())
                .contains("Đã thêm điều chỉnh ngày 06/03/2046");
        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.OVERRIDE_OFF);

        // The confirmation is asked first; dismissing it keeps the override.
        By remove = By.cssSelector("#entry-2046-03-06 button[data-confirm]");
        click(remove);
        wait(driver).until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.OVERRIDE_OFF);
        click(remove);
        wait(driver).until(ExpectedConditions.alertIsPresent()).accept();
        wait(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("entry-2046-03-06")));
        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.WORKING);

        driver.executeScript("document.getElementById('field-start').value = '2026-02-12';");
        driver.findElement(By.id("field-days")).sendKeys("10");
        click(By.cssSelector("#calculator-add button[type=submit]"));
        WebElement result = wait(driver).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#calculator-add .calendar-result")));
        assertThat(result.getText()).contains("05/03/2026");

        assertThat(driver.executeScript("return window.calendarMarker;")).isEqualTo("kept");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    /** Scrolls the element to the middle of the window first, at once (Bootstrap makes scrolling smooth). */
    private void click(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private String heading() {
        return driver.findElement(By.cssSelector("#calendar-year h2")).getText();
    }

    private void signIn(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("HaNoi@2026");
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
