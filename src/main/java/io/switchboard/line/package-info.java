/**
 * The customer's lines (services): mobile numbers, VoIP numbers and broadband connections. A line
 * has an MDN in E.164, a carrier, a status with its dates, a plan (with the date it last changed and
 * its history), features/SOCs with their operation status and history, a SIM (ICCID, IMSI, HLR,
 * PIN/PUK codes kept encrypted), a device (IMEI/ESN, make, model), service credentials, number
 * forwarding, and a questionnaire about the person who actually uses the number. Histories record who
 * by login; the line page shows the agent's name (from the agent module), as every other page does.
 */
@ApplicationModule(displayName = "Lines",
		allowedDependencies = { "shared", "platform", "platform :: crypto", "platform :: jdbc", "platform :: web", "customer", "catalog", "partner", "agent", "audit" })
package io.switchboard.line;

import org.springframework.modulith.ApplicationModule;
