package io.switchboard.customer;

public enum ContactPurpose {
	HOME, WORK, MOBILE, BILLING, OTHER
}
