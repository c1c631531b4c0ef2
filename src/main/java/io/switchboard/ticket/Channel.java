package io.switchboard.ticket;

/** How the request reached us. */
public enum Channel {
	PHONE, EMAIL, CHAT, SMS, STORE, WEB
}
