package io.switchboard.line.domain;

import io.switchboard.line.EquipmentStatus;
import io.switchboard.line.LineImport;
import io.switchboard.platform.crypto.SecretCipher;
import io.switchboard.platform.jdbc.BulkWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes of lines with their SIM, device, features and histories: one COPY (or batch) per
 * table per call. PIN/PUK codes, service passwords and the user's identity document are encrypted here,
 * as the entities do.
 */
@Service
class LineImporter implements LineImport {

	private final BulkWriter bulk;
	private final SecretCipher cipher;
	private final JdbcClient jdbc;

	LineImporter(BulkWriter bulk, SecretCipher cipher, JdbcClient jdbc) {
		this.bulk = bulk;
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void importLines(List<NewLine> lines) {
		List<Object[]> rows = new ArrayList<>(lines.size());
		List<Object[]> sims = new ArrayList<>();
		List<Object[]> devices = new ArrayList<>();
		List<Object[]> features = new ArrayList<>();
		List<Object[]> featureHistory = new ArrayList<>();
		List<Object[]> planHistory = new ArrayList<>();
		for (NewLine l : lines) {
			LineUser u = l.user() == null ? new LineUser(null, null, null, null, null, null, null) : l.user();
			rows.add(new Object[] { l.id(), l.customerId(), l.billingAccountId(), l.type().name(), l.mdn(), l.carrier(),
					l.status().name(), l.statusReason(), l.statusChangedAt(), l.activatedAt(), l.planCode(),
					l.planChangedAt(), l.arpu() == null ? null : l.arpu().amount(),
					l.arpu() == null ? null : l.arpu().currency(), l.serviceUsername(),
					cipher.encrypt(l.servicePassword()), l.forwardingNumber(), l.forwardingEnabled(), u.fullName(),
					u.dateOfBirth(), cipher.encrypt(u.document()), u.phone(), u.email(), u.address(), u.notes(), 0L, l.createdAt(),
					l.createdBy(), l.createdAt(), l.createdBy() });
			NewSim s = l.sim();
			if (s != null) {
				sims.add(new Object[] { s.id(), l.id(), s.iccid(), s.imsi(), cipher.encrypt(s.pin1()),
						cipher.encrypt(s.puk1()), cipher.encrypt(s.pin2()), cipher.encrypt(s.puk2()), s.hlr(),
						EquipmentStatus.ACTIVE.name(), s.installedAt() });
			}
			NewDevice d = l.device();
			if (d != null) {
				devices.add(new Object[] { d.id(), l.id(), d.equipmentId(), d.equipmentIdType().name(), d.make(),
						d.model(), EquipmentStatus.ACTIVE.name(), d.attachedAt() });
			}
			for (NewFeature f : l.features()) {
				features.add(new Object[] { f.id(), l.id(), f.featureCode(), f.status().name(), f.activatedAt(),
						f.deactivatedAt() });
			}
			for (FeatureEvent e : l.featureHistory()) {
				featureHistory.add(new Object[] { e.id(), l.id(), e.featureCode(), e.action().name(),
						e.operationStatus().name(), e.occurredAt(), e.actor() });
			}
			for (PlanPeriod p : l.planHistory()) {
				planHistory.add(new Object[] { p.id(), l.id(), p.planCode(), p.startedAt(), p.endedAt(), p.actor() });
			}
		}
		bulk.insert("line_service", List.of("id", "customer_id", "billing_account_id", "line_type", "mdn", "carrier",
				"status", "status_reason", "status_changed_at", "activated_at", "plan_code", "plan_changed_at", "arpu",
				"arpu_currency", "service_username", "service_password", "forwarding_number", "forwarding_enabled",
				"user_full_name", "user_date_of_birth", "user_document", "user_phone", "user_email", "user_address",
				"user_notes", "version", "created_at", "created_by", "updated_at", "updated_by"), rows);
		bulk.insert("line_sim", List.of("id", "line_id", "iccid", "imsi", "pin1", "puk1", "pin2", "puk2", "hlr", "status",
				"installed_at"), sims);
		bulk.insert("line_device", List.of("id", "line_id", "equipment_id", "equipment_id_type", "make", "model",
				"status", "attached_at"), devices);
		bulk.insert("line_feature", List.of("id", "line_id", "feature_code", "status", "activated_at",
				"deactivated_at"), features);
		bulk.insert("line_feature_history", List.of("id", "line_id", "feature_code", "action", "op_status",
				"occurred_at", "actor"), featureHistory);
		bulk.insert("line_plan_history", List.of("id", "line_id", "plan_code", "started_at", "ended_at", "actor"),
				planHistory);
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from line_service").query(Long.class).single();
	}
}
