package io.switchboard.balance.ocs;

import java.util.Optional;

/**
 * The port to the online charging system (OCS): the network's real-time view of a line, its status in
 * the network and what it has left of every service right now ("View OCS CSR"). Adapters: the built-in
 * {@link SimulatedOcs} (default, {@code switchboard.ocs.adapter=simulated}) and {@link HttpOcs}
 * ({@code switchboard.ocs.adapter=http}).
 */
public interface OnlineChargingSystem {

	/**
	 * The OCS's live reading of the line; empty when the OCS does not know it.
	 * @throws OcsUnavailable when the OCS cannot answer (down, slow, refusing, or its breaker open)
	 */
	Optional<OcsReading> read(OcsQuery query);

	/** True for the built-in simulator, which the page must label as such. */
	boolean simulated();
}
