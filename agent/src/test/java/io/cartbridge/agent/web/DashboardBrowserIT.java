package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.admin.AdminCommands;
import io.cartbridge.agent.support.Faults;
import io.cartbridge.agent.support.WooCommerceTestStore.Line;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs) driven by Selenium with explicit binary and driver paths, so that Selenium Manager never
 * downloads anything. Logs in, opens a failed execution, restarts it and sees the restart complete, resends a file
 * and reads an order's trail; a form whose CSRF token is gone is refused. Without Chromium it fails saying so, unless
 * {@code CARTBRIDGE_SKIP_BROWSER=1}.
 */
class DashboardBrowserIT extends WebApiSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static WebDriver browser;

    @Autowired
    AdminCommands admin;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeFalse("1".equals(System.getenv("CARTBRIDGE_SKIP_BROWSER")), "CARTBRIDGE_SKIP_BROWSER=1");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: apt-get install "
                    + "chromium chromium-driver; .ci/run installs them); set CARTBRIDGE_SKIP_BROWSER=1 to skip it");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a click that submits a form returns before the next page is there on a busy machine: look for up to 10 s
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOperatorRestartsAFailedExecutionResendsAFileAndReadsAnOrdersTrail() {
        AGENT.store().order(8001, "wc-processing", BUYER, "flat_rate", List.of(Line.of(10, 1, "A")));
        long failed;
        try (ConfigurableApplicationContext other = AGENT.start(Map.of("cartbridge.warehouse.upload-while-extracting", false),
                Faults.failAt("upload.before-put"))) {
            failed = other.getBean(AdminCommands.class).run("order-export", "default").getId();
        }

        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.name("username")).sendKeys(OPERATOR);
        browser.findElement(By.name("password")).sendKeys("operator-pw");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.className("user")).getText()).isEqualTo("Logged in as operator.");
        assertThat(text("#failed-count")).isNotEqualTo("0");

        open("/executions/" + failed);
        assertThat(text("#status")).isEqualTo("FAILED");
        assertThat(text("#failure")).contains("Injected failure at upload.before-put");
        assertThat(buttons()).containsExactlyInAnyOrder("Restart", "Abandon");
        browser.findElement(By.xpath("//button[text()='Restart']")).click();
        assertThat(text(".notice")).startsWith("Execution " + failed + " restarted as execution ");
        String restarted = browser.getCurrentUrl();
        assertThat(restarted).doesNotEndWith("/executions/" + failed);
        await(Duration.ofSeconds(60), "the restart completed", () -> {
            browser.navigate().refresh();
            return text("#status").equals("COMPLETED");
        });
        assertThat(buttons()).isEmpty();
        assertThat(sentOrderNumbers()).containsOnlyOnce("8001");

        long file = AGENT.ledger().queryForObject("SELECT file_id FROM cb_order WHERE cart_order_id = '8001'", Long.class);
        open("/files?direction=outbound");
        browser.findElement(By.cssSelector("#outbound-" + file + " button")).click();
        assertThat(text(".notice")).startsWith("Outbound file " + file + ": its ").contains("8001")
                .endsWith("will be sent again by the next order-export run.");

        browser.findElement(By.name("number")).sendKeys("8001");
        browser.findElement(By.cssSelector("form.search button")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/orders/8001");
        assertThat(text(".trail .state")).isEqualTo("RESEND");
        assertThat(browser.findElements(By.cssSelector(".trail td.event")).stream().map(e -> e.getText()).toList())
                .anySatisfy(e -> assertThat(e).startsWith("filed in acme3pl-940-"))
                .anySatisfy(e -> assertThat(e).isEqualTo("uploaded to acme3pl's server"))
                .anySatisfy(e -> assertThat(e).startsWith("to be sent again with the next order-export"));

        open("/");
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('input[name=_csrf]').forEach(i => i.remove())");
        browser.findElement(By.xpath("//tr[@data-lock='order-export:default']//button[text()='Pause']")).click();
        assertThat(browser.getPageSource()).doesNotContain("Paused order-export:default");
        assertThat(AGENT.ledger().queryForObject("SELECT COUNT(*) FROM cb_job_pause", Integer.class))
                .as("a form that lost its CSRF token is refused").isZero();
    }

    private void open(String path) {
        browser.get(uri(path).toString());
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> buttons() {
        return browser.findElements(By.cssSelector(".actions button")).stream().map(b -> b.getText()).toList();
    }
}
