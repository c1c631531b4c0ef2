package io.switchboard.customer;

import java.util.UUID;

/** An agent put a FLASH note on a customer. */
public record FlashNoteAdded(UUID customerId, String customerNumber, UUID noteId, Severity severity, String actor) {
}
