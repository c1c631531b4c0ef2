/**
 * Formatting for the agent (amounts, dates, numbers, plurals) and refusals in the agent's words. A named interface of the platform: its public types are what other modules may use.
 */
@NamedInterface("web")
package io.switchboard.platform.web;

import org.springframework.modulith.NamedInterface;
