/**
 * The platform every module stands on: login and the acting agent ({@code security}), the desk's
 * languages and the agent's language and time zone ({@code i18n}), the page layout, formatting and error
 * pages ({@code web}), the administered lists every module keeps the one way, with their names per
 * language and their administration table ({@code codes}), encryption of secrets at rest
 * ({@code crypto}), the clock, and bulk writes for imports ({@code jdbc}).
 * It knows no business module; modules plug into it (e.g. the agent module provides the user store).
 * <p>
 * Each part is a named interface ({@code codes}, {@code crypto}, {@code i18n}, {@code jdbc}, {@code security},
 * {@code tmf}, {@code web}): its public types are what other modules may use, and the module check refuses
 * a reach into anything else (configuration, filters, the hub's delivery queue are package-private).
 */
@ApplicationModule(displayName = "Platform")
package io.switchboard.platform;

import org.springframework.modulith.ApplicationModule;
