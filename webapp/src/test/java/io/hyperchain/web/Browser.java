package io.hyperchain.web;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven the way a person uses the portal: open a page, type, click,
 * read. Never downloads a browser (that fails here). Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URI base;
    private final Path profile;

    public Browser(URI base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("chromium-profile");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profile);
        this.driver = new ChromeDriver(service, options);
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Every element the selector matches now (none is fine). */
    public java.util.List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String css, String text) {
        again(() -> {
            var field = find(css);
            field.clear();
            field.sendKeys(text);
        });
    }

    /** Selects what a field holds and types over it (works where clear() is undone by a widget). */
    public void overwrite(String css, String text) {
        var field = find(css);
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
    }

    /** Types into an element that is present but not visible (a terminal's hidden input). */
    public void keys(String css, String text) {
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).sendKeys(text);
    }

    public void click(String css) {
        again(() -> until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click());
    }

    /**
     * Live pages (P4.5) re-render themselves when news arrives: an element found a moment before may
     * be gone. Looked up afresh and tried again, as a person's second click would.
     */
    private static void again(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                if (attempt == 3) {
                    throw gone;
                }
            }
        }
    }

    /** An attribute of the element, as the page has it now (null when it has none); the element may be invisible. */
    public String attribute(String css, String name) {
        return until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute(name);
    }

    public String text(String css) {
        String[] text = new String[1];
        again(() -> text[0] = find(css).getText());
        return text[0];
    }

    /** Waits until the page at the given path (context root included) is shown. */
    public void waitForPath(String suffix) {
        until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith(suffix) ? Boolean.TRUE : null);
    }

    public void waitForText(String css, String expected) {
        waitForText(css, expected, Duration.ofSeconds(20));
    }

    /** For a long action the page shows progress for: wait as long as a person would. */
    public void waitForText(String css, String expected, Duration patience) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected), patience);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return until(condition, Duration.ofSeconds(20));
    }

    public <T> T until(java.util.function.Function<WebDriver, T> condition, Duration patience) {
        try {
            // a page that polls re-renders under the condition's feet: an element gone stale is "not yet", not a failure
            return new WebDriverWait(driver, patience).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis()); // what the page showed when the wait gave up
            throw new org.openqa.selenium.TimeoutException(e.getMessage() + "\npage text: " + pageText(), e);
        }
    }

    public void screenshot(String name) {
        try {
            var dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not fail the test it documents
        }
    }

    public void setWidth(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Signs a new tenant up through the sign-up page (which logs them in). */
    public void signUp(String tenantName, String email, String password) {
        open("signup.xhtml");
        type("#signup\\:tenantName", tenantName);
        type("#signup\\:email", email);
        type("#signup\\:password", password);
        click("#signup\\:submit");
    }

    /** Logs in through the login page and waits until the start page of the role is shown. */
    public void logIn(String email, String password, String expectedPathSuffix) {
        open("login.xhtml");
        type("#login\\:email", email);
        type("#login\\:password", password);
        click("#login\\:submit");
        waitForPath(expectedPathSuffix);
    }

    @Override
    public void close() {
        driver.quit();
        Directories.deleteTree(profile);
    }
}
