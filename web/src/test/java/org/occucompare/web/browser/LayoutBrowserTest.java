package org.occucompare.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occucompare.web.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in a real headless Chromium on a 1,280-pixel screen and on a 390-pixel phone: nothing makes the page
 * wider than the window and nothing sticks out of its column (a wide table scrolls inside its own container); the
 * compare page's charts stand beside their tables where there is room; long lists open from the keyboard and print
 * whole.
 */
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
class LayoutBrowserTest {
    /** The compare page at its largest: ten occupations, and a city that brings its metro area and its state. */
    static final String TEN_OCCUPATIONS = "/compare?occupations=11-1011.00,11-1021.00,11-3031.00,11-9111.00,"
            + "13-1111.00,13-2011.00,15-1211.00,15-1212.00,15-1252.00,15-2051.00&locations=US,CA,NY,Chicago%2C%20IL"
            + "&reference=15-1252.00";
    static final String THREE_OCCUPATIONS = "/compare?occupations=15-1252.00,15-1211.00,11-1011.00&locations=US,CA"
            + "&reference=15-1252.00";
    private static final List<String> PAGES = List.of("/", "/search?q=nurse", "/search?q=zzzz",
            "/occupations/29-1141.00?location=CA", "/occupations/11-1011.00?location=Chicago%2C%20IL",
            "/occupations/29-1141.00/places", "/occupations/15-1252.00/places?level=metro", THREE_OCCUPATIONS,
            TEN_OCCUPATIONS, "/compare?occupations=15-1252.00,99-9999.99&locations=US", "/api/docs", "/no-such-page",
            "/occupations/29-1199.00");
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    private static final int WIDE = 1680;

    @TempDir
    static Path profile;

    private static TestServer server;
    private static WebDriver driver;
    private static String overflow;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        driver = Browsers.chromium(profile, DESKTOP, 1000);
        try (InputStream in = LayoutBrowserTest.class.getResourceAsStream("overflow.js")) {
            overflow = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        Browsers.stop(driver, server);
    }

    @AfterEach
    void screen() {
        Browsers.media(driver, "screen");
    }

    static Stream<Arguments> pagesOnEachScreen() {
        return Stream.of(DESKTOP, PHONE).flatMap(width -> PAGES.stream().map(path -> Arguments.of(width, path)));
    }

