package io.switchboard.line.domain;

import io.switchboard.customer.CustomerMatch.MatchedField;
import io.switchboard.line.EquipmentStatus;
import io.switchboard.line.LineMatch;
import io.switchboard.line.LineSearch;
import io.switchboard.shared.Iccid;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Msisdn;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over this module's identifiers: each is one equality lookup on its own index
 * ({@code line_service.mdn}, {@code line_sim.iccid}, {@code line_device.equipment_id}). A SIM or a
 * device finds its line only while it is active there: a handset resold to someone else must not
 * lead to its previous owner. Values travel as bind parameters only.
 */
@Component
@Transactional(readOnly = true)
class LineSearchQueries implements LineSearch {

	static final int LIMIT = 50;

	static final String BY_MDN = "select l.id, l.customer_id, l.mdn from line_service l where l.mdn in (:numbers) limit :limit";
	static final String BY_ICCID = """
			select l.id, l.customer_id, s.iccid from line_sim s join line_service l on l.id = s.line_id
			where s.iccid = :iccid and s.status = :active limit :limit""";
	static final String BY_EQUIPMENT_ID = """
			select l.id, l.customer_id, d.equipment_id from line_device d join line_service l on l.id = d.line_id
			where d.equipment_id = :equipmentId and d.status = :active limit :limit""";

	private final JdbcClient jdbc;

	LineSearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LineMatch> byMdn(Collection<Msisdn> numbers) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(BY_MDN)
			.param("numbers", numbers.stream().map(Msisdn::e164).distinct().toList())
			.param("limit", LIMIT)
			.query((rs, row) -> new LineMatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					MatchedField.MDN, rs.getString(3)))
			.list();
	}

	@Override
	public List<LineMatch> byIccid(Iccid iccid) {
		return jdbc.sql(BY_ICCID)
			.param("iccid", iccid.value())
			.param("active", EquipmentStatus.ACTIVE.name())
			.param("limit", LIMIT)
			.query((rs, row) -> new LineMatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					MatchedField.ICCID, rs.getString(3)))
			.list();
	}

	@Override
	public List<LineMatch> byEquipmentId(Imei equipmentId) {
		return jdbc.sql(BY_EQUIPMENT_ID)
			.param("equipmentId", equipmentId.value())
			.param("active", EquipmentStatus.ACTIVE.name())
			.param("limit", LIMIT)
			.query((rs, row) -> new LineMatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					MatchedField.EQUIPMENT_ID, rs.getString(3)))
			.list();
	}
}
