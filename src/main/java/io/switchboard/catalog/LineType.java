package io.switchboard.catalog;

/** The kind of service a plan is for, and so the kind of line it runs on. */
public enum LineType {
	MOBILE, VOIP, BROADBAND
}
