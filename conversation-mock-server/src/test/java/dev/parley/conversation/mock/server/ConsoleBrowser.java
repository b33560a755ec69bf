package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (given explicitly, so Selenium never
 * tries to download a driver), with a fresh profile, and Chrome's performance log on so a test can read
 * every URL the page requested. Without a browser this fails; a developer without one may skip the
 * console's browser tests with {@code -Dconsole.browser.skip=true}.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final String SKIP_PROPERTY = "console.browser.skip";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final List<String> requestedUrls = new ArrayList<>();

    private ConsoleBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, WAIT);
        // The page re-renders what it shows as the fake changes: an element found a moment ago may be gone.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Starts the browser, or skips the calling test when (and only when) the developer asked to. */
    static ConsoleBrowser start() {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "the console's browser tests were skipped on request (-D" + SKIP_PROPERTY + "=true)");
        File browser = new File(System.getProperty("console.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
        if (!browser.canExecute() || !chromedriver.canExecute()) {
            fail("The console's browser tests need Chromium and its driver at " + browser + " and " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver). To skip them on a machine without a browser: -D"
                    + SKIP_PROPERTY + "=true");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("console-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        ConsoleBrowser console = new ConsoleBrowser(driver, profile);
        console.size(1280, 800);
        return console;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Sets the size of the page's viewport (not the window), e.g. 1280x800 or a phone's 390x844. */
    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight]");
        @SuppressWarnings("unchecked")
        List<Long> actual = (List<Long>) inner;
        driver.manage().window().setSize(new Dimension(
                width + (width - actual.get(0).intValue()), height + (height - actual.get(1).intValue())));
    }

    /** Opens the console of the fake and enters the credential. */
    void open(FakeUltraCart fake, String credential) {
        driver.get(root(fake) + "/__console");
        WebElement field = until(d -> d.findElement(By.id("credential")));
        field.sendKeys(credential);
        driver.findElement(By.id("connect")).click();
        untilText("tenant-info", "Merchant ");
    }

    static String root(FakeUltraCart fake) {
        return fake.baseUrl().substring(0, fake.baseUrl().length() - FakeUltraCart.API_PATH.length());
    }

    /** Waits until the condition gives a value (neither null nor false). */
    <T> T until(ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            // What the page showed when the wait gave up, to see why (target/console-failures).
            Path picture = Path.of("target", "console-failures", "timeout-" + System.nanoTime() + ".png");
            try {
                Files.createDirectories(picture.getParent());
                Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), picture, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException ignored) {
                // The timeout is what matters.
            }
            throw new TimeoutException(e.getMessage() + "; the page: " + picture.toAbsolutePath(), e);
        }
    }

    /** Waits until the element's text contains {@code text}, and gives the element. */
    WebElement untilText(String id, String text) {
        return until(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.getText().contains(text) ? element : null;
        });
    }

    /** Waits until an element matching {@code css} shows {@code text}, and gives it. */
    WebElement untilShown(String css, String text) {
        return until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
    }

    /** Clicks the first shown element matching {@code css} that shows {@code text}, once the page shows one. */
    void clickShown(String css, String text) {
        until(d -> {
            WebElement element = d.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
            if (element == null) {
                return false;
            }
            // A re-render between finding and clicking makes the element stale: the wait then tries again.
            element.click();
            return true;
        });
    }

    /** Clicks the element matching {@code css} once it is shown and enabled; found and clicked in one try. */
    void click(String css) {
        until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            // A re-render between finding and clicking makes the element stale: the wait then tries again.
            element.click();
            return true;
        });
    }

    void tab(String view) {
        click(".tab[data-view='" + view + "']");
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Every URL the page requested so far (HTTP requests and websockets), from Chrome's performance log. */
    List<String> requestedUrls() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = new Json().toType(entry.getMessage(), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) message.get("message");
            String method = String.valueOf(inner.get("method"));
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) inner.get("params");
            if (method.equals("Network.requestWillBeSent")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                requestedUrls.add(String.valueOf(request.get("url")));
            } else if (method.equals("Network.webSocketCreated")) {
                requestedUrls.add(String.valueOf(params.get("url")));
            }
        }
        return List.copyOf(requestedUrls);
    }

    /** What the page wrote to the browser's console (errors of scripts, refused by the CSP, ...). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Saves a picture of the viewport as {@code name}.png where the build keeps the README's screenshots. */
    void screenshot(String name) {
        String directory = System.getProperty("console.screenshots");
        if (directory == null) {
            return;
        }
        try {
            Path target = Path.of(directory).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
