package io.switchboard.platform.codes;

import io.switchboard.shared.Ids;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Entries of administered lists for tests, said the way an administrator says them:
 * {@code anEntry(CATEGORIES, "BILLING").named("en", "Billing").named("ru", "Счета").build()}, a
 * {@code .retired()} one, one {@code .at(30)} in its list, {@code .savedBy("other.admin")}.
 */
public final class CodedEntries {

	private CodedEntries() {
	}

	public static Builder anEntry(CodedList list, String code) {
		return new Builder(list, code);
	}

	public static final class Builder {

		private final CodedList list;
		private final String code;
		private final Map<String, String> names = new LinkedHashMap<>();
		private UUID id = Ids.next();
		private boolean active = true;
		private int position = 10;
		private long version;
		private String savedBy = "admin";

		private Builder(CodedList list, String code) {
			this.list = list;
			this.code = code;
		}

		public Builder named(String language, String name) {
			names.put(language, name);
			return this;
		}

		public Builder withId(UUID key) {
			this.id = key;
			return this;
		}

		public Builder retired() {
			this.active = false;
			return this;
		}

		public Builder at(int place) {
			this.position = place;
			return this;
		}

		public Builder version(long read) {
			this.version = read;
			return this;
		}

		public Builder savedBy(String username) {
			this.savedBy = username;
			return this;
		}

		public CodedEntry build() {
			return new CodedEntry(id, list, code, new Names(names), active, position, version,
					Instant.parse("2026-11-20T10:00:00Z"), savedBy);
		}

		/** What an administrator types to add this entry (or, with its names, to change one). */
		public CodedLists.Draft draft() {
			return new CodedLists.Draft(code, names, null, active);
		}
	}
}