    private void open(String path, int width) {
        Browsers.screen(driver, width, width == PHONE ? 844 : 1050, width == PHONE);
        driver.get(server.baseUri() + path);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.tagName("footer")));
    }

    private Object script(String source, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(source, arguments);
    }

    @ParameterizedTest(name = "{1} at {0} px")
    @MethodSource("pagesOnEachScreen")
    void nothing_is_wider_than_the_window_or_its_column(int width, String path) throws IOException {
        open(path, width);

        assertThat((List<?>) script(overflow)).as("what sticks out on " + path + " at " + width + " px").isEmpty();
        // a phone zooms out to a page wider than its screen, so the window's width is checked too
        assertThat(((Number) script("return window.innerWidth")).intValue()).isEqualTo(width);
        assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(width);
        if (path.equals(TEN_OCCUPATIONS)) {
            Browsers.screenshot(driver, "compare-ten-" + width + ".png");
        }
    }

    @Test
    void each_chart_stands_beside_its_table_where_the_table_fits_there_else_above_it() throws IOException {
        Map<String, String> tableOfChart = Map.of("chart-wages", "wages-annual", "chart-locations", "wages-annual",
                "chart-growth", "projections", "chart-skills", "skill-overlap");
        for (int width : new int[] {WIDE, DESKTOP, PHONE}) {
            open(THREE_OCCUPATIONS, width);
            for (Map.Entry<String, String> pair : tableOfChart.entrySet()) {
                WebElement chart = driver.findElement(By.id(pair.getKey()));
                WebElement table = driver.findElement(By.id(pair.getValue()));
                String where = pair.getValue() + " and " + pair.getKey() + " at " + width + " px";
                // in the same pair of columns, in the section the table belongs to
                assertThat(script("return arguments[0].closest('.chart-pair') === arguments[1].closest('.chart-pair')",
                        chart, table)).as(where).isEqualTo(true);
                Map<?, ?> c = rect(chart);
                Map<?, ?> t = rect(table);
                boolean beside = number(t, "left") >= number(c, "right");
                boolean below = number(t, "top") >= number(c, "bottom");
                assertThat(beside || below).as(where + ": beside or below").isTrue();
                if (width == PHONE) {
                    assertThat(below).as(where + ": below on a phone").isTrue();
                } else {
                    // on a screen, a table of figures is never squeezed into scrolling beside its chart
                    assertThat(script("var w = arguments[0].closest('.table-wrap');"
                            + " return w.scrollWidth <= w.clientWidth", table)).as(where + ": no scrolling")
                            .isEqualTo(true);
                }
                if (width == WIDE && !pair.getValue().equals("wages-annual")) {
                    assertThat(beside).as(where + ": beside on a wide screen").isTrue();
                }
            }
            // every table once: the charts' data tables are the sections' own, not copies
            assertThat(driver.findElements(By.cssSelector(
                    "table#wages-annual, table#projections, table#skill-overlap"))).hasSize(3);
            assertThat(driver.findElements(By.xpath("//h2[normalize-space()='Charts']"))).isEmpty();
            script("document.getElementById('wages-h').scrollIntoView()");
            Browsers.screenshot(driver, "compare-wages-" + width + ".png");
            script("document.getElementById('outlook-h').scrollIntoView()");
            Browsers.screenshot(driver, "compare-outlook-" + width + ".png");
        }
    }

    @Test
    void the_compare_page_prints_its_figures_and_charts_without_its_controls() {
        open(THREE_OCCUPATIONS, DESKTOP);
        Browsers.media(driver, "print");

        for (String control : List.of("add-occupation", "add-place", "find-place", "download-csv")) {
            assertThat(driver.findElement(By.id(control)).isDisplayed()).as(control).isFalse();
        }
        assertThat(driver.findElement(By.cssSelector("nav.toc")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("#chart-wages .downloads")).isDisplayed()).isFalse();
        for (String shown : List.of("glance-table", "wages-annual", "projections", "skill-overlap", "metrics")) {
            assertThat(driver.findElement(By.id(shown)).isDisplayed()).as(shown).isTrue();
        }
        assertThat(driver.findElement(By.cssSelector("#chart-wages img")).isDisplayed()).isTrue();
        // every skill of the first occupation, the ones behind its disclosure too
        assertThat(script("return Array.from(document.querySelectorAll('#skills tbody tr:first-child td:nth-of-type(1)"
                + " li')).every(function (li) { return li.checkVisibility(); })")).isEqualTo(true);
    }

    @Test
    void a_table_that_scrolls_in_its_box_joins_the_tab_order_named_by_its_caption() {
        String boxes = "return Array.from(document.querySelectorAll('.table-wrap')).map(function (w) {"
                + " return {scrolls: w.scrollWidth > w.clientWidth, tabindex: w.getAttribute('tabindex'),"
                + " role: w.getAttribute('role'), name: w.getAttribute('aria-label'),"
                + " caption: w.querySelector('caption').textContent.trim()}; })";
        open(THREE_OCCUPATIONS, PHONE);
        List<?> onPhone = (List<?>) script(boxes);
        assertThat(onPhone).as("tables that scroll on a phone").anySatisfy(box -> assertThat(((Map<?, ?>) box)
                .get("scrolls")).isEqualTo(true));
        for (Object box : onPhone) {
            Map<?, ?> b = (Map<?, ?>) box;
            if (Boolean.TRUE.equals(b.get("scrolls"))) {
                assertThat(b.get("tabindex")).as(b.get("caption").toString()).isEqualTo("0");
                assertThat(b.get("role")).isEqualTo("region");
                assertThat(b.get("name")).isEqualTo(b.get("caption"));
            } else {
                assertThat(b.get("tabindex")).as(b.get("caption").toString()).isNull();
            }
        }

        // the same page on a wide window: the wage table no longer scrolls, and leaves the Tab order
        Browsers.screen(driver, DESKTOP, 1050, false);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> script("return document.getElementById("
                + "'wages-annual').closest('.table-wrap').hasAttribute('tabindex')").equals(false));
    }

    private Map<?, ?> rect(WebElement element) {
        return (Map<?, ?>) script("return arguments[0].getBoundingClientRect().toJSON()", element);
    }

    private static double number(Map<?, ?> rect, String key) {
        return ((Number) rect.get(key)).doubleValue();
    }

    @Test
    void a_long_list_opens_from_the_keyboard_and_prints_every_entry() {
        open("/occupations/11-1011.00", DESKTOP);
        WebElement more = driver.findElement(By.cssSelector("#tasks details.more"));
        WebElement last = driver.findElement(By.cssSelector("#tasks details.more li:last-child"));
        WebElement summary = more.findElement(By.tagName("summary"));
        assertThat(script("return arguments[0].checkVisibility()", last)).isEqualTo(false);

        Browsers.media(driver, "print");
        assertThat(script("return arguments[0].checkVisibility()", last)).as("printed").isEqualTo(true);
        assertThat(summary.isDisplayed()).as("the disclosure's label on paper").isFalse();
        Browsers.media(driver, "screen");

        // Tab reaches the disclosure's label; Enter opens it
        int presses = 0;
        while (!driver.switchTo().activeElement().equals(summary)) {
            assertThat(++presses).as("Tab presses to reach the tasks' disclosure").isLessThan(200);
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        summary.sendKeys(Keys.ENTER);
        assertThat(more.getAttribute("open")).isNotNull();
        assertThat(script("return arguments[0].checkVisibility()", last)).isEqualTo(true);
    }
}
