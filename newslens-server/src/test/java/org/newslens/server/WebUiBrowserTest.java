package org.newslens.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newslens.store.ArticleStore;

/**
 * Drives Debian's Chromium through the web UI on the demo corpus: article view, layer toggle,
 * hover explanation, search, map, network, outlets, timeline, paste-an-article, and a hostile
 * article whose payloads must not run. Screenshots go to target/screenshots/.
 *
 * <p>Skips where Chromium or ChromeDriver is missing, unless NEWSLENS_REQUIRE_BROWSER=1 (as .ci/run sets).
 */
class WebUiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static ArticleStore store;
    static NewslensServer server;
    static WebDriver browser;
    static String hostileKey;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "1".equals(System.getenv("NEWSLENS_REQUIRE_BROWSER"))) {
            fail("NEWSLENS_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing"
                    + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium and ChromeDriver are not installed");
        hostileKey = DemoStore.fill(dir);
        store = ArticleStore.open(dir);
        server = new NewslensServer(ServerConfig.loopback(0), store, DemoStore::pipeline).start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            store.close();
        }
    }

    private static void open(String hash) {
        ((JavascriptExecutor) browser).executeScript("document.body && (document.body.dataset.ready = 'false')");
        browser.get(server.url() + "/" + hash);
        waitReady();
    }

    private static void waitReady() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    @Test
    void anAnalystReadsAnArticleTogglesLayersAndHoversForTheReason() throws Exception {
        open("#/search?q=evacuation");
        all(".hit h2 a").stream().filter(a -> a.getText().contains("Evacuation of eastern Aleppo")).findFirst()
                .orElseThrow().click();
        waitReady();
        assertTrue(browser.findElement(By.cssSelector(".article-title")).getText().contains("Evacuation"));
        assertFalse(all(".article-text .ann-entity").isEmpty(), "actors are highlighted");
        browser.findElement(By.id("layer-entities")).click();
        assertTrue(all(".article-text .ann-entity").isEmpty(), "the actors layer turns off");
        browser.findElement(By.id("layer-entities")).click();
        assertFalse(all(".article-text .ann-entity").isEmpty(), "and on again");

        WebElement claim = all(".article-text .ann-claim").get(0);
        new Actions(browser).moveToElement(claim).perform();
        String explanation = browser.findElement(By.id("explain")).getText();
        assertTrue(explanation.contains("Claim") && explanation.contains("Source:"), explanation);

        List<WebElement> quotes = all(".article-text .ann-quote");
        assertFalse(quotes.isEmpty(), "quotes are marked");
        new Actions(browser).moveToElement(quotes.get(0)).perform();
        assertTrue(browser.findElement(By.id("explain")).getText().contains("Speaker:"));
        assertFalse(all(".profiles .bar-row").isEmpty(), "sourcing and persuasion charts are drawn");
        screenshot("article");
    }

    @Test
    void searchNarrowsByFacetAndMarksTheMatchedWords() throws Exception {
        open("#/search");
        int everything = Integer.parseInt(browser.findElement(By.cssSelector(".hit-count")).getText().split(" ")[0]);
        assertEquals(11, everything);
        screenshot("search");
        WebElement outlet = browser.findElement(By.cssSelector("[data-facet=outlet] .facet-value input"));
        outlet.click();
        waitReady();
        int narrowed = Integer.parseInt(browser.findElement(By.cssSelector(".hit-count")).getText().split(" ")[0]);
        assertTrue(narrowed < everything, narrowed + " < " + everything);
        WebElement box = browser.findElement(By.id("quick-q"));
        box.clear();
        box.sendKeys("Aleppo\n");
        waitReady();
        assertFalse(all(".snippet mark").isEmpty(), "matched words are marked");
        assertEquals("aleppo", all(".snippet mark").get(0).getText().toLowerCase());
    }

    @Test
    void theMapTheNetworkTheOutletsAndTheTimelineAreDrawn() throws Exception {
        open("#/map");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !all("path.place-marker").isEmpty());
        assertFalse(all(".leaflet-overlay-pane path").isEmpty(), "the offline world basemap is drawn");
        screenshot("map");
        List<WebElement> markers = all("path.place-marker");
        // Event squares may sit over a circle; set them aside for this click (their own popup is tested elsewhere).
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.leaflet-marker-pane').style.visibility = 'hidden'");
        markers.get(markers.size() - 1).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !all(".leaflet-popup-content").isEmpty()
                && all(".leaflet-popup-content").get(0).getText().contains("articles"));
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.leaflet-marker-pane').style.visibility = ''");

        open("#/network");
        long nodes = (Long) ((JavascriptExecutor) browser).executeScript("return window.newslensNetwork.nodes().length");
        assertTrue(nodes >= 5, nodes + " actors");
        assertFalse(all("#network canvas").isEmpty());
        ((JavascriptExecutor) browser).executeScript("window.newslensNetwork.nodes()[0].emit('tap')");
        assertTrue(browser.findElement(By.id("network-info")).getText().toLowerCase().contains("named together with"));
        screenshot("network");

        open("#/outlets");
        assertTrue(all(".outlet-card").size() >= 3);
        screenshot("outlets");
        open("#/timeline");
        assertFalse(all(".tl-day").isEmpty());
        screenshot("timeline");
    }

    @Test
    void theEventsListLeadsToThePageThatComparesHowEachOutletToldOneEvent() throws Exception {
        open("#/events");
        List<WebElement> rows = all("#events-table tbody tr");
        assertTrue(rows.size() >= 5, rows.size() + " event records listed");
        // Sorted by outlets: the first record is told by several outlets (the Aleppo evacuation or fall).
        String outlets = rows.get(0).findElements(By.tagName("td")).get(5).getText();
        assertTrue(Integer.parseInt(outlets.split(":")[0]) >= 2, "first record: " + outlets);
        screenshot("events");
        rows.get(0).findElement(By.cssSelector("a.event-link")).click();
        waitReady();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> all(".outlet-account").size() >= 2);
        assertFalse(all(".account-sentence mark.trigger").isEmpty(), "the trigger words are marked");
        assertTrue(browser.findElement(By.cssSelector(".event-view h1")).getText().length() > 5);
        screenshot("event-page");

        open("#/map");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !all(".event-marker").isEmpty());
        assertTrue(browser.findElement(By.id("map-status")).getText().contains("placed event records"));
        List<WebElement> squares = all(".event-marker");
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", squares.get(squares.size() - 1));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !all(".leaflet-popup-content").isEmpty()
                && all(".leaflet-popup-content").get(0).getText().contains("How each outlet told it"));
        open("#/timeline");
        assertFalse(all("#event-timeline tbody tr").isEmpty(), "events dated to a day are listed by day: "
                + browser.findElement(By.id("view")).getText());
    }

    @Test
    void aPastedArticleIsAnalysedInThePage() throws Exception {
        open("#/analyze");
        browser.findElement(By.id("analyze-text")).sendKeys("Army retakes town\n\nThe Syrian Arab Army retook"
                + " Rastan on Monday, state media said. \"The terrorists fled,\" a military source told SANA.");
        browser.findElement(By.id("analyze-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !all("#analyze-output .article-text").isEmpty());
        assertTrue(browser.findElement(By.id("analyze-status")).getText().contains("Analysed"));
        assertFalse(all("#analyze-output .ann-place").isEmpty(), "Rastan is marked as a place");
        screenshot("analyze");
    }

    @Test
    void hostileTitlesAndTextStayTextAndNothingRuns() throws Exception {
        open("#/article/" + hostileKey);
        assertEquals(DemoStore.HOSTILE_TITLE, browser.findElement(By.cssSelector(".article-title")).getText());
        assertTrue(browser.findElement(By.id("article-text")).getText().contains("<script>window.__xss=3</script>"));
        open("#/search?q=hostile");
        open("#/outlets");
        Object xss = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss");
        assertEquals(null, xss, "no payload ran");
        try {
            browser.switchTo().alert();
            fail("an alert is open");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertTrue(all("script:not([src])").isEmpty(), "no inline script element exists in the page");
        screenshot("hostile");
    }

    @Test
    void thePagesRaiseNoContentSecurityPolicyViolationsOrScriptErrors() {
        for (String hash : new String[] {"#/search", "#/map", "#/network", "#/outlets", "#/timeline", "#/analyze",
                "#/events"}) {
            open(hash);
        }
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon")).toList();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
