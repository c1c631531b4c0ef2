package io.switchboard.line.domain;

import io.switchboard.partner.PartnerApi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Builds the back-office links of a line from its customer's partner's URL templates. Placeholders
 * ({@code {mdn}}, {@code {iccid}}, {@code {imei}}, {@code {accountNumber}}) are filled with the line's
 * values, percent-encoded. A back office without a template, a template naming a value the line does
 * not have (no device, no number), or a template that does not make an http(s) URL gives no link: a
 * link that cannot work is worse than none.
 */
@Component
class BackOfficeLinks {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private final PartnerApi partners;

	BackOfficeLinks(PartnerApi partners) {
		this.partners = partners;
	}

	List<BackOfficeLink> of(UUID partnerId, Map<String, String> values) {
		List<BackOfficeLink> links = new ArrayList<>();
		for (BackOffice office : BackOffice.values()) {
			partners.rule(partnerId, office.rule())
				.map(template -> expand(template, values))
				.filter(url -> url != null && (url.startsWith("https://") || url.startsWith("http://")))
				.ifPresent(url -> links.add(new BackOfficeLink(office, url)));
		}
		return links;
	}

	/** The template with every placeholder filled and encoded; null when a value is missing. */
	static String expand(String template, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder url = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null || value.isBlank()) {
				return null;
			}
			m.appendReplacement(url, Matcher.quoteReplacement(UriUtils.encode(value, StandardCharsets.UTF_8)));
		}
		m.appendTail(url);
		return url.toString();
	}
}
