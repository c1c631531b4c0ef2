package io.switchboard.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Surrogate keys: time-ordered UUIDs (version 7), so new rows land at the end of their indexes.
 * Keys are never shown to agents; they read customer, account and ticket numbers instead.
 */
public final class Ids {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private Ids() {
	}

	public static UUID next() {
		return GENERATOR.generate();
	}
}
