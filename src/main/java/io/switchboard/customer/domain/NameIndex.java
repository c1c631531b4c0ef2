package io.switchboard.customer.domain;

import io.switchboard.customer.CustomerSearch;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code customer_name_token} in step with customers' names: one row per name word, plus its
 * Latin spellings for Cyrillic words.
 */
@Component
class NameIndex {

	private final JdbcClient jdbc;

	NameIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Set<String> tokens(Collection<String> nameParts) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String part : nameParts) {
			for (String word : CustomerSearch.nameWords(part)) {
				tokens.add(word);
				tokens.addAll(Transliteration.latin(word));
			}
		}
		return tokens;
	}

	void reindex(UUID customerId, List<String> nameParts) {
		jdbc.sql("delete from customer_name_token where customer_id = ?").param(customerId).update();
		for (String token : tokens(nameParts)) {
			jdbc.sql("insert into customer_name_token (token, customer_id) values (?, ?)")
				.param(token)
				.param(customerId)
				.update();
		}
	}
}
