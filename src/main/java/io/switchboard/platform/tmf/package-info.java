/**
 * The TM Forum REST edge every module's TMF API is built on: errors, queries and filters, merge-patch, limits, links, hubs and events. A named interface of the platform: its public types are what other modules may use.
 */
@NamedInterface("tmf")
package io.switchboard.platform.tmf;

import org.springframework.modulith.NamedInterface;
