package io.switchboard.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The line and balance pages speak only from their bundles, in English and Russian alike, and keep
 * to what the desk's content security policy allows (no inline scripts, no hx-on, no trigger filters).
 */
class LineTemplateAndBundleTests {

	static final List<Path> TEMPLATES = List.of(Path.of("src/main/resources/templates/line"),
			Path.of("src/main/resources/templates/balance"));
	static final List<String> BUNDLES = List.of("line", "balance");
	static final Path I18N = Path.of("src/main/resources/i18n");

	static List<Path> templates() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path dir : TEMPLATES) {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.filter(f -> f.toString().endsWith(".html")).forEach(files::add);
			}
		}
		return files;
	}

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(I18N.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : templates()) {
			Document page = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
			for (Element element : page.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					String words = text.text().strip();
					if (words.codePoints().anyMatch(Character::isLetter) && !replaced(element)) {
						found.add(file.getFileName() + ": \"" + words + "\"");
					}
				}
				for (String attribute : List.of("title", "placeholder", "alt", "aria-label")) {
					String value = element.attr(attribute);
					if (value.codePoints().anyMatch(Character::isLetter)) {
						found.add(file.getFileName() + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static boolean replaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace")) {
				return true;
			}
		}
		return false;
	}

	@Test
	void templatesKeepToTheContentSecurityPolicy() throws IOException {
		for (Path file : templates()) {
			String html = Files.readString(file);
			assertThat(html).as(file.toString()).doesNotContain("<script").doesNotContain("hx-on")
				.doesNotContainPattern("hx-trigger=\"[^\"]*\\[").doesNotContain("onclick=");
		}
	}

	@Test
	void everyKeyIsInBothLanguagesAndNoneIsBlank() throws IOException {
		for (String name : BUNDLES) {
			Properties en = bundle(name);
			Properties ru = bundle(name + "_ru");
			assertThat(en.stringPropertyNames()).as(name).isNotEmpty().isEqualTo(ru.stringPropertyNames());
			en.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, name).isNotBlank());
			ru.forEach((key, value) -> assertThat(value.toString()).as("%s in %s_ru", key, name).isNotBlank());
		}
	}

	@Test
	void theBundlesOnlyHoldKeysOfTheirOwnModule() throws IOException {
		for (String key : bundle("line").stringPropertyNames()) {
			assertThat(key).matches("(line\\.|error\\.LINE_).*");
		}
		for (String key : bundle("balance").stringPropertyNames()) {
			assertThat(key).matches("balance\\..*");
		}
	}

	@Test
	void everyLiteralKeyATemplateUsesExists() throws IOException {
		Properties all = new Properties();
		for (String name : List.of("platform", "line", "balance")) {
			all.putAll(bundle(name));
		}
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
		Set<String> missing = new TreeSet<>();
		for (Path file : templates()) {
			Matcher m = literalKey.matcher(Files.readString(file));
			while (m.find()) {
				if (!all.containsKey(m.group(1))) {
					missing.add(m.group(1) + " in " + file.getFileName());
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Properties all = new Properties();
		all.putAll(bundle("line"));
		all.putAll(bundle("balance"));
		// whole keys only: "balance.units." + unit is a prefix, checked by the page tests
		Pattern named = Pattern.compile("\"((?:line|balance)\\.[\\w.]*\\w)\"|\\{((?:line|balance)\\.[\\w.]+)}"
				+ "|Exception\\(\"([A-Z][A-Z0-9_]+)\"|super\\(\"([A-Z][A-Z0-9_]+)\"");
		Set<String> missing = new TreeSet<>();
		for (Path root : List.of(Path.of("src/main/java/io/switchboard/line"),
				Path.of("src/main/java/io/switchboard/balance"))) {
			try (Stream<Path> walk = Files.walk(root)) {
				for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher m = named.matcher(Files.readString(file));
					while (m.find()) {
						String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
								: "error." + (m.group(3) != null ? m.group(3) : m.group(4));
						if (!all.containsKey(key)) {
							missing.add(key + " (" + file.getFileName() + ")");
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
