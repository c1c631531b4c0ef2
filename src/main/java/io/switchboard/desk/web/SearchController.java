package io.switchboard.desk.web;

import io.switchboard.desk.search.DeskSearch;
import io.switchboard.desk.search.SearchResults;
import io.switchboard.shared.Actor;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /search?q=}: the results page, or straight to the 360 when an exact identifier matched
 * one customer. {@code GET /search/suggest?q=}: the type-ahead list under the search box, from the
 * third character on.
 */
@Controller
class SearchController {

	static final int PAGE = 50;
	static final int SUGGESTIONS = 8;
	static final int SUGGEST_FROM = 3;

	private final DeskSearch search;

	SearchController(DeskSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Actor actor, Model model, Locale locale) {
		if (q == null || q.isBlank()) {
			return "redirect:/";
		}
		SearchResults results = search.search(q, actor, PAGE, locale);
		if (results.single().isPresent()) {
			return "redirect:/customers/" + results.single().get().customer().customerNumber();
		}
		model.addAttribute("results", results);
		model.addAttribute("searchQuery", results.query().text());
		return "desk/search";
	}

	@GetMapping("/search/suggest")
	String suggest(@RequestParam(name = "q", required = false) String q, Actor actor, Model model, Locale locale) {
		if (q == null || q.strip().length() < SUGGEST_FROM) {
			return "desk/search :: nothing";
		}
		model.addAttribute("results", search.search(q, actor, SUGGESTIONS, locale));
		return "desk/search :: suggestions";
	}
}
