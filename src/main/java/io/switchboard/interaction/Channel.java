package io.switchboard.interaction;

/** How the customer and the operator were in touch. */
public enum Channel {
	PHONE, EMAIL, CHAT, SMS, STORE, WEB, OTHER;

	/** The Bootstrap icon the desk shows for the channel. */
	public String icon() {
		return switch (this) {
			case PHONE -> "bi-telephone";
			case EMAIL -> "bi-envelope";
			case CHAT -> "bi-chat-dots";
			case SMS -> "bi-phone";
			case STORE -> "bi-shop";
			case WEB -> "bi-globe";
			case OTHER -> "bi-three-dots";
		};
	}
}
