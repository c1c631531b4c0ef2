/**
 * The desk's languages (a setting) and the store where an agent's chosen language is remembered. A named interface of the platform: its public types are what other modules may use.
 */
@NamedInterface("i18n")
package io.switchboard.platform.i18n;

import org.springframework.modulith.NamedInterface;
