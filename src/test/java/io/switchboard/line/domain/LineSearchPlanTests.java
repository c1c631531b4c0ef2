package io.switchboard.line.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.QueryPlans;
import io.switchboard.support.SwitchboardApplicationTest;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** On PostgreSQL, looking a line up by MDN, ICCID or IMEI/ESN is answered from an index (see CustomerSearchPlanTests). */
@SwitchboardApplicationTest
class LineSearchPlanTests {

	QueryPlans plans;

	@BeforeEach
	void onPostgreSqlOnly(@Autowired DataSource dataSource, @Autowired TransactionTemplate transactions)
			throws Exception {
		plans = new QueryPlans(dataSource, transactions);
		plans.assumePostgreSql();
	}

	static List<Object[]> lookups() {
		return List.of(
				new Object[] { "MDN", LineSearchQueries.BY_MDN.replace(":numbers", "'+12025550143', '+2025550143'"),
						"line_service_mdn_idx" },
				new Object[] { "ICCID", LineSearchQueries.BY_ICCID.replace(":iccid", "'89014103211118510720'"),
						"line_sim_iccid_key" },
				new Object[] { "IMEI/ESN", LineSearchQueries.BY_EQUIPMENT_ID.replace(":equipmentId", "'356938035643809'"),
						"line_device_equipment_idx" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lookups")
	void eachLookupUsesItsIndex(String what, String sql, String index) {
		String plan = plans.explain(sql.replace(":active", "'ACTIVE'").replace(":limit", "50"));
		assertThat(plan).as("plan for %s:%n%s", what, plan).contains(index).doesNotContain("Seq Scan");
	}
}
