package io.switchboard.demo.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The bill period a line's buckets count in: from the account's last bill cycle day on or before the
 * anchor day, for one month. {@code elapsed} is how far into it the anchor day is (0 to 1), which is
 * how much of an allowance a typical customer has used.
 */
record BillPeriod(Instant start, Instant end, double elapsed) {

	static BillPeriod of(LocalDate anchorDate, Integer billCycleDay) {
		int day = billCycleDay == null ? 1 : billCycleDay;
		LocalDate start = anchorDate.withDayOfMonth(Math.min(day, anchorDate.lengthOfMonth()));
		if (start.isAfter(anchorDate)) {
			LocalDate previous = anchorDate.minusMonths(1);
			start = previous.withDayOfMonth(Math.min(day, previous.lengthOfMonth()));
		}
		LocalDate end = start.plusMonths(1);
		double elapsed = (double) ChronoUnit.DAYS.between(start, anchorDate) / ChronoUnit.DAYS.between(start, end);
		return new BillPeriod(start.atStartOfDay(ZoneOffset.UTC).toInstant(),
				end.atStartOfDay(ZoneOffset.UTC).toInstant(), elapsed);
	}
}
