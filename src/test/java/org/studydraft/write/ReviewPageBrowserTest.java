package org.studydraft.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studydraft.write.ReviewEntries.E1;
import static org.studydraft.write.ReviewEntries.E2;
import static org.studydraft.write.ReviewEntries.E3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studydraft.batch.BatchRunner;
import org.studydraft.batch.ProjectHome;
import org.studydraft.batch.RunOptions;

/**
 * Drives the real review page in Debian's headless Chromium: cards, filters, evidence highlighting, review
 * decisions, exports, and that the page requests nothing from the network. Skipped (with a notice) only where
 * the system browser or its driver is not installed; {@code .ci/run} installs both.
 */
class ReviewPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE_TITLE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";

    private static ChromeDriver driver;
    private static Path profile;
    private static Path downloads;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("studydraft-chromium-profile");
        downloads = Files.createTempDirectory("studydraft-downloads");
        ChromeOptions options = new ChromeOptions();
        // Both paths given, so Selenium Manager has nothing to look up or download.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        for (Path dir : new Path[] {profile, downloads}) {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    /** Four entries: two of one study, a retracted one, and one whose title and text try to break out of the page. */
    static List<JsonNode> entries() {
        List<String> text = new ArrayList<>(ReviewEntries.fillerSentences(40));
        text.add("This randomised controlled trial enrolled 60 patients who met the Canadian Consensus Criteria, "
                + "with post-exertional malaise required for inclusion.");
        text.add("Fatigue scores fell more in the treatment group than with placebo, t(58) = 2.10, p = 0.04.");
        text.add("These results suggest that the treatment may reduce fatigue in ME/CFS.");
        JsonNode rct = ReviewEntries.entry("rct-1", "Low-dose treatment in ME/CFS: a randomised trial", String.join(" ", text))
                .design("rct", E1, "randomised controlled trial").pem("required", "post-exertional malaise required")
                .sample(60, "60 patients").caseDefinition("CCC", "Canadian Consensus Criteria")
                .entity("symptom", "Fatigue", "fatigue").statistic("t(58) = 2.10, p = 0.04", "consistent")
                .finding("Fatigue scores fell").conclusion("These results suggest").set("study_id", "S1").build();
        JsonNode cs = ReviewEntries.entry("cs-1", "Immune markers in a small clinic sample",
                "In this cross-sectional study of 20 patients, immune markers were higher. The paper was later retracted.")
                .kind("news").design("cross_sectional", E3, "cross-sectional study").sample(20, "20 patients")
                .flags("small_sample", "weak_case_definition", "pem_not_defined").finding("immune markers were higher")
                .set("retracted", true).set("needs_attention", true).warning("retraction notice in the source").build();
        JsonNode cc = ReviewEntries.entry("cc-1", "Follow-up: immune markers compared with controls",
                "Patients were compared with healthy controls. Immune markers were higher in patients.")
                .design("case_control", E2, "compared with healthy controls").flags("pem_not_defined")
                .finding("Immune markers were higher").set("study_id", "S1").build();
        JsonNode hostile = ReviewEntries.entry("hostile", HOSTILE_TITLE,
                "Scraped text " + HOSTILE_TITLE + " with a\u2028line separator and <b>markup</b>.").build();
        return List.of(rct, cs, cc, hostile);
    }

    private static Path writePage(Path dir, List<JsonNode> entries) throws IOException {
        Path page = dir.resolve("review.html");
        Files.writeString(page, ReviewPageWriter.render(entries, entries.size() + " entries · pipeline test-1"), StandardCharsets.UTF_8);
        return page;
    }

    private static void open(Path page) {
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))   // generous: CI shares two cores
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text of the page's last download, through JSON so that no line ending is lost on the way. */
    private static String lastExport() {
        return parse((String) js("return JSON.stringify(window.__lastExport.text)")).asText();
    }

    private static int shown() {
        return Integer.parseInt(driver.findElement(By.id("count")).getDomAttribute("data-shown"));
    }

    private static WebElement card(String id) {
        return driver.findElement(By.cssSelector("article.card[data-id='" + id + "']"));
    }

    private static List<String> marks() {
        return driver.findElements(By.cssSelector("#panel-text mark")).stream().map(m -> m.getDomProperty("textContent")).toList();
    }

    @Test
    void reviewerWorksThroughTheRun(@TempDir Path dir) throws IOException {
        Path page = writePage(dir, entries());
        open(page);
        js("localStorage.clear()");   // all file:// pages share one storage
        open(page);

        // Cards, in one group for study S1, and the hostile title shown as text.
        assertEquals(4, driver.findElements(By.cssSelector("article.card")).size());
        assertEquals("4 of 4 entries shown", driver.findElement(By.id("count")).getText());
        List<WebElement> grouped = driver.findElements(By.cssSelector("section.study[data-study-id='S1'] article.card"));
        assertEquals(List.of("rct-1", "cc-1"), grouped.stream().map(c -> c.getDomAttribute("data-id")).toList());
        assertEquals(HOSTILE_TITLE, card("hostile").findElement(By.tagName("h2")).getText());
        assertEquals(1, driver.findElements(By.tagName("script")).size());
        assertEquals(0, driver.findElements(By.cssSelector("#cards img, #cards b")).size());
        assertNoAlert();
        assertTrue(card("cs-1").getText().contains("RETRACTED"));
        assertTrue(card("cs-1").getText().contains("NEEDS ATTENTION"));

        // Filters and search change the count; clearing brings everything back.
        new Select(driver.findElement(By.cssSelector("select[data-filter=design]"))).selectByValue("rct");
        assertEquals(1, shown());
        assertTrue(card("rct-1").isDisplayed());
        assertFalse(card("cc-1").isDisplayed());
        driver.findElement(By.id("clear")).click();
        new Select(driver.findElement(By.cssSelector("select[data-filter=flag]"))).selectByValue("pem_not_defined");
        assertEquals(2, shown());
        new Select(driver.findElement(By.cssSelector("select[data-filter=level]"))).selectByValue("E3");
        assertEquals(1, shown());
        driver.findElement(By.id("clear")).click();
        driver.findElement(By.id("search")).sendKeys("immune markers");
        assertEquals(2, shown());
        driver.findElement(By.id("clear")).click();
        assertEquals(4, shown());

        // Evidence: the design value highlights its span, scrolled into the panel's view.
        WebElement rct = card("rct-1");
        rct.findElement(By.xpath(".//dt[.='Design']/following-sibling::dd[1]//button")).click();
        assertTrue(driver.findElement(By.id("panel")).isDisplayed());
        assertEquals(List.of("randomised controlled trial"), marks());
        assertTrue((Boolean) js("const m = document.querySelector('#panel-text mark').getBoundingClientRect();"
                + "const p = document.getElementById('panel-text').getBoundingClientRect();"
                + "return m.top >= p.top && m.bottom <= p.bottom;"), "the highlight is scrolled into view");
        rct.findElement(By.xpath(".//dt[.='Case definitions']/following-sibling::dd[1]//button")).click();
        assertEquals(List.of("Canadian Consensus Criteria"), marks());
        rct.findElement(By.xpath(".//dt[.='Sample']/following-sibling::dd[1]//button")).click();
        assertEquals(List.of("60 patients"), marks());
        rct.findElement(By.xpath(".//dt[.='PEM']/following-sibling::dd[1]//button")).click();
        assertEquals(List.of("post-exertional malaise required"), marks());
        rct.findElement(By.xpath(".//h3[.='Inferred conclusions']/following-sibling::ul//button")).click();
        assertEquals(List.of("These results suggest that the treatment may reduce fatigue in ME/CFS."), marks());
        driver.findElement(By.id("panel-close")).click();
        assertFalse(driver.findElement(By.id("panel")).isDisplayed());
        rct.findElement(By.cssSelector("details.more > summary")).click();
        rct.findElement(By.xpath(".//dt[.='statistics']/following-sibling::dd[1]//button")).click();
        assertEquals(List.of("t(58) = 2.10, p = 0.04"), marks());
        rct.findElement(By.xpath(".//dt[.='symptom']/following-sibling::dd[1]//button")).click();
        assertEquals(List.of("Fatigue"), marks());
        rct.findElement(By.xpath(".//h3[.='Observed findings']/following-sibling::ul//button")).click();
        assertEquals(List.of("Fatigue scores fell more in the treatment group than with placebo, t(58) = 2.10, p = 0.04."), marks());
        Files.write(Path.of("target/review-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));

        // Review: accept by button; move with j and reject with r; a comment; all kept across a reload.
        rct.findElement(By.cssSelector("button.accept")).click();
        assertTrue(card("rct-1").getDomAttribute("class").contains("accepted"));
        driver.findElement(By.tagName("body")).sendKeys("j");
        assertTrue(card("cc-1").getDomAttribute("class").contains("current"));
        driver.switchTo().activeElement().sendKeys("r");
        assertTrue(card("cc-1").getDomAttribute("class").contains("rejected"));
        card("cc-1").findElement(By.tagName("textarea")).sendKeys("duplicate of rct-1, \"same\" cohort");
        driver.switchTo().activeElement().sendKeys("\uE00C"); // Escape leaves the comment box
        driver.switchTo().activeElement().sendKeys("j");
        driver.switchTo().activeElement().sendKeys("\uE007"); // Enter opens the current entry's source
        assertTrue(driver.findElement(By.id("panel-what")).getText().contains("cs-1"));
        driver.switchTo().activeElement().sendKeys("j");
        driver.switchTo().activeElement().sendKeys("\uE007");
        assertTrue(driver.findElement(By.id("panel-text")).getText().startsWith("Scraped text " + HOSTILE_TITLE + " with a"));
        assertEquals(0, driver.findElements(By.cssSelector("#panel-text *")).size(), "the source is text only");
        assertEquals("1 accepted · 1 rejected · 2 pending", driver.findElement(By.id("progress")).getText());
        open(page);
        assertTrue(card("rct-1").getDomAttribute("class").contains("accepted"));
        assertEquals("duplicate of rct-1, \"same\" cohort", card("cc-1").findElement(By.tagName("textarea")).getDomProperty("value"));
        new Select(driver.findElement(By.cssSelector("select[data-filter=review]"))).selectByValue("pending");
        assertEquals(2, shown());
        driver.findElement(By.id("clear")).click();

        // Exports: what the page offers for download, read back.
        driver.findElement(By.id("export-json")).click();
        JsonNode exported = Json.MAPPER.readTree(lastExport());
        assertEquals(4, exported.path("reviews").size());
        Map<String, JsonNode> byId = new HashMap<>();
        exported.path("reviews").forEach(r -> byId.put(r.path("id").asText(), r));
        assertEquals("accepted", byId.get("rct-1").path("decision").asText());
        assertEquals("rejected", byId.get("cc-1").path("decision").asText());
        assertEquals("duplicate of rct-1, \"same\" cohort", byId.get("cc-1").path("comment").asText());
        assertEquals("pending", byId.get("hostile").path("decision").asText());
        assertEquals("test-1", byId.get("rct-1").path("pipeline_version").asText());
        Path jsonFile = awaitDownload(".json");
        assertEquals(exported, Json.MAPPER.readTree(jsonFile.toFile()), "the downloaded file holds what the page offered");

        driver.findElement(By.id("export-csv")).click();
        String csv = lastExport();
        List<String> lines = csv.lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("id,pipeline_version,decision,comment,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("cc-1,test-1,rejected,\"duplicate of rct-1, \"\"same\"\" cohort\",")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("rct-1,test-1,accepted,,")), csv);
        assertTrue(csv.endsWith("\r\n"), "CSV rows end with CRLF (RFC 4180)");
        assertEquals(csv, Files.readString(awaitDownload(".csv"), StandardCharsets.UTF_8));

        assertNoAlert();
        assertOnlyLocalRequests();
    }

    @Test
    void emptyRunShowsAnEmptyPage(@TempDir Path dir) throws IOException {
        open(writePage(dir, List.of()));
        assertEquals(0, shown());
        assertEquals("This run produced no entries.", driver.findElement(By.id("empty")).getText());
        driver.findElement(By.id("export-csv")).click();
        assertEquals(1, lastExport().lines().count(), "a header and no rows");
        driver.findElement(By.tagName("body")).sendKeys("jjr");
        assertNoAlert();
        assertOnlyLocalRequests();
    }

    @Test
    void fiveHundredEntries(@TempDir Path dir) throws IOException {
        List<JsonNode> many = new ArrayList<>();
        List<JsonNode> base = entries();
        for (int i = 0; i < 500; i++) {
            ObjectNode e = (ObjectNode) base.get(i % base.size()).deepCopy();
            many.add(e.put("id", "e" + i).put("study_id", "S" + i / 2));
        }
        open(writePage(dir, many));
        assertEquals(500, driver.findElements(By.cssSelector("article.card")).size());
        assertEquals(250, driver.findElements(By.cssSelector("section.study")).size());
        assertEquals(500, shown());
        new Select(driver.findElement(By.cssSelector("select[data-filter=kind]"))).selectByValue("news");
        assertEquals(125, shown());
        assertOnlyLocalRequests();
    }

    /**
     * A real run over some of the project's own sample documents (gold/docs): the page the run writes shows every
     * entry, each design value highlights exactly its evidence, and every drafted finding and conclusion is
     * clickable and highlights one of the entry's own finding or conclusion sentences.
     */
    @Test
    void realRunOverTheProjectsOwnDocuments(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("own-002.html", "own-010.txt", "own-014.txt")) {
            Files.copy(Path.of("gold", "docs", name), in.resolve(name));
        }
        Path out = dir.resolve("out");
        new BatchRunner(new RunOptions(in, out, ProjectHome.locate(), null, false, 2, 2_000_000, 60, "2026-01-01", true),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("entries.jsonl"))) {
            entries.add(parse(line));
        }
        assertEquals(3, entries.size());
        open(out.resolve("review.html"));
        assertEquals(3, shown());

        int sentenceLines = 0;
        for (JsonNode e : entries) {
            String clean = e.path("text").path("clean").asText();
            WebElement card = card(e.path("id").asText());
            if (e.path("design").path("evidence").size() > 0) {
                card.findElement(By.xpath(".//dt[.='Design']/following-sibling::dd[1]//button")).click();
                List<String> expected = merged(e.path("design").path("evidence")).stream()
                        .map(span -> clean.substring(span[0], span[1])).toList();
                assertEquals(expected, marks(), e.path("id").asText());
            }
            for (String[] section : new String[][] {{"Observed findings", "observed_findings", "findings"},
                    {"Inferred conclusions", "inferred_conclusions", "conclusions"}}) {
                List<String> sentences = new ArrayList<>();
                e.path(section[2]).forEach(i -> {
                    JsonNode span = e.path("text").path("sentences").get(i.asInt());
                    sentences.add(clean.substring(span.get(0).asInt(), span.get(1).asInt()));
                });
                List<WebElement> lines = card.findElements(By.xpath(".//h3[.='" + section[0] + "']/following-sibling::ul/li"));
                assertEquals(e.path("draft").path(section[1]).size(), lines.size());
                for (WebElement line : lines) {
                    line.findElement(By.tagName("button")).click();
                    List<String> marked = marks();
                    assertTrue(marked.size() == 1 && sentences.contains(marked.get(0)),
                            "'" + line.getText() + "' highlights one of its entry's " + section[2] + " sentences");
                    sentenceLines++;
                }
            }
        }
        assertTrue(sentenceLines > 0, "the sample documents have drafted findings or conclusions");
        assertOnlyLocalRequests();
    }

    /** The [start, end) spans as the page highlights them: sorted, overlapping ones merged. */
    private static List<int[]> merged(JsonNode spans) {
        List<int[]> sorted = new ArrayList<>();
        spans.forEach(s -> sorted.add(new int[] {s.get(0).asInt(), s.get(1).asInt()}));
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened: scraped text ran as script");
        } catch (NoAlertPresentException expected) {
            // the page shows text as text
        }
    }

    /** The browser sent nothing to the network, and no page error (a script error, a blocked load) was logged. */
    private static void assertOnlyLocalRequests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                String url = parse(message).path("message").path("params").path("request").path("url").asText();
                // chrome:// requests are the browser's own new-tab page; the page may load only file:, blob: and data:.
                assertFalse(url.matches("(?i)(https?|wss?|ftp):.*"), "network request to " + url);
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            assertFalse(entry.getLevel().intValue() >= Level.SEVERE.intValue(), "browser console: " + entry.getMessage());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path awaitDownload(String suffix) throws IOException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(suffix)).toList();
                if (!done.isEmpty()) {
                    // renamed, so the next export of the same type is not mistaken for this one
                    return Files.move(done.get(0), done.get(0).resolveSibling(done.get(0).getFileName() + ".read"));
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no " + suffix + " download arrived in " + downloads);
    }
}
