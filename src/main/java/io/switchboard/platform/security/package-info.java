/**
 * The acting agent or API client as the platform knows it, the API's client store and the partner SPI, and sign-in throttling with its lock events. A named interface of the platform: its public types are what other modules may use.
 */
@NamedInterface("security")
package io.switchboard.platform.security;

import org.springframework.modulith.NamedInterface;
