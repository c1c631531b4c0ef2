/**
 * Partners, the tenants of Switchboard: the operator at the root, the MVNOs that resell its network
 * under their own brand, and the resellers (and call shops) that sign customers up for either. Each
 * partner has typed rules with defaults (a partner without a value inherits its parent's), such as
 * how many days before a Lifeline renewal to show the date, or the back-office link templates.
 */
@ApplicationModule(displayName = "Partners", allowedDependencies = { "shared", "platform", "platform :: security" })
package io.switchboard.partner;

import org.springframework.modulith.ApplicationModule;
