package io.switchboard.line.domain;

import io.switchboard.line.EquipmentStatus;
import io.switchboard.platform.crypto.Secret;
import io.switchboard.platform.crypto.SecretConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A SIM card in a line: ACTIVE while it is in the customer's phone, REPLACED once a swap put another
 * in its place. Its PIN and PUK codes are stored encrypted and leave it only through an audited reveal.
 */
@Entity(name = "LineSim")
@Table(name = "line_sim")
class SimCard {

	@Id
	private UUID id;

	private String iccid;

	private String imsi;

	@Convert(converter = SecretConverter.class)
	private Secret pin1;

	@Convert(converter = SecretConverter.class)
	private Secret puk1;

	@Convert(converter = SecretConverter.class)
	private Secret pin2;

	@Convert(converter = SecretConverter.class)
	private Secret puk2;

	private String hlr;

	@Enumerated(EnumType.STRING)
	private EquipmentStatus status;

	private Instant installedAt;

	protected SimCard() {
	}

	boolean active() {
		return status == EquipmentStatus.ACTIVE;
	}

	Secret secret(LineSecret which) {
		return switch (which) {
			case PIN1 -> pin1;
			case PUK1 -> puk1;
			case PIN2 -> pin2;
			case PUK2 -> puk2;
			case PASSWORD -> null;
		};
	}

	/** Which of the SIM's codes are on file (the page offers to show only those). */
	Set<LineSecret> storedSecrets() {
		Set<LineSecret> stored = EnumSet.noneOf(LineSecret.class);
		for (LineSecret s : LineSecret.values()) {
			if (s.onSim() && secret(s) != null) {
				stored.add(s);
			}
		}
		return stored;
	}

	UUID id() {
		return id;
	}

	String iccid() {
		return iccid;
	}

	String imsi() {
		return imsi;
	}

	String hlr() {
		return hlr;
	}

	Instant installedAt() {
		return installedAt;
	}

	@Override
	public String toString() {
		return "SimCard[" + iccid + ", " + status + "]";
	}
}
