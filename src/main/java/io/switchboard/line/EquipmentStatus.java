package io.switchboard.line;

/** A SIM or device is ACTIVE on its line until it is swapped (REPLACED). */
public enum EquipmentStatus {
	ACTIVE, REPLACED
}
