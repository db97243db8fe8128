package org.occucompare.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A counsellor's session in a real headless Chromium: search, build a comparison, download, share the link. */
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
class CompareBrowserTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path profile;

    private TestServer server;
    private WebDriver driver;

    @BeforeEach
    void start() {
        server = TestServer.start();
        driver = Browsers.chromium(profile, 1280, 1300);
    }

    @AfterEach
    void stop() {
        driver.quit();
        server.close();
    }

    private WebDriverWait waiting() {
        // a page being replaced by the next one may fail a probe; the next probe sees the new page
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class);
        return wait;
    }

    /** The chips' texts, read in one script so that a page being replaced cannot leave stale elements. */
    @SuppressWarnings("unchecked")
    private List<String> chips(String id) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from("
                + "document.querySelectorAll('#" + id + " li')).map(function (e) {"
                + " return e.textContent.replace(/\\s+/g, ' ').trim(); });");
    }

    @Test
    void user_searches_adds_three_occupations_and_a_state_downloads_and_reloads_the_shared_link() throws Exception {
        driver.get(server.baseUri() + "/");
        driver.findElement(By.id("q")).sendKeys("software", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/search?q=software"));
        driver.findElement(By.cssSelector("#results li a.action")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/compare?"));
        assertThat(chips("occupation-chips")).hasSize(2);

        driver.findElement(By.id("add")).sendKeys("15-2051.00", Keys.ENTER);
        waiting().until(d -> chips("occupation-chips").size() == 3);
        new Select(driver.findElement(By.id("addLocation"))).selectByValue("CA");
        driver.findElement(By.cssSelector("#add-place button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("CA"));

        assertThat(chips("occupation-chips")).anySatisfy(c -> assertThat(c).contains("Data Scientists (15-2051.00)"));
        assertThat(chips("location-chips")).anySatisfy(c -> assertThat(c).contains("California (CA)"));
        assertThat(driver.findElement(By.id("wages-annual")).getText()).contains("Data Scientists, California");
        for (String kind : List.of("wages", "locations", "growth", "skills")) {
            WebElement image = driver.findElement(By.cssSelector("#chart-" + kind + " img"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", image);
            waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() > 0);
        }
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        Browsers.screenshot(driver, "compare.png");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('chart-wages').scrollIntoView()");
        Browsers.screenshot(driver, "compare-charts.png");

        String png = driver.findElement(By.cssSelector("#chart-wages .downloads a")).getAttribute("href");
        HttpResponse<byte[]> image = server.getBytes(png.substring(server.baseUri().toString().length()));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).startsWith(PNG_MAGIC);
        String csv = driver.findElement(By.id("download-csv")).getAttribute("href");
        HttpResponse<String> table = server.get(csv.substring(server.baseUri().toString().length()));
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.body()).startsWith("#").contains("15-2051.00");

        String link = driver.findElement(By.id("permalink")).getAttribute("href");
        List<String> occupations = chips("occupation-chips");
        List<String> places = chips("location-chips");
        driver.get(link);
        waiting().until(d -> d.findElement(By.id("occupation-chips")).isDisplayed());
        assertThat(chips("occupation-chips")).isEqualTo(occupations);
        assertThat(chips("location-chips")).isEqualTo(places);
    }

    @Test
    void search_box_suggests_titles_and_codes_as_the_user_types() {
        driver.get(server.baseUri() + "/");
        driver.findElement(By.id("q")).sendKeys("nurs");

        waiting().until(d -> !d.findElements(By.cssSelector("#q-suggestions option")).isEmpty());
        List<String> codes = driver.findElements(By.cssSelector("#q-suggestions option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(codes).contains("29-1141.00", "29-1171.00");
    }

    @Test
    void compare_page_works_with_the_keyboard_alone() {
        driver.get(server.baseUri() + "/compare?occupations=15-1252.00,15-1211.00&locations=US");
        WebElement add = tabUntil(e -> "add".equals(e.getAttribute("id")), 60);
        add.sendKeys("29-1141.00", Keys.ENTER);
        waiting().until(d -> chips("occupation-chips").size() == 3);

        WebElement remove = tabUntil(e -> "remove".equals(e.getText()), 60);
        remove.sendKeys(Keys.ENTER);
        waiting().until(d -> chips("occupation-chips").size() == 2);
    }

    private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, int most) {
        for (int i = 0; i < most; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("the element was not reached with " + most + " presses of Tab");
    }
}
