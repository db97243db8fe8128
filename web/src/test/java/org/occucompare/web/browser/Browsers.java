package org.occucompare.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Starts Debian's headless Chromium through its chromedriver, both given explicitly (no Selenium Manager). */
final class Browsers {
    private Browsers() {
    }

    /** A fresh headless Chromium with its own profile directory; quit it when done. */
    static WebDriver chromium(Path profile, int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumCondition.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumCondition.CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height));
        return new ChromeDriver(service, options);
    }

    /** Writes a screenshot to the build's screenshot directory and returns its bytes. */
    static byte[] screenshot(WebDriver driver, String name) throws java.io.IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path screenshots = Path.of(System.getProperty("occucompare.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name), png);
        return png;
    }
}
