package io.switchboard.customer.domain;

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

/**
 * On PostgreSQL, every identifier lookup of customer search is answered from an index. Sequential
 * scans are switched off for the check, so a lookup with no usable index shows up as one anyway
 * (the demo tables are small enough that the planner might otherwise prefer scanning them).
 */
@SwitchboardApplicationTest
class CustomerSearchPlanTests {

	QueryPlans plans;

	@BeforeEach
	void onPostgreSqlOnly(@Autowired DataSource dataSource, @Autowired TransactionTemplate transactions)
			throws Exception {
		plans = new QueryPlans(dataSource, transactions);
		plans.assumePostgreSql();
	}

	static List<Object[]> lookups() {
		String prefixes = CustomerSearchQueries.nameQuery(2, true)
			.replace(":from0", "'jane'").replace(":to0", "'janf'").replace(":from1", "'doe'").replace(":to1", "'dof'")
			.replace(":limit", "51");
		return List.of(
				new Object[] { "customer number", CustomerSearchQueries.BY_CUSTOMER_NUMBER, "customer_customer_number_key" },
				new Object[] { "account number", CustomerSearchQueries.BY_ACCOUNT_NUMBER,
						"customer_billing_account_account_number_key" },
				new Object[] { "contract number", CustomerSearchQueries.BY_CONTRACT,
						"customer_billing_account_contract_idx" },
				new Object[] { "e-mail", CustomerSearchQueries.BY_EMAIL, "customer_contact_medium_email_idx" },
				new Object[] { "tax id", CustomerSearchQueries.BY_TAX_ID, "customer_tax_id_idx" },
				new Object[] { "contact phone", CustomerSearchQueries.BY_CONTACT_PHONE,
						"customer_contact_medium_phone_idx" },
				new Object[] { "name words", prefixes, "customer_name_token_pkey" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lookups")
	void eachLookupUsesItsIndex(String what, String sql, String index) {
		String plan = plans.explain(sql.replace(":value", "'x'"));
		assertThat(plan).as("plan for %s:%n%s", what, plan).contains(index).doesNotContain("Seq Scan");
	}

}
