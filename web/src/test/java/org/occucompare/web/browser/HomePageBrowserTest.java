package org.occucompare.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The home page in a real headless Chromium, served by a real {@code WebApp}. */
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
class HomePageBrowserTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path profile;

    @Test
    void home_page_shows_its_title_styles_and_the_onet_attribution() throws Exception {
        try (TestServer server = TestServer.start()) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(ChromiumCondition.CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options());
            try {
                driver.get(server.baseUri() + "/");
                WebElement attribution = new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.id("attribution")));

                assertThat(driver.getTitle()).isEqualTo("OccuCompare");
                assertThat(attribution.getText()).isEqualTo(TestServer.ONET_ATTRIBUTION);
                // the stylesheet loaded despite the strict content security policy: #1a4480 is its heading colour
                assertThat(driver.findElement(By.tagName("h1")).getCssValue("color")).isEqualTo("rgba(26, 68, 128, 1)");

                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Path screenshots = Path.of(System.getProperty("occucompare.screenshots", "target/screenshots"));
                Files.createDirectories(screenshots);
                Files.write(screenshots.resolve("home.png"), png);
                assertThat(png).startsWith(PNG_MAGIC);
            } finally {
                driver.quit();
            }
        }
    }

    private ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumCondition.CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,800"));
        return options;
    }
}
