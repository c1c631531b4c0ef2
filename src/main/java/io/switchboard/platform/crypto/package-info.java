/**
 * Secrets at rest: the cipher, the JPA converters for encrypted columns, and the contract by which a module declares its encrypted columns for key rotation. A named interface of the platform: its public types are what other modules may use.
 */
@NamedInterface("crypto")
package io.switchboard.platform.crypto;

import org.springframework.modulith.NamedInterface;
