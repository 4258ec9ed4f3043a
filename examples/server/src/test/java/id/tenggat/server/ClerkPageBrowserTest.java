package id.tenggat.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clerk's page in Debian's headless Chromium, driven by Debian's chromedriver: nothing is downloaded. Without the
 * browser the test is skipped on a workstation and fails on CI (CI=true), so that it is never skipped unseen there.
 */
class ClerkPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path TARGET = Path.of(System.getProperty("tenggat.server.target", "target"));

    static TenggatService service;
    static ChromeDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI needs Debian's chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        service = TenggatService.start(ServerSettings.local(0));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();

        downloads = Files.createDirectories(TARGET.resolve("browser-downloads"));
        Path profile = Files.createTempDirectory(TARGET, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,2000", "--lang=id", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // The driver is given by path, so Selenium Manager is never asked for one.
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.executeCdpCommand("Page.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void should_compute_a_civil_banding_across_lebaran_2025() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + service.port() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

        browser.findElement(By.id("caseNumber")).sendKeys("12/Pdt.G/2025/PN Jpa");
        new Select(browser.findElement(By.id("caseType"))).selectByValue("PERDATA");
        new Select(browser.findElement(By.id("court"))).selectByValue("PN Jepara");
        setDate(browser.findElement(By.id("asOf")), "2025-03-21");
        WebElement event = browser.findElement(By.cssSelector("#events tr.event"));
        new Select(event.findElement(By.className("ev-type"))).selectByValue("PUTUSAN_DIBERITAHUKAN");
        setDate(event.findElement(By.className("ev-date")), "2025-03-17");
        new Select(event.findElement(By.className("ev-party"))).selectByValue("TERGUGAT");
        browser.findElement(By.id("compute")).click();

        // Notified Mon 17 Mar 2025: day 14 is Mon 31 Mar (Idul Fitri); 1 Apr Idul Fitri, 2-4 and 7 Apr cuti bersama,
        // 5-6 Apr weekend: due Tue 8 Apr 2025.
        By due = By.cssSelector("tr.deadline[data-deadline='perdata.banding'][data-party='TERGUGAT'] .due");
        wait.until(d -> !d.findElements(due).isEmpty());
        assertThat(browser.findElement(due).getText()).isEqualTo("2025-04-08");
        // The row in the library's words: the deadline's name, the party and the status as a clerk says them.
        WebElement banding = browser.findElement(By.cssSelector("tr.deadline[data-deadline='perdata.banding'][data-party='TERGUGAT']"));
        assertThat(banding.findElement(By.className("id")).getText()).contains("Permohonan banding");
        assertThat(banding.findElement(By.className("party")).getText()).isEqualTo("Tergugat");
        assertThat(banding.findElement(By.className("status")).getText()).isEqualTo("BERJALAN");
        List<String> steps = browser.findElements(By.cssSelector(
                "tr.explanation[data-deadline='perdata.banding'][data-party='TERGUGAT'] li")).stream()
                .map(WebElement::getText).toList();
        assertThat(steps.get(0)).isEqualTo("Putusan diberitahukan kepada TERGUGAT pada Senin, 17 Maret 2025.");
        assertThat(steps).anySatisfy(s -> assertThat(s).contains("Batas akhir bergeser ke hari kerja berikutnya: Selasa, 8 April 2025."));

        // The month grid: Idul Fitri and cuti bersama shaded with their names, the due date marked.
        wait.until(d -> !d.findElements(By.cssSelector("td.day[data-date='2025-04-08'] .marker")).isEmpty());
        WebElement lebaran = browser.findElement(By.cssSelector("td.day[data-date='2025-03-31']"));
        assertThat(lebaran.getDomAttribute("class")).contains("holiday");
        assertThat(lebaran.getText()).contains("Idul Fitri");
        assertThat(browser.findElement(By.cssSelector("td.day[data-date='2025-04-02']")).getDomAttribute("class")).contains("cuti");
        assertThat(browser.findElement(By.cssSelector("td.day[data-date='2025-04-05']")).getDomAttribute("class")).contains("weekend");
        assertThat(browser.findElement(By.cssSelector("td.day[data-date='2025-04-08'] .marker")).getText())
                .isEqualTo("perdata.banding · TERGUGAT");

        Path screenshot = TARGET.resolve("tenggat-page.png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);

        // The print view: one A4 page (Chromium's own PDF of the page, kept next to the screenshot).
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true,
                "printBackground", true));
        byte[] pdfBytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(TARGET.resolve("tenggat-page.pdf"), pdfBytes);
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdfBytes, StandardCharsets.ISO_8859_1))
                .results().count()).as("pages in the printed view").isEqualTo(1);

        // The .ics download parses with ical4j and carries the same date.
        browser.findElement(By.id("download-ics")).click();
        Path ics = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> downloaded("tenggat-12-Pdt.G-2025-PN-Jpa.ics").orElse(null));
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent tergugat = events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .contains("perdata.banding – TERGUGAT")).findFirst().orElseThrow();
        assertThat(LocalDate.from(tergugat.<Temporal>getStartDate().orElseThrow().getDate())).isEqualTo(LocalDate.of(2025, 4, 8));

        // An empty date: the library's own message appears next to the field.
        setDate(browser.findElement(By.cssSelector("#events tr.event .ev-date")), "");
        browser.findElement(By.id("compute")).click();
        By dateError = By.cssSelector("[data-error-for='events[0].date']");
        wait.until(d -> !d.findElement(dateError).getText().isEmpty());
        assertThat(browser.findElement(dateError).getText()).isEqualTo("kolom wajib tidak ada");
        assertThat(browser.findElement(By.cssSelector("#events tr.event .ev-date")).getDomAttribute("class")).contains("invalid");

        // The English switch.
        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Court deadlines");
        assertThat(browser.findElement(dateError).getText()).isEqualTo("required field is missing");
    }

    private static void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, isoDate);
    }

    private static Optional<Path> downloaded(String name) {
        Path file = downloads.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
