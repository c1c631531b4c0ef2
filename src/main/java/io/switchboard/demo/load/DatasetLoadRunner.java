package io.switchboard.demo.load;

import io.switchboard.demo.LoadSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs a dataset load when {@code switchboard.load.customers} is set, then ends the application with
 * its outcome as the exit code: 0 loaded, 2 refused (the database already holds customers), 1 failed.
 * Usually started by {@code bin/load-dataset} without a web server.
 */
@Component
@ConditionalOnProperty("switchboard.load.customers")
class DatasetLoadRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoadRunner.class);

	static final int REFUSED = 2;
	static final int FAILED = 1;

	private final DatasetLoader loader;
	private final LoadSettings settings;
	private final ConfigurableApplicationContext context;

	DatasetLoadRunner(DatasetLoader loader, LoadSettings settings, ConfigurableApplicationContext context) {
		this.loader = loader;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int code;
		try {
			loader.load(settings.customers(), settings.append(), settings);
			code = 0;
		}
		catch (DatasetLoader.DatasetRefused e) {
			log.error("Refused to load: {}", e.getMessage());
			code = REFUSED;
		}
		catch (RuntimeException e) {
			log.error("The load failed", e);
			code = FAILED;
		}
		int exitCode = code;
		// The application's schedulers would keep the JVM alive after the load: close it and exit.
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}
}
