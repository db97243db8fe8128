package org.occucompare.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occucompare.web.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An axe-core audit of each page in a real headless Chromium: no serious or critical violation. axe.min.js comes
 * from the axe-core WebJar on the test class path and is injected through WebDriver, which the page's content
 * security policy does not govern.
 */
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
class AccessibilityBrowserTest {
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @TempDir
    static Path profile;

    private static TestServer server;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        driver = Browsers.chromium(profile, 1280, 1000);
    }

    @AfterAll
    static void stop() {
        Browsers.stop(driver, server);
    }

    static Stream<Arguments> pagesOnEachScreen() {
        return Stream.of(1280, 390).flatMap(width -> Stream.of("/", "/search?q=nurse", "/search?q=zzzz",
                "/occupations/29-1141.00?location=CA", "/occupations/11-1011.00?location=Chicago%2C%20IL",
                "/occupations/29-1141.00/places", "/occupations/15-1252.00/places?level=metro",
                "/compare?occupations=15-1252.00,15-1211.00,29-1141.00&locations=US,CA&reference=15-1252.00",
                LayoutBrowserTest.TEN_OCCUPATIONS, "/compare?occupations=15-1252.00,99-9999.99&locations=US",
                "/api/docs", "/no-such-page", "/occupations/29-1199.00").map(path -> Arguments.of(width, path)));
    }

    /** On a phone, too: a table that scrolls there must be reachable with the keyboard. */
    @ParameterizedTest(name = "{1} at {0} px")
    @MethodSource("pagesOnEachScreen")
    void page_has_no_serious_or_critical_accessibility_violation(int width, String path) throws IOException {
        Browsers.screen(driver, width, width == 390 ? 844 : 1000, width == 390);
        driver.get(server.baseUri() + path);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("footer")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        assertThat(js.executeScript("return axe.version")).isEqualTo("4.6.3");
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.map(function (n) {"
                + "      return n.target.join(' '); }).join(', ') + ')'; }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");

        assertThat((List<?>) result).as("serious or critical violations on " + path + " at " + width + " px")
                .isEmpty();
        if (width != 1280) {
            return;
        }
        if (path.startsWith("/compare?occupations=15-1252.00,15-1211.00,29")) {
            Browsers.screenshot(driver, "compare-audited.png");
        } else if (path.equals("/occupations/29-1141.00?location=CA")) {
            Browsers.screenshot(driver, "occupation.png");
        }
        if (path.startsWith("/occupations/29-1141.00?") || path.startsWith("/compare?occupations=15-1252.00,15")) {
            chartImagesLoad(js);
        }
    }

    /**
     * Every chart image of the page, the interest and attainment charts beside their tables among them, loads as an
     * image: none is a broken one (lazy images load once scrolled to).
     */
    private static void chartImagesLoad(JavascriptExecutor js) {
        List<WebElement> images = driver.findElements(By.cssSelector("figure.chart img"));
        assertThat(images).extracting(i -> i.getAttribute("src")).anyMatch(s -> s.contains("/api/charts/interests.png"))
                .anyMatch(s -> s.contains("/api/charts/attainment.png"));
        for (WebElement image : images) {
            js.executeScript("arguments[0].scrollIntoView()", image);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return arguments[0].complete", image)));
            assertThat(js.executeScript("return arguments[0].naturalWidth", image)).as(image.getAttribute("src"))
                    .isNotEqualTo(0L);
        }
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream(AXE)) {
            assertThat(in).as(AXE + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
