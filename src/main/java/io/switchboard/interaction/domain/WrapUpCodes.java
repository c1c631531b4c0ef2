package io.switchboard.interaction.domain;

import io.switchboard.interaction.WrapUpCodeAdmin;
import io.switchboard.interaction.WrapUpCodeView;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.shared.SwitchboardException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link WrapUpCodeAdmin} over {@code interaction_wrap_up_code}, with optimistic versions. */
@Service
@Transactional
class WrapUpCodes implements WrapUpCodeAdmin {

	static final int MAX_POSITION = 9999;

	private final JdbcClient jdbc;
	private final Clock clock;

	WrapUpCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public WrapUpCodeView add(String code, String nameEn, String nameRu, Integer position, String actor) {
		if (code == null || !code.strip().matches("[A-Za-z][A-Za-z0-9_]{1,31}")) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_CODE_INVALID");
		}
		String normalized = code.strip().toUpperCase(Locale.ROOT);
		names(nameEn, nameRu);
		int at = position != null ? position(position) : Math.min(MAX_POSITION, jdbc
			.sql("select coalesce(max(position), 0) + 10 from interaction_wrap_up_code")
			.query(Integer.class)
			.single());
		if (find(normalized) != null) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_CODE_TAKEN", normalized);
		}
		try {
			jdbc.sql("""
					insert into interaction_wrap_up_code (code, name_en, name_ru, active, position, version, updated_at,
					updated_by) values (?, ?, ?, true, ?, 0, ?, ?)""")
				.params(normalized, nameEn.strip(), nameRu.strip(), at, now(), actor)
				.update();
		}
		catch (DuplicateKeyException addedMeanwhile) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_CODE_TAKEN", normalized);
		}
		return find(normalized).view();
	}

	@Override
	public WrapUpCodeView change(WrapUpCodeView code, String actor) {
		Row current = code.code() == null ? null : find(code.code());
		if (current == null) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_CODE_UNKNOWN", code.code());
		}
		if (current.view().version() != code.version()) {
			throw conflict(current);
		}
		names(code.nameEn(), code.nameRu());
		int at = position(code.position());
		int updated = jdbc.sql("""
				update interaction_wrap_up_code set name_en = ?, name_ru = ?, active = ?, position = ?,
				version = version + 1, updated_at = ?, updated_by = ? where code = ? and version = ?""")
			.params(code.nameEn().strip(), code.nameRu().strip(), code.active(), at, now(), actor, code.code(),
					code.version())
			.update();
		if (updated == 0) {
			throw conflict(find(code.code()));
		}
		return find(code.code()).view();
	}

	private static ChangedBySomeoneElse conflict(Row current) {
		return new ChangedBySomeoneElse("INTERACTION_WRAP_UP_CODE_CHANGED_BY_SOMEONE_ELSE", current.updatedBy(),
				current.updatedAt(), current.view().version());
	}

	private Row find(String code) {
		return jdbc.sql("""
				select code, name_en, name_ru, active, position, version, updated_at, updated_by
				from interaction_wrap_up_code where code = ?""")
			.param(code)
			.query((rs, n) -> new Row(new WrapUpCodeView(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getBoolean(4), rs.getInt(5), rs.getLong(6)), rs.getObject(7, OffsetDateTime.class).toInstant(),
					rs.getString(8)))
			.optional()
			.orElse(null);
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static void names(String en, String ru) {
		if (en == null || en.isBlank() || ru == null || ru.isBlank() || en.strip().length() > 100
				|| ru.strip().length() > 100) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_NAMES_REQUIRED");
		}
	}

	private static int position(int position) {
		if (position < 0 || position > MAX_POSITION) {
			throw new SwitchboardException("INTERACTION_WRAP_UP_POSITION_INVALID", MAX_POSITION);
		}
		return position;
	}

	private record Row(WrapUpCodeView view, Instant updatedAt, String updatedBy) {
	}
}
