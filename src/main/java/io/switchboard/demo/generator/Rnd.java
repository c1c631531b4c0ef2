package io.switchboard.demo.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** The seeded randomness of one block, with the few shapes the generator asks for. */
final class Rnd {

	private final SplittableRandom random;

	Rnd(long seed) {
		this.random = new SplittableRandom(seed);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** A whole number in {@code [from, to]}. */
	int between(int from, int to) {
		return random.nextInt(from, to + 1);
	}

	long betweenLong(long from, long to) {
		return random.nextLong(from, to + 1);
	}

	double unit() {
		return random.nextDouble();
	}

	double between(double from, double to) {
		return random.nextDouble(from, to);
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Picks by weight: {@code weights[i]} is the relative chance of {@code values[i]}. */
	<T> T weighted(T[] values, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double x = random.nextDouble() * total;
		for (int i = 0; i < values.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	String digits(int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}

	String alphanumeric(int count) {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	/** An instant between {@code from} and {@code to} (or {@code from} when they meet). */
	Instant between(Instant from, Instant to) {
		long span = Duration.between(from, to).getSeconds();
		return span <= 0 ? from : from.plusSeconds(random.nextLong(span + 1));
	}
}
