package io.switchboard.line.domain;

import io.switchboard.line.LineStatus;
import java.util.UUID;

/** One of a customer's numbers and the status of its line, to choose the customer's main number. */
record CustomerNumber(UUID customerId, String mdn, LineStatus status) {
}
