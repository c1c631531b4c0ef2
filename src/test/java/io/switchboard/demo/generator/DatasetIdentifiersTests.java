package io.switchboard.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.switchboard.customer.CustomerImport.NewAccount;
import io.switchboard.customer.CustomerImport.NewContact;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerImport.NewRelatedParty;
import io.switchboard.customer.TaxIdType;
import io.switchboard.line.LineImport.NewLine;
import io.switchboard.shared.Iccid;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Inn;
import io.switchboard.shared.Luhn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Across a generation of 5,000 customers (plus the well-known three), the identifiers agents search by
 * are valid and unique, and none repeats a well-known customer's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetIdentifiersTests {

	static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	final List<NewCustomer> customers = new ArrayList<>();
	final List<NewLine> lines = new ArrayList<>();
	final List<NewCustomer> generatedCustomers = new ArrayList<>();
	final List<NewLine> generatedLines = new ArrayList<>();

	@BeforeAll
	void generate() {
		DemoGenerator generator = new DemoGenerator(DemoGeneratorTests.SEED, DemoGeneratorTests.ANCHOR);
		Tenancy tenancy = generator.reference().tenancy();
		Chunk wellKnown = generator.wellKnown(tenancy);
		customers.addAll(wellKnown.customers());
		lines.addAll(wellKnown.lines());
		for (int k = 0; k < 5; k++) {
			Chunk chunk = generator.chunk(k, 1000, tenancy);
			generatedCustomers.addAll(chunk.customers());
			generatedLines.addAll(chunk.lines());
		}
		customers.addAll(generatedCustomers);
		lines.addAll(generatedLines);
		assertThat(generatedCustomers).hasSize(5000);
	}

	@Test
	void everyMdnIsValidAndUnique() {
		List<String> mdns = lines.stream().map(NewLine::mdn).filter(Objects::nonNull).toList();

		assertThat(mdns).hasSizeGreaterThan(6000).doesNotHaveDuplicates();
		assertThat(mdns).allSatisfy(mdn -> assertThat(validPhone(mdn)).as(mdn).isTrue());
	}

	@Test
	void contactAndForwardingNumbersAreValid() {
		Stream<String> contacts = customers.stream().flatMap(c -> c.contacts().stream()).map(NewContact::phoneE164);
		Stream<String> parties = customers.stream().flatMap(c -> c.relatedParties().stream())
			.map(NewRelatedParty::phoneE164);
		Stream<String> forwarding = lines.stream().map(NewLine::forwardingNumber);

		assertThat(Stream.of(contacts, parties, forwarding).flatMap(s -> s).filter(Objects::nonNull))
			.allSatisfy(number -> assertThat(validPhone(number)).as(number).isTrue());
	}

	@Test
	void everyIccidPassesLuhnAndIsUnique() {
		List<String> iccids = lines.stream().filter(l -> l.sim() != null).map(l -> l.sim().iccid()).toList();

		assertThat(iccids).hasSizeGreaterThan(6000).doesNotHaveDuplicates();
		assertThat(iccids).allSatisfy(iccid -> {
			assertThat(Luhn.isValid(iccid)).as(iccid).isTrue();
			assertThat(Iccid.isValid(iccid)).as(iccid).isTrue();
		});
		assertThat(lines.stream().filter(l -> l.sim() != null).map(l -> l.sim().imsi()))
			.doesNotHaveDuplicates()
			.allSatisfy(imsi -> assertThat(imsi).matches("(310260|310410|25001|25099)\\d{9,10}").hasSize(15));
	}

	@Test
	void everyImeiPassesLuhnAndIsUniqueAndEsnsAreUniqueToo() {
		List<String> imeis = lines.stream().filter(l -> l.device() != null && l.device().equipmentIdType() == Imei.Kind.IMEI)
			.map(l -> l.device().equipmentId()).toList();
		List<String> esns = lines.stream().filter(l -> l.device() != null && l.device().equipmentIdType() == Imei.Kind.ESN)
			.map(l -> l.device().equipmentId()).toList();

		assertThat(imeis).hasSizeGreaterThan(5000).doesNotHaveDuplicates();
		assertThat(imeis).allSatisfy(imei -> {
			assertThat(imei).hasSize(15);
			assertThat(Luhn.isValid(imei)).as(imei).isTrue();
			assertThat(Imei.parseOrNull(imei)).isEqualTo(new Imei(imei, Imei.Kind.IMEI));
		});
		assertThat(esns).isNotEmpty().doesNotHaveDuplicates()
			.allSatisfy(esn -> assertThat(Imei.parseOrNull(esn).kind()).isEqualTo(Imei.Kind.ESN));
	}

	@Test
	void everyInnPassesItsChecksum() {
		List<String> inns = customers.stream().filter(c -> c.taxIdType() == TaxIdType.INN).map(NewCustomer::taxId)
			.toList();

		assertThat(inns).hasSizeGreaterThan(100);
		assertThat(inns).allSatisfy(inn -> assertThat(Inn.isValid(inn)).as(inn).isTrue());
		assertThat(customers).filteredOn(c -> c.taxIdType() == TaxIdType.EIN)
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c.taxId()).matches("\\d{2}-\\d{7}"));
	}

	@Test
	void customerAccountAndContractNumbersAreUnique() {
		List<NewAccount> accounts = customers.stream().flatMap(c -> c.accounts().stream()).toList();

		assertThat(customers).extracting(NewCustomer::customerNumber).doesNotHaveDuplicates()
			.allSatisfy(n -> assertThat(n).matches("1\\d{5,}"));
		assertThat(accounts).extracting(NewAccount::accountNumber).doesNotHaveDuplicates()
			.allSatisfy(n -> assertThat(n).matches("\\d{7,}"));
		assertThat(accounts).extracting(NewAccount::contractNumber).doesNotHaveDuplicates()
			.allSatisfy(n -> assertThat(n).matches("Д-\\d{4}-\\d{4,}|C-\\d{4}-\\d{6,}"));
		assertThat(generatedCustomers.getFirst().customerNumber()).isEqualTo("100004");
		assertThat(generatedCustomers.getFirst().accounts().getFirst().accountNumber()).isEqualTo("1000004");
	}

	@Test
	void everyEmailIsOnAnExampleDomain() {
		Stream<String> contacts = customers.stream().flatMap(c -> c.contacts().stream()).map(NewContact::email);
		Stream<String> parties = customers.stream().flatMap(c -> c.relatedParties().stream()).map(NewRelatedParty::email);
		Stream<String> users = lines.stream().filter(l -> l.user() != null).map(l -> l.user().email());
		List<String> emails = Stream.of(contacts, parties, users).flatMap(s -> s).filter(Objects::nonNull).toList();

		assertThat(emails).hasSizeGreaterThan(4000)
			.allSatisfy(e -> assertThat(e).matches("[a-z0-9._-]+@example\\.(com|net|org)"));
	}

	@Test
	void noGeneratedRecordReusesAWellKnownIdentifier() {
		assertThat(generatedLines).extracting(NewLine::mdn)
			.doesNotContain("+12025550143", "+79161234567", "+79167654321", "+13055550199");
		assertThat(generatedLines).filteredOn(l -> l.sim() != null).extracting(l -> l.sim().iccid())
			.doesNotContain("89014103211118510720");
		assertThat(generatedLines).filteredOn(l -> l.device() != null).extracting(l -> l.device().equipmentId())
			.doesNotContain("356938035643809");
		assertThat(generatedCustomers).extracting(NewCustomer::customerNumber)
			.doesNotContain("100001", "100002", "100003");
		assertThat(generatedCustomers).extracting(NewCustomer::taxId).doesNotContain("7709123453");
		List<NewAccount> accounts = generatedCustomers.stream().flatMap(c -> c.accounts().stream()).toList();
		assertThat(accounts).extracting(NewAccount::accountNumber).doesNotContain("1000001", "1000002", "1000003");
		assertThat(accounts).extracting(NewAccount::contractNumber).doesNotContain("Д-2024-0001");
		assertThat(generatedCustomers.stream().flatMap(c -> c.contacts().stream()).map(NewContact::email))
			.doesNotContain("jane.doe@example.com");
	}

	@Test
	void surrogateKeysAreUniqueAcrossEveryTable() {
		List<UUID> ids = new ArrayList<>();
		for (NewCustomer c : customers) {
			ids.add(c.id());
			c.documents().forEach(d -> ids.add(d.id()));
			c.contacts().forEach(m -> ids.add(m.id()));
			c.relatedParties().forEach(p -> ids.add(p.id()));
			c.accounts().forEach(a -> ids.add(a.id()));
			c.flashNotes().forEach(n -> ids.add(n.id()));
		}
		for (NewLine l : lines) {
			ids.add(l.id());
			if (l.sim() != null) {
				ids.add(l.sim().id());
			}
			if (l.device() != null) {
				ids.add(l.device().id());
			}
			l.features().forEach(f -> ids.add(f.id()));
			l.planHistory().forEach(p -> ids.add(p.id()));
			l.featureHistory().forEach(e -> ids.add(e.id()));
		}

		assertThat(ids).doesNotHaveDuplicates();
	}

	private static boolean validPhone(String e164) {
		try {
			return PHONES.isValidNumber(PHONES.parse(e164, "ZZ"));
		}
		catch (NumberParseException e) {
			return false;
		}
	}
}
