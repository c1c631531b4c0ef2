package io.switchboard.balance;

public enum BucketType {
	MINUTES, TEXTS, DATA
}
