package io.switchboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the desk in Debian's Chromium, driven by Playwright (which is told never to
 * download a browser of its own). Each step can leave a screenshot under
 * {@code target/screenshots/<journey>/} for a person to look at. Without Chromium the journeys are
 * skipped with a warning, unless {@code switchboard.browser.required=true} (CI), where they fail.
 */
@SwitchboardApplicationTest
public abstract class BrowserJourney {

	static final Path CHROMIUM = Path.of(System.getProperty("switchboard.browser.path", "/usr/bin/chromium"));
	static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;
	protected Page page;
	private Path screenshots;
	private final AtomicInteger step = new AtomicInteger();

	@BeforeAll
	static void launchChromium() {
		if (!Files.isExecutable(CHROMIUM)) {
			boolean required = Boolean.getBoolean("switchboard.browser.required");
			assertThat(required).as("Chromium is required but missing at %s (apt-get install -y chromium)", CHROMIUM)
				.isFalse();
			System.err.println("WARNING: browser journeys skipped: no Chromium at " + CHROMIUM
					+ " (apt-get install -y chromium)");
			Assumptions.abort("no Chromium at " + CHROMIUM);
		}
		if (browser == null) {
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
				.setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_FLAGS));
		}
	}

	@AfterAll
	static void keepBrowserForTheNextJourney() {
		// one Chromium for the whole run; closed when the JVM exits
	}

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (playwright != null) {
				playwright.close();
			}
		}));
	}

	@BeforeEach
	void openPage(TestInfo test) throws Exception {
		context = browser.newContext(new Browser.NewContextOptions()
			.setLocale("en-US")
			.setViewportSize(1440, 1000)
			.setBaseURL("http://localhost:" + port));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		screenshots = Path.of("target", "screenshots", getClass().getSimpleName(),
				test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("journey"));
		Files.createDirectories(screenshots);
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	protected void logIn(String username, String password) {
		page.navigate("/login");
		page.getByLabel("Username").or(page.getByLabel("Имя пользователя")).fill(username);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	/** Saves what the agent sees now as {@code NN-name.png}. */
	protected Path screenshot(String name) {
		Path file = screenshots.resolve(String.format("%02d-%s.png", step.incrementAndGet(), name));
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}
}
