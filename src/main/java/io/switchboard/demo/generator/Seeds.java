package io.switchboard.demo.generator;

/**
 * Derives independent seeds from the dataset seed and a position (a chunk, a counter), so any part of
 * the dataset can be generated on its own and still come out the same. SplitMix64's finaliser spreads
 * neighbouring inputs (chunk 7 and chunk 8) into unrelated values.
 */
final class Seeds {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private Seeds() {
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static long of(long seed, long... parts) {
		long h = mix(seed + GOLDEN_GAMMA);
		for (long part : parts) {
			h = mix(h ^ mix(part * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
		}
		return h;
	}
}
