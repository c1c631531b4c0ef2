/**
 * Administered lists (coded lists): entries with a stable code, names per configured language in one translations table, and the administration table every list's page shows. A named interface of the platform: its public types are what other modules may use.
 */
@NamedInterface("codes")
package io.switchboard.platform.codes;

import org.springframework.modulith.NamedInterface;
