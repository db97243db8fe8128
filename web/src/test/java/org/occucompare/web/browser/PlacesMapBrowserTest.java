package org.occucompare.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The state map on the places page in a real headless Chromium: the map image loads under the page's content
 * security policy, and the table sorts by a column. The sample's state rows are OEWS May 2024; the highest Registered
 * Nurses median among them is California's $140,330, as the official state file publishes it; its metro rows are OEWS
 * May 2025, the highest San Francisco-Oakland-Fremont's $186,610, as the official metro file publishes it.
 */
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
class PlacesMapBrowserTest {
    @TempDir
    Path profile;

    @Test
    void the_map_loads_and_the_table_sorts_by_the_median_both_ways_with_states_without_a_figure_last()
            throws Exception {
        try (TestServer server = TestServer.start()) {
            WebDriver driver = Browsers.chromium(profile, 1280, 1000);
            try {
                driver.get(server.baseUri() + "/occupations/29-1141.00/places");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
                WebElement image = wait.until(d -> d.findElement(By.id("map-image")));
                wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
                Browsers.screenshot(driver, "places-map.png");

                WebElement median = driver.findElement(By.cssSelector("#map-table thead th:nth-child(2) button"));
                median.click(); // ascending: the lowest figure first, states without one last
                List<String> ascending = column(driver);
                assertThat(ascending.get(ascending.size() - 1)).isEmpty();
                median.click(); // descending
                List<String> descending = column(driver);
                assertThat(descending.get(0)).isEqualTo("$140,330");
                assertThat(descending.get(descending.size() - 1)).isEmpty();
                assertThat(driver.findElement(By.cssSelector("#map-table thead th:nth-child(2)"))
                        .getAttribute("aria-sort")).isEqualTo("descending");
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void the_metro_map_loads_and_its_table_of_every_area_sorts_by_the_median() throws Exception {
        try (TestServer server = TestServer.start()) {
            WebDriver driver = Browsers.chromium(profile, 1280, 1000);
            try {
                driver.get(server.baseUri() + "/occupations/29-1141.00/places");
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                wait.until(d -> d.findElement(By.id("map-level"))).click();
                WebElement image = wait.until(d -> d.findElement(By.cssSelector("#map-image[src*='level=metro']")));
                wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
                Browsers.screenshot(driver, "places-metro-map.png");

                WebElement median = driver.findElement(By.cssSelector("#map-table thead th:nth-child(3) button"));
                median.click();
                median.click(); // descending
                List<String> descending = column(driver, 2);
                assertThat(descending.get(0)).isEqualTo("$186,610");
                assertThat(descending.get(descending.size() - 1)).isEmpty();
            } finally {
                driver.quit();
            }
        }
    }

    private static List<String> column(WebDriver driver) {
        return column(driver, 1);
    }

    private static List<String> column(WebDriver driver, int cell) {
        return driver.findElements(By.cssSelector("#map-table tbody td:nth-of-type(" + cell + ")")).stream()
                .map(WebElement::getText).toList();
    }
}
