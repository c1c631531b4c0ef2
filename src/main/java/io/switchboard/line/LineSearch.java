package io.switchboard.line;

import io.switchboard.shared.Iccid;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Msisdn;
import java.util.Collection;
import java.util.List;

/**
 * Finds lines by the identifiers this module owns, each over its own index. Results are not yet
 * bounded by partner: the caller keeps only the customers its scope allows.
 */
public interface LineSearch {

	List<LineMatch> byMdn(Collection<Msisdn> numbers);

	List<LineMatch> byIccid(Iccid iccid);

	List<LineMatch> byEquipmentId(Imei equipmentId);
}
