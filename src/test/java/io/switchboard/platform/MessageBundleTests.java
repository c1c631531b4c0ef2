package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every page speaks English and Russian: each bundle has the same keys in both languages, every key a
 * template asks for exists, and every error code the code throws has its message.
 */
class MessageBundleTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path SOURCES = Path.of("src/main/java");

	@Test
	void everyBundleHasTheSameKeysInEnglishAndRussian() throws IOException {
		for (Resource english : bundles()) {
			String name = english.getFilename();
			if (name.contains("_")) {
				continue;
			}
			Properties en = load(english);
			Properties ru = load(new PathMatchingResourcePatternResolver()
				.getResource("classpath:i18n/" + name.replace(".properties", "_ru.properties")));
			assertThat(ru.stringPropertyNames()).as("keys of %s missing in Russian", name)
				.containsAll(en.stringPropertyNames());
			assertThat(en.stringPropertyNames()).as("keys of %s missing in English", name)
				.containsAll(ru.stringPropertyNames());
			en.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, name).isNotBlank());
		}
	}

	@Test
	void noKeyIsDefinedTwiceAcrossBundles() throws IOException {
		Map<String, String> seen = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (Resource bundle : bundles()) {
			if (bundle.getFilename().contains("_")) {
				continue;
			}
			for (String key : load(bundle).stringPropertyNames()) {
				String before = seen.put(key, bundle.getFilename());
				if (before != null) {
					duplicates.add(key + " (" + before + ", " + bundle.getFilename() + ")");
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
		Properties en = all(false);
		Properties ru = all(true);
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = literalKey.matcher(Files.readString(file));
				while (m.find()) {
					String key = m.group(1);
					if (!en.containsKey(key) || !ru.containsKey(key)) {
						missing.add(key + " in " + TEMPLATES.relativize(file));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyErrorCodeThrownHasAMessage() throws IOException {
		Properties en = all(false);
		Pattern thrown = Pattern.compile("(?:Exception|Conflict)\\(\"([A-Z][A-Z0-9_]+)\"");
		Pattern rejected = Pattern.compile("reject(?:Value)?\\((?:[^,()]+, )?\"([a-z][\\w.]+)\"");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher m = thrown.matcher(source);
				while (m.find()) {
					if (!en.containsKey("error." + m.group(1))) {
						missing.add("error." + m.group(1) + " (" + file.getFileName() + ")");
					}
				}
				Matcher r = rejected.matcher(source);
				while (r.find()) {
					if (!en.containsKey(r.group(1))) {
						missing.add(r.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static Resource[] bundles() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
	}

	static Properties all(boolean russian) throws IOException {
		Properties merged = new Properties();
		for (Resource bundle : bundles()) {
			if (bundle.getFilename().endsWith("_ru.properties") == russian) {
				merged.putAll(load(bundle));
			}
		}
		return merged;
	}

	static Properties load(Resource resource) {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
