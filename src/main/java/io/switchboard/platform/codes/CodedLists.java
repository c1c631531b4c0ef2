package io.switchboard.platform.codes;

import io.switchboard.platform.i18n.SupportedLanguages;
import io.switchboard.platform.jdbc.BulkWriter;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.Ids;
import io.switchboard.shared.SwitchboardException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every administered list of Switchboard, kept one way: an entry ({@code platform_code}: list, code,
 * in use, place, version, who saved it last and when) and its names, one row per language
 * ({@code platform_code_name}), so that a language added to {@code switchboard.i18n.languages} is a
 * name more per entry, typed in on the administration pages, never a column or a migration.
 * <p>
 * A module declares its lists ({@link CodedList}), reads them here, and keeps what only its lists have
 * (a category's SLA hours, a queue's partner and members) in its own table keyed by the entry's id, saved
 * in the same transaction as the entry. Codes are 2 to 40 Latin letters, digits or underscores starting
 * with a letter, kept in upper case, unique in their list, and never change; an entry is never deleted
 * (what was recorded with it keeps its name) but taken out of use. A name is required in every configured
 * language (at most 100 characters); one missing (say, of a language added since the entry was last
 * saved) reads in English, then as the code. A change is made from the version read: a save on top of
 * someone else's is refused with who saved and when ({@code CODED_LIST_CHANGED_BY_SOMEONE_ELSE}).
 * Refusals of what was typed come together, each on its field ({@link EntryRefused}).
 */
@Service
@Transactional(readOnly = true)
public class CodedLists {

	public static final int MAX_NAME = 100;
	public static final int MAX_POSITION = 9999;
	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{1,39}");

	private final JdbcClient jdbc;
	private final BulkWriter bulk;
	private final SupportedLanguages languages;
	private final Clock clock;

	public CodedLists(JdbcClient jdbc, BulkWriter bulk, SupportedLanguages languages, Clock clock) {
		this.jdbc = jdbc;
		this.bulk = bulk;
		this.languages = languages;
		this.clock = clock;
	}

	/**
	 * What an administrator typed for an entry: its code (when adding; a change keeps the code), its names
	 * by language tag, its place (null: after the last when adding, where it was when changing), and
	 * whether it is in use.
	 */
	public record Draft(String code, Map<String, String> names, Integer position, boolean active) {

		public Draft {
			names = names == null ? Map.of() : new LinkedHashMap<>(names);
		}
	}

	/** The list's entries in their order: by place, then by code. */
	public List<CodedEntry> entries(CodedList list) {
		return read(list, "c.list_name = ?", list.name());
	}

	/** The entries still offered, in their order. */
	public List<CodedEntry> active(CodedList list) {
		return entries(list).stream().filter(CodedEntry::active).toList();
	}

	public Optional<CodedEntry> find(CodedList list, String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return read(list, "c.list_name = ? and c.code = ?", list.name(), code.strip().toUpperCase(Locale.ROOT))
			.stream()
			.findFirst();
	}

	public Optional<CodedEntry> find(CodedList list, UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return read(list, "c.list_name = ? and c.id = ?", list.name(), id).stream().findFirst();
	}

	/**
	 * Why the draft cannot be saved, each reason on its field, without looking at the database (so a page
	 * can add these to its own checks and show them all at once): the code's shape when {@code adding},
	 * a name in every configured language, the place.
	 */
	public List<EntryRefused.Reason> check(Draft draft, boolean adding) {
		List<EntryRefused.Reason> reasons = new ArrayList<>();
		if (adding && (draft.code() == null || !CODE.matcher(draft.code().strip()).matches())) {
			reasons.add(new EntryRefused.Reason("code", new SwitchboardException("CODED_LIST_CODE_INVALID")));
		}
		for (Locale language : languages.all()) {
			String name = draft.names().get(language.getLanguage());
			String field = "names[" + language.getLanguage() + "]";
			if (name == null || name.isBlank()) {
				reasons.add(new EntryRefused.Reason(field, new SwitchboardException("CODED_LIST_NAME_REQUIRED")));
			}
			else if (name.strip().length() > MAX_NAME) {
				reasons.add(new EntryRefused.Reason(field,
						new SwitchboardException("CODED_LIST_NAME_TOO_LONG", MAX_NAME)));
			}
		}
		if (draft.position() != null && (draft.position() < 0 || draft.position() > MAX_POSITION)) {
			reasons.add(new EntryRefused.Reason("position",
					new SwitchboardException("CODED_LIST_ORDER_INVALID", MAX_POSITION)));
		}
		return reasons;
	}

