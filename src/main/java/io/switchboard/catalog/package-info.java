/**
 * What the operator sells: plans (price plans, with their technical name in the network, monthly
 * fee, included minutes/texts/data, commitment and early termination fee) and features (SOCs: the
 * service codes added to a line, such as voicemail or international roaming).
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared", "platform" })
package io.switchboard.catalog;

import org.springframework.modulith.ApplicationModule;
