package io.switchboard.line.domain;

import io.switchboard.customer.CustomerApi;
import io.switchboard.line.LineApi;
import io.switchboard.line.LineStatus;
import io.switchboard.line.LineSummary;
import io.switchboard.shared.PartnerScope;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads lines for other modules and the 360: a line is visible exactly when its customer is. */
@Service
@Transactional(readOnly = true)
class Lines implements LineApi {

	/** How lists order a customer's lines: what works first, what is gone last; by number within each. */
	static final Comparator<LineStatus> STATUS_ORDER = Comparator.comparingInt(Lines::rank);

	static final Comparator<LineSummary> LIST_ORDER = Comparator.comparing(LineSummary::status, STATUS_ORDER)
		.thenComparing(LineSummary::mdn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(LineSummary::id);

	private final LineRepository lines;
	private final CustomerApi customers;

	Lines(LineRepository lines, CustomerApi customers) {
		this.lines = lines;
		this.customers = customers;
	}

	@Override
	public List<LineSummary> linesOf(UUID customerId) {
		return distinct(lines.summariesOf(customerId)).stream().sorted(LIST_ORDER).toList();
	}

	@Override
	public Optional<LineSummary> find(UUID lineId, PartnerScope scope) {
		if (lineId == null) {
			return Optional.empty();
		}
		return distinct(lines.summaryOf(lineId)).stream()
			.findFirst()
			.filter(line -> customers.findById(line.customerId(), scope).isPresent());
	}

	@Override
	public Optional<io.switchboard.shared.Money> arpu(UUID customerId) {
		List<io.switchboard.shared.Money> values = lines.findByCustomerId(customerId).stream()
			.filter(line -> line.status() != LineStatus.CANCELLED)
			.map(Line::arpu)
			.filter(java.util.Objects::nonNull)
			.toList();
		if (values.isEmpty() || values.stream().map(io.switchboard.shared.Money::currency).distinct().count() > 1) {
			return Optional.empty();
		}
		return Optional.of(io.switchboard.shared.Money.of(
				values.stream().map(io.switchboard.shared.Money::amount).reduce(java.math.BigDecimal.ZERO,
						java.math.BigDecimal::add),
				values.getFirst().currency()));
	}

	@Override
	public Map<UUID, String> mainMdns(Collection<UUID> customerIds) {
		if (customerIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, CustomerNumber> best = new HashMap<>();
		Comparator<CustomerNumber> better = Comparator.comparing(CustomerNumber::status, STATUS_ORDER)
			.thenComparing(CustomerNumber::mdn);
		for (CustomerNumber number : lines.numbersOf(customerIds)) {
			best.merge(number.customerId(), number, (a, b) -> better.compare(a, b) <= 0 ? a : b);
		}
		Map<UUID, String> found = new LinkedHashMap<>();
		customerIds.stream().filter(best::containsKey).forEach(id -> found.put(id, best.get(id).mdn()));
		return found;
	}

	/** Two devices marked active on one line would repeat it; the line counts once. */
	private static List<LineSummary> distinct(List<LineSummary> rows) {
		return List.copyOf(rows.stream()
			.collect(Collectors.toMap(LineSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new))
			.values());
	}

	private static int rank(LineStatus status) {
		return switch (status) {
			case ACTIVE -> 0;
			case SUSPENDED -> 1;
			case PENDING -> 2;
			case CANCELLED -> 3;
		};
	}
}
