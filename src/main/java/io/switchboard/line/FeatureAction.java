package io.switchboard.line;

/** What was done to a feature (SOC) on a line. */
public enum FeatureAction {
	ADD, REMOVE, CHANGE
}
