package io.switchboard.platform.codes;

/**
 * The name of one administered list, owned by the module that declares it: {@code ticket.category},
 * {@code ticket.resolution}, {@code ticket.queue}, {@code interaction.wrap-up}; later adjustment reasons,
 * suspend reasons, payment refusal reasons, order channels. The name is data (it is stored with every
 * entry), so it never changes once entries exist.
 */
public record CodedList(String name) {

	public CodedList {
		if (name == null || !name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+") || name.length() > 40) {
			throw new IllegalArgumentException("A list name is '<module>.<list>' in lower case, at most 40 characters: "
					+ name);
		}
	}

	public static CodedList named(String name) {
		return new CodedList(name);
	}

	@Override
	public String toString() {
		return name;
	}
}
