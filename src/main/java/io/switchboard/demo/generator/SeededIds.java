package io.switchboard.demo.generator;

import java.util.UUID;

/**
 * Surrogate keys for generated rows, stable across runs: shaped like the application's own time-ordered
 * UUIDs (version 7), with the "time" taken from the block being generated (reference data, the
 * well-known customers, chunk k) and a counter, and the random bits from the seed. Blocks are written
 * in order, so, like live keys, new rows land at the right-hand end of their indexes.
 */
final class SeededIds {

	/** 2024-01-01T00:00:00Z: the nominal time of block 0. */
	static final long BASE_MILLIS = 1_704_067_200_000L;

	private static final long MAX_PER_BLOCK = 1L << 26;

	private final long seed;
	private final long block;
	private long counter;

	SeededIds(long seed, long block) {
		this.seed = seed;
		this.block = block;
	}

	UUID next() {
		long n = counter++;
		if (n >= MAX_PER_BLOCK) {
			throw new IllegalStateException("more than " + MAX_PER_BLOCK + " ids in block " + block);
		}
		long millis = BASE_MILLIS + block;
		long msb = (millis << 16) | 0x7000L | ((n >>> 14) & 0xFFFL);
		long lsb = 0x8000000000000000L | ((n & 0x3FFFL) << 48) | (Seeds.of(seed, block, n) & 0xFFFFFFFFFFFFL);
		return new UUID(msb, lsb);
	}
}
