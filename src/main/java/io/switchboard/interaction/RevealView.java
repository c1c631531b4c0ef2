package io.switchboard.interaction;

import io.switchboard.customer.SecretKind;
import java.time.Instant;

/**
 * A secret read out during an interaction: its kind, which one ({@code secret}, e.g. {@code PUK1} or
 * {@code PASSPORT}), of what ({@code subject}: the line's number, or the document's masked number), when and
 * by whom. Never the value.
 */
public record RevealView(SecretKind kind, String secret, String subject, Instant at, String byName) {
}
