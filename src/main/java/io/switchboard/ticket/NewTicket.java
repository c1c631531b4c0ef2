package io.switchboard.ticket;

import java.util.UUID;

/**
 * What an agent or an integrating system asks for: the customer (by number), optionally one of its
 * billing accounts and lines, the category (code), priority, channel, subject and content;
 * {@code queueId} set dispatches it to that queue at once.
 */
public record NewTicket(String customerNumber, UUID billingAccountId, UUID lineId, String categoryCode,
		Priority priority, Channel channel, String subject, String content, UUID queueId) {
}
