package io.switchboard.platform.tmf;

import io.switchboard.platform.tmf.TmfCondition.Operator;
import io.switchboard.shared.PartnerScope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Translates a {@link TmfQuery}'s filters and sort into SQL over a resource's own table, so that lists
 * are filtered and paged by the database. Each API declares which attributes can be filtered (with the
 * column and how a value is read) and sorted; anything else is refused with a 400 naming what can be.
 */
public final class TmfSqlFilter {

	private final Map<String, Column> filters;
	private final Map<String, String> sorts;

	private TmfSqlFilter(Map<String, Column> filters, Map<String, String> sorts) {
		this.filters = Map.copyOf(filters);
		this.sorts = Map.copyOf(sorts);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A SQL condition to append ({@code ""} or {@code " AND ..."}) and its named parameters. */
	public record Where(String sql, Map<String, Object> parameters) {
	}

	record Column(String sql, Function<String, Object> value) {
	}

	public Where where(TmfQuery query) {
		StringBuilder sql = new StringBuilder();
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (TmfCondition condition : query.conditions()) {
			Column column = filters.get(condition.attribute());
			if (column == null) {
				throw TmfException.badRequest("INVALID_FILTER", "Filtering by '" + condition.attribute()
						+ "' is not supported. Filter by: " + String.join(", ", filters.keySet().stream().sorted().toList())
						+ ".");
			}
			List<String> terms = new ArrayList<>();
			for (String value : condition.values()) {
				String name = "tmf" + parameters.size();
				Object converted = column.value().apply(value);
				parameters.put(name, converted);
				terms.add(column.sql() + " " + sqlOperator(condition.operator()) + " :" + name);
			}
			sql.append(" AND (").append(String.join(" OR ", terms)).append(')');
		}
		return new Where(sql.toString(), parameters);
	}

	/**
	 * One page of a list: the ids (readable numbers) in {@code idColumn} of the rows of {@code from} that
	 * match the query's filters within the scope ({@code partnerColumn} holds the row's partner), in the
	 * query's order ({@code otherwise} without a sort, then {@code tieBreak}), and how many match in all.
	 */
	public Matches matches(JdbcClient jdbc, String from, String idColumn, String partnerColumn, PartnerScope scope,
			TmfQuery query, String otherwise, String tieBreak) {
		Where where = where(query);
		StringBuilder sql = new StringBuilder(" FROM ").append(from).append(" WHERE 1 = 1");
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		if (!scope.everyone()) {
			if (scope.partnerIds().isEmpty()) {
				sql.append(" AND 1 = 0");
			}
			else {
				sql.append(" AND ").append(partnerColumn).append(" IN (:scope)");
				parameters.put("scope", scope.partnerIds());
			}
		}
		sql.append(where.sql());
		long total = jdbc.sql("SELECT count(*)" + sql).params(parameters).query(Long.class).single();
		List<String> ids = jdbc.sql("SELECT " + idColumn + sql + " ORDER BY " + orderBy(query, otherwise, tieBreak)
				+ " LIMIT " + query.limit() + " OFFSET " + query.offset())
			.params(parameters)
			.query(String.class)
			.list();
		return new Matches(total, ids);
	}

	/** The ids of one page, in order, and how many rows match in all. */
	public record Matches(long total, List<String> ids) {
	}

	/** The ORDER BY list for the query's sort, then {@code tieBreak} so that paging is stable. */
	public String orderBy(TmfQuery query, String otherwise, String tieBreak) {
		if (query.sort().isEmpty()) {
			return otherwise + ", " + tieBreak;
		}
		List<String> items = new ArrayList<>();
		for (TmfQuery.Sort sort : query.sort()) {
			String column = sorts.get(sort.attribute());
			if (column == null) {
				throw TmfException.badRequest("INVALID_SORT", "Sorting by '" + sort.attribute()
						+ "' is not supported. Sort by: " + String.join(", ", sorts.keySet().stream().sorted().toList())
						+ ".");
			}
			items.add(column + (sort.descending() ? " DESC" : " ASC"));
		}
		items.add(tieBreak);
		return String.join(", ", items);
	}

	private static String sqlOperator(Operator operator) {
		return switch (operator) {
			case EQ -> "=";
			case GT -> ">";
			case GTE -> ">=";
			case LT -> "<";
			case LTE -> "<=";
		};
	}

	public static final class Builder {

		private final Map<String, Column> filters = new LinkedHashMap<>();
		private final Map<String, String> sorts = new LinkedHashMap<>();

		public Builder filter(String attribute, String column, Function<String, Object> value) {
			filters.put(attribute, new Column(column, value));
			return this;
		}

		public Builder sort(String attribute, String column) {
			sorts.put(attribute, column);
			return this;
		}

		public TmfSqlFilter build() {
			return new TmfSqlFilter(filters, sorts);
		}
	}

	/** Readers of filter values. */
	public static final class Values {

		private Values() {
		}

		public static Function<String, Object> text() {
			return value -> value;
		}

		/** A date ({@code 2026-11-22}, midnight UTC) or a date-time with an offset. */
		public static Function<String, Object> dateTime(String attribute) {
			return value -> {
				try {
					return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
							: OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException e) {
					throw TmfException.badRequest("INVALID_FILTER", "'" + attribute
							+ "' takes a date (2026-11-22) or a date-time with an offset (2026-11-22T10:15:00Z), not '"
							+ value + "'.");
				}
			};
		}

		/** One of a fixed set of values (case-insensitive), each mapped to what the column holds. */
		public static Function<String, Object> oneOf(String attribute, Map<String, ?> allowed) {
			Map<String, Object> lower = allowed.entrySet().stream()
				.collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
			return value -> {
				Object mapped = lower.get(value.toLowerCase(Locale.ROOT));
				if (mapped == null) {
					throw TmfException.badRequest("INVALID_FILTER", "'" + attribute + "' is one of "
							+ String.join(", ", allowed.keySet()) + ", not '" + value + "'.");
				}
				return mapped;
			};
		}
	}
}
