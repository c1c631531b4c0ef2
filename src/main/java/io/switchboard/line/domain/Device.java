package io.switchboard.line.domain;

import io.switchboard.line.EquipmentStatus;
import io.switchboard.shared.Imei;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The handset (or modem) a line is used in, known by its IMEI, ESN or MEID; REPLACED when swapped. */
@Entity(name = "LineDevice")
@Table(name = "line_device")
class Device {

	@Id
	private UUID id;

	private String equipmentId;

	@Enumerated(EnumType.STRING)
	private Imei.Kind equipmentIdType;

	private String make;

	private String model;

	@Enumerated(EnumType.STRING)
	private EquipmentStatus status;

	private Instant attachedAt;

	protected Device() {
	}

	boolean active() {
		return status == EquipmentStatus.ACTIVE;
	}

	String equipmentId() {
		return equipmentId;
	}

	Imei.Kind equipmentIdType() {
		return equipmentIdType;
	}

	String make() {
		return make;
	}

	String model() {
		return model;
	}

	Instant attachedAt() {
		return attachedAt;
	}

	@Override
	public String toString() {
		return "Device[" + equipmentIdType + " " + equipmentId + ", " + status + "]";
	}
}
