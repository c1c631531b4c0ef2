package io.switchboard.customer;

import java.util.List;
import java.util.UUID;

/** An agent changed a customer's profile; {@code fields} names what changed (never the values). */
public record CustomerProfileChanged(UUID customerId, String customerNumber, List<String> fields, String actor) {
}
