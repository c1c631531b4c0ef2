package io.switchboard.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.agent.Role;
import io.switchboard.catalog.LineType;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.CustomerImport.NewCustomer;
import io.switchboard.customer.CustomerType;
import io.switchboard.line.LineImport.NewLine;
import io.switchboard.line.LineStatus;
import io.switchboard.partner.PartnerApi.NewPartner;
import io.switchboard.partner.PartnerType;
import io.switchboard.shared.PaymentType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoGeneratorTests {

	static final long SEED = 20261122L;
	static final LocalDate ANCHOR = LocalDate.of(2026, 5, 20);

	final DemoGenerator generator = new DemoGenerator(SEED, ANCHOR);
	final ReferenceData reference = generator.reference();
	final Tenancy tenancy = reference.tenancy();

	@Test
	void sameSeedAndChunkGiveTheSameRecordsKeysIncluded() {
		DemoGenerator again = new DemoGenerator(SEED, ANCHOR);

		assertThat(again.reference()).isEqualTo(reference);
		assertThat(again.wellKnown(again.reference().tenancy())).isEqualTo(generator.wellKnown(tenancy));
		assertThat(again.chunk(3, 1000, again.reference().tenancy())).isEqualTo(generator.chunk(3, 1000, tenancy));
	}

	@Test
	void aChunkDependsOnlyOnTheSeedAndItsIndex() {
		Chunk alone = new DemoGenerator(SEED, ANCHOR).chunk(7, 1000, tenancy);

		for (int k = 0; k < 7; k++) {
			generator.chunk(k, 1000, tenancy);
		}

		assertThat(generator.chunk(7, 1000, tenancy)).isEqualTo(alone);
	}

	@Test
	void aPartialChunkIsTheStartOfTheFullOne() {
		Chunk full = generator.chunk(0, 1000, tenancy);
		Chunk part = generator.chunk(0, 300, tenancy);

		assertThat(part.customers()).isEqualTo(full.customers().subList(0, 300));
		assertThat(part.lines()).isEqualTo(full.lines().subList(0, part.lines().size()));
	}

	@Test
	void anotherSeedGivesOtherCustomersUnderTheSameNumbers() {
		Chunk other = new DemoGenerator(SEED + 1, ANCHOR).chunk(0, 50, tenancy);
		Chunk mine = generator.chunk(0, 50, tenancy);

		assertThat(other.customers().getFirst().customerNumber()).isEqualTo(mine.customers().getFirst().customerNumber());
		assertThat(names(other)).isNotEqualTo(names(mine));
		assertThat(other.customers().getFirst().id()).isNotEqualTo(mine.customers().getFirst().id());
	}

	@Test
	void keysOfLaterChunksSortAfterEarlierOnesSoLoadsAppendToIndexes() {
		UUID lastOfFirst = generator.chunk(0, 1000, tenancy).lines().getLast().id();
		UUID firstOfSecond = generator.chunk(1, 1000, tenancy).customers().getFirst().id();

		assertThat(BYTE_ORDER.compare(lastOfFirst, firstOfSecond)).isNegative();
		assertThat(firstOfSecond.version()).isEqualTo(7);
	}

	@Test
	void theIdentifierPlanHasRoomForMillionsAndRefusesAChunkBeyondIt() {
		long max = DemoGenerator.maxCustomers();
		int beyond = Math.toIntExact(max / DemoGenerator.CHUNK_SIZE);

		assertThat(max).isGreaterThanOrEqualTo(5_000_000);
		assertThat(generator.chunk(beyond - 1, 10, tenancy).customers()).hasSize(10);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.chunk(beyond, 10, tenancy))
			.hasMessageContaining("beyond the identifier plan");
	}

	@Test
	void customersHaveAboutOneAndAHalfLinesOrganisationsMore() {
		List<Chunk> chunks = List.of(generator.chunk(0, 1000, tenancy), generator.chunk(1, 1000, tenancy));
		long customers = chunks.stream().mapToLong(c -> c.customers().size()).sum();
		long lines = chunks.stream().mapToLong(c -> c.lines().size()).sum();
		Map<UUID, Long> linesPerCustomer = chunks.stream().flatMap(c -> c.lines().stream())
			.collect(Collectors.groupingBy(NewLine::customerId, Collectors.counting()));
		double organisations = chunks.stream().flatMap(c -> c.customers().stream())
			.filter(c -> c.type() == CustomerType.ORGANISATION)
			.mapToLong(c -> linesPerCustomer.getOrDefault(c.id(), 0L)).average().orElseThrow();
		double individuals = chunks.stream().flatMap(c -> c.customers().stream())
			.filter(c -> c.type() == CustomerType.INDIVIDUAL)
			.mapToLong(c -> linesPerCustomer.getOrDefault(c.id(), 0L)).average().orElseThrow();

		assertThat((double) lines / customers).isBetween(1.4, 1.6);
		assertThat(organisations).isGreaterThan(2 * individuals);
	}

	@Test
	void theMixHasSuspendedCancelledAndPendingLinesOfEveryType() {
		List<NewLine> lines = generator.chunk(0, 1000, tenancy).lines();
		Map<LineStatus, Long> byStatus = lines.stream().collect(Collectors.groupingBy(NewLine::status, Collectors.counting()));
		Map<LineType, Long> byType = lines.stream().collect(Collectors.groupingBy(NewLine::type, Collectors.counting()));

		assertThat(byStatus.get(LineStatus.ACTIVE)).isGreaterThan(lines.size() * 3L / 4);
		assertThat(byStatus).containsKeys(LineStatus.SUSPENDED, LineStatus.CANCELLED, LineStatus.PENDING);
		assertThat(byType.get(LineType.MOBILE)).isGreaterThan(lines.size() * 3L / 4);
		assertThat(byType).containsKeys(LineType.VOIP, LineType.BROADBAND);
		assertThat(lines).filteredOn(l -> l.type() == LineType.BROADBAND)
			.allSatisfy(l -> assertThat(l.mdn()).isNull())
			.allSatisfy(l -> assertThat(l.serviceUsername()).isNotBlank());
	}

	@Test
	void everyLineIsOnAPlanOfItsTypeAndItsAccountsPaymentTypeAndItsHistoryEndsThere() {
		Chunk chunk = generator.chunk(2, 1000, tenancy);
		Map<UUID, PaymentType> paymentTypes = chunk.customers().stream().flatMap(c -> c.accounts().stream())
			.collect(Collectors.toMap(a -> a.id(), a -> a.paymentType()));
		Map<String, PlanView> plans = reference.plans().stream().collect(Collectors.toMap(PlanView::code, Function.identity()));

		assertThat(chunk.lines()).allSatisfy(line -> {
			PlanView plan = plans.get(line.planCode());
			assertThat(plan.lineType()).isEqualTo(line.type());
			assertThat(plan.paymentType()).isEqualTo(paymentTypes.get(line.billingAccountId()));
			assertThat(line.planHistory().getLast().planCode()).isEqualTo(line.planCode());
			assertThat(line.planHistory().getLast().startedAt()).isEqualTo(line.planChangedAt());
		});
	}

	@Test
	void everyLineBelongsToAnAccountOfItsCustomerAndStartsAfterItWasOpened() {
		Chunk chunk = generator.chunk(4, 1000, tenancy);
		Map<UUID, NewCustomer> customers = chunk.customers().stream()
			.collect(Collectors.toMap(NewCustomer::id, Function.identity()));

		assertThat(chunk.lines()).allSatisfy(line -> {
			NewCustomer customer = customers.get(line.customerId());
			var account = customer.accounts().stream().filter(a -> a.id().equals(line.billingAccountId())).findFirst();
			assertThat(account).isPresent();
			java.time.Instant start = line.activatedAt() != null ? line.activatedAt() : line.statusChangedAt();
			assertThat(start).isAfterOrEqualTo(
					account.get().contractDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
			assertThat(start).isAfterOrEqualTo(line.createdAt());
			assertThat(line.statusChangedAt()).isAfterOrEqualTo(start);
		});
	}

	@Test
	void theOperatorHasAnMvnoAndTwoResellersBeneathIt() {
		Map<String, NewPartner> partners = reference.partners().stream()
			.collect(Collectors.toMap(NewPartner::name, Function.identity()));
		NewPartner operator = partners.get("Switchboard Mobile");

		assertThat(operator.type()).isEqualTo(PartnerType.OPERATOR);
		assertThat(operator.regions()).containsExactly("US", "RU");
		assertThat(operator.currency()).isEqualTo("USD");
		assertThat(operator.timeZone()).isEqualTo("America/New_York");
		assertThat(partners.get("Bluewave Wireless").type()).isEqualTo(PartnerType.RESELLER);
		assertThat(partners.get("Связь-Плюс").currency()).isEqualTo("RUB");
		assertThat(partners.values()).filteredOn(p -> p.type() == PartnerType.MVNO).hasSize(1);
		assertThat(partners.values()).filteredOn(p -> p != operator)
			.allSatisfy(p -> assertThat(p.parentId()).isEqualTo(operator.id()));
	}

	@Test
	void theCatalogHasEightToTwelvePlansAndAboutTwentyFeatures() {
		assertThat(reference.plans()).hasSizeBetween(8, 12);
		assertThat(reference.features()).hasSizeBetween(18, 25);
		assertThat(reference.plans()).extracting(PlanView::lineType).contains(LineType.values());
		assertThat(reference.plans()).filteredOn(p -> p.monthlyFee().currency().equals("RUB")).isNotEmpty();
		assertThat(reference.plans()).filteredOn(p -> p.paymentType() == PaymentType.POSTPAID)
			.allSatisfy(p -> assertThat(p.commitmentMonths()).isPositive());
	}

	@Test
	void thereAreDemoLoginsOfEveryRoleAndGeneratedSigningAgents() {
		Map<String, ReferenceData.Agent> agents = reference.agents().stream()
			.collect(Collectors.toMap(ReferenceData.Agent::username, Function.identity()));

		assertThat(agents.keySet()).contains("agent", "manager", "backoffice", "admin", "reseller", "mvno",
				"operator.ru");
		assertThat(agents.get("manager").roles()).containsExactlyInAnyOrder(Role.AGENT, Role.MANAGER);
		assertThat(agents.get("reseller").partner()).isEqualTo(DemoPartner.BLUEWAVE);
		assertThat(agents.get("operator.ru").language()).isEqualTo("ru");
		assertThat(agents.get("operator.ru").timeZone()).isEqualTo("Europe/Moscow");
		assertThat(reference.agents()).flatExtracting(a -> a.roles()).contains(Role.values());
		assertThat(reference.agents()).filteredOn(a -> a.signsFor() != null).hasSizeBetween(18, 24)
			.allSatisfy(a -> assertThat(a.password()).isNull());
		assertThat(reference.agents()).filteredOn(a -> a.signsFor() == null)
			.allSatisfy(a -> assertThat(a.password()).isEqualTo(a.username()));
	}

	@Test
	void customersAreSignedByAnAgentOfTheirOwnPartner() {
		Map<UUID, DemoPartner> partnerOfAgent = reference.agents().stream()
			.collect(Collectors.toMap(ReferenceData.Agent::id, ReferenceData.Agent::partner));
		Map<UUID, DemoPartner> partnerById = java.util.Arrays.stream(DemoPartner.values())
			.collect(Collectors.toMap(tenancy::partnerId, Function.identity()));

		assertThat(generator.chunk(0, 1000, tenancy).customers()).allSatisfy(
				c -> assertThat(partnerOfAgent.get(c.signingAgentId())).isEqualTo(partnerById.get(c.partnerId())));
	}

	private static Set<String> names(Chunk chunk) {
		return chunk.customers().stream().map(NewCustomer::lastName).collect(Collectors.toSet());
	}

	/** PostgreSQL and H2 order UUIDs by their bytes, as unsigned. */
	static final Comparator<UUID> BYTE_ORDER = Comparator
		.comparing((UUID u) -> u.getMostSignificantBits(), Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
}
