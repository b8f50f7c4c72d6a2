package vn.cityhall.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;

/**
 * Scenario (a) in a real browser: the chairman assigns with the live deadline preview, the director
 * delegates from his home page and the officer reports progress and completes, each action inline with
 * htmx (no page reload), without script or content-security-policy errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class TasksBrowserTests {

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
    void chairmanAssignsDirectorDelegatesOfficerReportsAndCompletesWithoutPageReloads() {
        driver = Browser.start(1280, 1000);
        String title = WebFixtures.unique("Rà soát hệ thống thoát nước");

        signIn("chutich");
        driver.get(url("/tasks"));
        click(driver.findElement(By.cssSelector("a[href='/tasks/new']")));
        wait(driver).until(ExpectedConditions.urlContains("/tasks/new"));
        driver.findElement(By.id("field-title")).sendKeys(title);
        driver.findElement(By.id("field-unitQuery")).sendKeys("xay dung");
        wait(driver).until(ExpectedConditions.numberOfElementsToBeLessThan(By.cssSelector("#field-unitId option"), 6));
        new Select(driver.findElement(By.id("field-unitId"))).selectByVisibleText("Sở Xây dựng");
        driver.findElement(By.id("field-workingDays")).sendKeys("5");
        WebElement preview = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#due-preview [data-due-preview]")));
        assertThat(preview.getText()).startsWith("Hạn xử lý: ").endsWith("17:00");
        click(driver.findElement(By.cssSelector("form.task-assign button.task-submit")));
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Sở Xây dựng", "Còn 5 ngày làm việc");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/tasks/(\\d+).*", "$1"));
        signOut();

        signIn("giamdoc.sxd");
        String row = "#task-row-" + id;
        WebElement home = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tasks-home " + row)));
        assertThat(home.getText()).contains(title);
        markPage();
        click(home.findElement(By.cssSelector("a[data-action=delegate]")));
        WebElement unit = wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(row + " select[name=unitId]")));
        new Select(unit).selectByValue(unitValue(unit, "Phòng Quản lý hạ tầng kỹ thuật"));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row + " select[name=personId]"),
                "Bùi Đức Minh"));
        new Select(driver.findElement(By.cssSelector(row + " select[name=personId]"))).selectByVisibleText("Bùi Đức Minh");
        click(driver.findElement(By.cssSelector(row + " form button.task-submit")));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), "Đã giao xử lý nhiệm vụ."));
        assertThat(driver.findElement(By.cssSelector(row)).getText()).contains("Bùi Đức Minh");
        assertThat(pageKept()).as("the delegation did not reload the page").isTrue();
        signOut();

        signIn("chuyenvien.sxd");
        driver.get(url("/tasks?q=" + title.substring(title.length() - 8)));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
        markPage();
        click(driver.findElement(By.cssSelector(row + " a[data-action=progress]")));
        WebElement percent = wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(row + " input[name=percent]")));
        percent.sendKeys("50");
        driver.findElement(By.cssSelector(row + " textarea[name=note]")).sendKeys("Đã khảo sát 12/24 tuyến");
        click(driver.findElement(By.cssSelector(row + " form button.task-submit")));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), "Đã cập nhật tiến độ."));
        assertThat(driver.findElement(By.cssSelector(row + " progress")).getAttribute("value")).isEqualTo("50");

        click(driver.findElement(By.cssSelector(row + " a[data-action=complete]")));
        WebElement result = wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(row + " textarea[name=result]")));
        result.sendKeys("Đã nạo vét 24 tuyến");
        click(driver.findElement(By.cssSelector(row + " form button.task-submit")));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), "Hoàn thành đúng hạn"));
        assertThat(driver.findElements(By.cssSelector(row + " a[data-action]"))).isEmpty();
        assertThat(pageKept()).as("the progress report and the completion did not reload the page").isTrue();

        driver.get(url("/tasks/" + id));
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Đã hoàn thành", "Hoàn thành đúng hạn", "Giao xử lý", "Cập nhật tiến độ · 50%", "Đã nạo vét 24 tuyến");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    private String unitValue(WebElement select, String name) {
        return select.findElements(By.tagName("option")).stream().filter(option -> option.getText().strip().equals(name))
                .findFirst().orElseThrow().getAttribute("value");
    }

    /** Clicks an element after scrolling it to the middle of the window at once (Bootstrap scrolls smoothly). */
    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Leaves a mark on the loaded page; a reload would wipe it. */
    private void markPage() {
        driver.executeScript("window.cityhallTestMark = 'kept';");
    }

    private boolean pageKept() {
        return "kept".equals(driver.executeScript("return window.cityhallTestMark;"));
    }

    private void signIn(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("HaNoi@2026");
        click(driver.findElement(By.cssSelector("form button[type=submit]")));
        wait(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
