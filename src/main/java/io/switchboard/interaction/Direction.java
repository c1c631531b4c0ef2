package io.switchboard.interaction;

/** Who got in touch: the customer ({@code IN}) or the operator ({@code OUT}). */
public enum Direction {
	IN, OUT
}
