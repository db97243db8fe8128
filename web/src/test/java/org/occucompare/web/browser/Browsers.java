package org.occucompare.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.occucompare.web.TestServer;
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

    /**
     * Lays pages out as on a screen this many CSS pixels wide and high, through the DevTools protocol as DevTools'
     * device mode does; on a phone ({@code mobile}) the page's viewport meta tag applies as it does on one.
     */
    static void screen(WebDriver driver, int width, int height, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
    }

    /** Renders pages for a medium, {@code print} or {@code screen}, as DevTools' rendering panel does. */
    static void media(WebDriver driver, String media) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Quits a browser and stops a server that a test class shares, either of them not started (null). */
    static void stop(WebDriver driver, TestServer server) {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
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
