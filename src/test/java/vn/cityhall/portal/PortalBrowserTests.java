package vn.cityhall.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cityhall.DatabaseTest;
import vn.cityhall.browser.Browser;

/** A citizen on a phone-sized screen sends feedback with a photo and gets a tracking code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class PortalBrowserTests {

    @LocalServerPort
    int port;

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

        driver.get("http://localhost:" + port + "/portal");
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
}