	/** Adds an entry to the list; refused when the draft does not {@link #check} or the code is taken. */
	@Transactional
	public CodedEntry add(CodedList list, Draft draft, String actor) {
		List<EntryRefused.Reason> reasons = check(draft, true);
		if (!reasons.isEmpty()) {
			throw new EntryRefused(reasons);
		}
		String code = draft.code().strip().toUpperCase(Locale.ROOT);
		if (find(list, code).isPresent()) {
			throw taken(code);
		}
		UUID id = Ids.next();
		int position = draft.position() != null ? draft.position() : nextPosition(list);
		try {
			jdbc.sql("""
					insert into platform_code (id, list_name, code, active, position, version, updated_at, updated_by)
					values (?, ?, ?, ?, ?, 0, ?, ?)""")
				.params(id, list.name(), code, draft.active(), position, now(), actor)
				.update();
		}
		catch (DuplicateKeyException addedMeanwhile) {
			throw taken(code);
		}
		writeNames(id, draft.names());
		return find(list, id).orElseThrow();
	}

	/**
	 * Changes an entry's names, place and use, from the version read; refused when someone saved it in
	 * between, or when the draft does not {@link #check}.
	 */
	@Transactional
	public CodedEntry change(CodedList list, UUID id, Draft draft, long version, String actor) {
		CodedEntry current = find(list, id)
			.orElseThrow(() -> new SwitchboardException("CODED_LIST_ENTRY_UNKNOWN", String.valueOf(id)));
		if (current.version() != version) {
			throw conflict(current);
		}
		List<EntryRefused.Reason> reasons = check(draft, false);
		if (!reasons.isEmpty()) {
			throw new EntryRefused(reasons);
		}
		int position = draft.position() != null ? draft.position() : current.position();
		// the version in the condition is the lock: of two saves from the same version, one matches
		int updated = jdbc.sql("""
				update platform_code set active = ?, position = ?, version = version + 1, updated_at = ?, updated_by = ?
				where id = ? and version = ?""")
			.params(draft.active(), position, now(), actor, id, version)
			.update();
		if (updated == 0) {
			throw conflict(find(list, id).orElseThrow());
		}
		writeNames(id, draft.names());
		return find(list, id).orElseThrow();
	}

	/**
	 * Writes entries as they are (the demo operator, a dataset, a migration from another system), with
	 * their ids and every name they carry, joining the caller's transaction; values are expected valid.
	 */
	@Transactional
	public void importEntries(Collection<CodedEntry> entries, String actor) {
		Instant now = clock.instant();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> names = new ArrayList<>();
		for (CodedEntry e : entries) {
			rows.add(new Object[] { e.id(), e.list().name(), e.code(), e.active(), e.position(), 0L, now, actor });
			e.names().byLanguage().forEach((language, name) -> names.add(new Object[] { e.id(), language, name }));
		}
		bulk.insert("platform_code",
				List.of("id", "list_name", "code", "active", "position", "version", "updated_at", "updated_by"), rows);
		bulk.insert("platform_code_name", List.of("code_id", "language", "name"), names);
	}

	/** The names of the configured languages replace those stored; names in languages no longer configured stay. */
	private void writeNames(UUID id, Map<String, String> names) {
		for (Locale language : languages.all()) {
			String tag = language.getLanguage();
			jdbc.sql("delete from platform_code_name where code_id = ? and language = ?").params(id, tag).update();
			String name = names.get(tag);
			if (name != null && !name.isBlank()) {
				jdbc.sql("insert into platform_code_name (code_id, language, name) values (?, ?, ?)")
					.params(id, tag, name.strip())
					.update();
			}
		}
	}

	private int nextPosition(CodedList list) {
		int last = jdbc.sql("select coalesce(max(position), 0) from platform_code where list_name = ?")
			.param(list.name())
			.query(Integer.class)
			.single();
		return Math.min(MAX_POSITION, last + 10);
	}

	private List<CodedEntry> read(CodedList list, String where, Object... params) {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.code, c.active, c.position, c.version, c.updated_at, c.updated_by, n.language, n.name
				from platform_code c left join platform_code_name n on n.code_id = c.id
				where %s order by c.position, c.code, n.language""".formatted(where))
			.params(params)
			.query((ResultSet rs) -> {
				Row row = rows.computeIfAbsent(rs.getObject(1, UUID.class), id -> row(rs, id));
				if (rs.getString(8) != null) {
					row.names.put(rs.getString(8), rs.getString(9));
				}
			});
		return rows.values().stream().map(r -> r.entry(list)).toList();
	}

	private static Row row(ResultSet rs, UUID id) {
		try {
			return new Row(id, rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getLong(5),
					rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), new LinkedHashMap<>());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static EntryRefused taken(String code) {
		return new EntryRefused(
				List.of(new EntryRefused.Reason("code", new SwitchboardException("CODED_LIST_CODE_TAKEN", code))));
	}

	private static ChangedBySomeoneElse conflict(CodedEntry current) {
		return new ChangedBySomeoneElse("CODED_LIST_CHANGED_BY_SOMEONE_ELSE", current.updatedBy(),
				current.updatedAt(), current.version());
	}

	private record Row(UUID id, String code, boolean active, int position, long version, Instant updatedAt,
			String updatedBy, Map<String, String> names) {

		CodedEntry entry(CodedList list) {
			return new CodedEntry(id, list, code, new Names(names), active, position, version, updatedAt, updatedBy);
		}
	}
}
