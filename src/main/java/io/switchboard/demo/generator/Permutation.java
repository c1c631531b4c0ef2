package io.switchboard.demo.generator;

/**
 * A fixed one-to-one shuffle of {@code [0, size)}: {@code p = (slot * multiplier + offset) mod size}
 * with the multiplier coprime to the size. Consecutive slots land far apart, so neighbouring lines do
 * not get neighbouring ICCIDs or numbers, and no two slots ever share a value. The constants do not
 * depend on the seed, so datasets generated with different seeds can be appended to one another.
 */
final class Permutation {

	private static final long MAX_SLOT = 1L << 32;

	private final long size;
	private final long multiplier;
	private final long offset;

	Permutation(long size, long salt) {
		if (size < 2) {
			throw new IllegalArgumentException("size must be at least 2: " + size);
		}
		this.size = size;
		// Near the golden ratio of the size, so consecutive slots spread over the whole space; kept below
		// 2^31 so slot * multiplier (slot < 2^32) fits in a long.
		long m = Math.min((long) (size * 0.6180339887498949), Integer.MAX_VALUE) | 1;
		while (gcd(m, size) != 1) {
			m += 2;
		}
		this.multiplier = m;
		this.offset = Math.floorMod(Seeds.mix(salt), size);
	}

	long size() {
		return size;
	}

	long apply(long slot) {
		if (slot < 0 || slot >= size || slot >= MAX_SLOT) {
			throw new IllegalStateException("slot " + slot + " is outside a space of " + size
					+ " identifiers: the dataset is larger than this identifier plan supports");
		}
		return Math.floorMod(slot * multiplier % size + offset, size);
	}

	private static long gcd(long a, long b) {
		while (b != 0) {
			long t = a % b;
			a = b;
			b = t;
		}
		return a;
	}
}
