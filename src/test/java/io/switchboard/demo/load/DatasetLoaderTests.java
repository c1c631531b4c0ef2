package io.switchboard.demo.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.customer.CustomerImport;
import io.switchboard.customer.CustomerSearch;
import io.switchboard.demo.LoadSettings;
import io.switchboard.line.LineImport;
import io.switchboard.partner.PartnerApi;
import io.switchboard.shared.PartnerScope;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The loader on a database of its own (not the shared test database): it loads into an empty
 * database, refuses to mix into one that holds customers, and appends after the last loaded chunk
 * when told to.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:dataset-loader;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"switchboard.demo.enabled=false" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatasetLoaderTests {

	static final LoadSettings SETTINGS = new LoadSettings(null, false, 2, 4, "log");

	@Autowired
	DatasetLoader loader;

	@Autowired
	CustomerImport customers;

	@Autowired
	LineImport lines;

	@Autowired
	CustomerSearch search;

	@Autowired
	PartnerApi partners;

	@Test
	@Order(1)
	void loadsTheDemoOperatorAndTheCustomersIntoAnEmptyDatabase() {
		DatasetLoader.Report report = loader.load(1500, false, SETTINGS);

		assertThat(report.customers()).isEqualTo(1500);
		assertThat(report.chunks()).isEqualTo(2);
		assertThat(customers.count()).isEqualTo(1503);
		assertThat(lines.count()).isEqualTo(report.lines() + 4);
		assertThat(report.lines()).isBetween(2000L, 2500L);
		assertThat(report.rows()).isGreaterThan(30L * 1500);
		assertThat(partners.findByCode("SWITCHBOARD")).isPresent();
		assertThat(search.byCustomerNumber("100001", PartnerScope.EVERYONE)).hasSize(1);
		assertThat(search.byCustomerNumber("101503", PartnerScope.EVERYONE)).hasSize(1);
	}

	@Test
	@Order(2)
	void refusesADatabaseThatAlreadyHoldsCustomers() {
		assertThatThrownBy(() -> loader.load(1000, false, SETTINGS))
			.isInstanceOf(DatasetLoader.DatasetRefused.class)
			.hasMessageContaining("already holds 1,503 customers");
		assertThat(customers.count()).isEqualTo(1503);
	}

	@Test
	@Order(3)
	void appendsAfterTheLastLoadedChunk() {
		DatasetLoader.Report report = loader.load(1000, true, SETTINGS);

		assertThat(report.firstChunk()).isEqualTo(2);
		assertThat(customers.count()).isEqualTo(2503);
		assertThat(search.byCustomerNumber("102004", PartnerScope.EVERYONE)).hasSize(1);
		assertThat(partners.all()).hasSize(4);
	}

	@Test
	@Order(4)
	void refusesMoreCustomersThanTheIdentifierPlanNumbersBeforeWritingAny() {
		long before = customers.count();

		assertThatThrownBy(() -> loader.load(100_000_000, true, SETTINGS))
			.isInstanceOf(DatasetLoader.DatasetRefused.class)
			.hasMessageContaining("without repeating");
		assertThat(customers.count()).isEqualTo(before);
	}
}
