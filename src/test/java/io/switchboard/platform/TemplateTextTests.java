package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No literal UI text in templates: every word an agent reads comes from the bundles, so it exists in
 * both languages. Text inside an element whose content Thymeleaf replaces ({@code th:text},
 * {@code th:utext}, {@code th:replace}) does not count; neither does text without letters.
 */
class TemplateTextTests {

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MessageBundleTests.TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Document page = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
				for (Element element : page.getAllElements()) {
					for (TextNode text : element.textNodes()) {
						String words = text.text().strip();
						if (words.codePoints().anyMatch(Character::isLetter) && !replaced(element)) {
							found.add(MessageBundleTests.TEMPLATES.relativize(file) + ": \"" + words + "\"");
						}
					}
				}
				for (Element element : page.getAllElements()) {
					for (String attribute : List.of("title", "placeholder", "alt", "aria-label")) {
						String value = element.attr(attribute);
						if (!value.isEmpty() && value.codePoints().anyMatch(Character::isLetter)) {
							found.add(MessageBundleTests.TEMPLATES.relativize(file) + ": " + attribute + "=\"" + value + "\"");
						}
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
		return element.tagName().equals("script") || element.tagName().equals("style");
	}
}
