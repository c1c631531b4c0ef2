package io.switchboard.line;

import io.switchboard.support.SwitchboardApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.audit.AuditEntryView;
import io.switchboard.balance.BalanceImport;
import io.switchboard.catalog.CatalogApi;
import io.switchboard.catalog.PlanView;
import io.switchboard.customer.CustomerImport;
import io.switchboard.interaction.Channel;
import io.switchboard.interaction.Direction;
import io.switchboard.interaction.InteractionApi;
import io.switchboard.interaction.InteractionView;
import io.switchboard.line.LineTestData.Holder;
import io.switchboard.shared.ChangedBySomeoneElse;
import io.switchboard.line.domain.LineDetails;
import io.switchboard.line.domain.LineSecret;
import io.switchboard.line.domain.LineView;
import io.switchboard.line.domain.UserQuestionnaire;
import io.switchboard.partner.PartnerApi;
import io.switchboard.partner.PartnerRule;
import io.switchboard.partner.PartnerType;
import io.switchboard.partner.PartnerView;
import io.switchboard.shared.Iccid;
import io.switchboard.shared.Imei;
import io.switchboard.shared.Msisdn;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The line module on the real database: what other modules read, what search finds, what agents do. */
@SwitchboardApplicationTest
class LineModuleTests {

	@Autowired
	LineApi lineApi;

	@Autowired
	LineSearch search;

	@Autowired
	LineDetails details;

	@Autowired
	AuditApi audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	PartnerApi partners;

	LineTestData data;

	PartnerView operator;

	PartnerView reseller;

	PlanView plan;

	@BeforeEach
	void world(@Autowired CustomerImport customers, @Autowired CatalogApi catalog, @Autowired LineImport lines,
			@Autowired BalanceImport balances, @Autowired TransactionTemplate transactions) {
		data = new LineTestData(partners, customers, catalog, lines, balances, transactions);
		operator = data.partner(PartnerType.OPERATOR, null);
		reseller = data.partner(PartnerType.RESELLER, operator.id());
		plan = data.plan("Talk & Text 25", "TT25_PP");
	}

	@Test
	void linesComeActiveFirstThenSuspendedPendingCancelledAndByNumberWithin() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		UUID cancelled = data.line(jane, plan.code()).mdn("+12122000001").status(LineStatus.CANCELLED, "Moved away")
			.save();
		UUID pending = data.line(jane, plan.code()).mdn("+12122000002").status(LineStatus.PENDING, null).save();
		UUID activeB = data.line(jane, plan.code()).mdn("+12122000009").save();
		UUID suspended = data.line(jane, plan.code()).mdn("+12122000003").status(LineStatus.SUSPENDED, "Lost phone")
			.save();
		UUID activeA = data.line(jane, plan.code()).mdn("+12122000008").save();

		List<LineSummary> lines = lineApi.linesOf(jane.customerId());

		assertThat(lines).extracting(LineSummary::id).containsExactly(activeA, activeB, suspended, pending, cancelled);
		assertThat(lines.getFirst().deviceModel()).isEqualTo("iPhone 15");
		assertThat(lines.get(2).statusReason()).isEqualTo("Lost phone");
	}

	@Test
	void aLineIsVisibleExactlyWhenItsCustomerIs() {
		Holder resellers = data.customer(reseller.id(), "Carl", "Mendes");
		Holder operators = data.customer(operator.id(), "Olga", "Petrova");
		UUID own = data.line(resellers, plan.code()).save();
		UUID other = data.line(operators, plan.code()).save();
		PartnerScope resellerScope = PartnerScope.of(List.of(reseller.id()));

		assertThat(lineApi.find(own, resellerScope)).isPresent();
		assertThat(lineApi.find(other, resellerScope)).isEmpty();
		assertThat(lineApi.find(other, PartnerScope.EVERYONE)).isPresent();
		assertThat(lineApi.find(UUID.randomUUID(), PartnerScope.EVERYONE)).isEmpty();
		assertThatThrownBy(() -> details.view(other, resellerScope)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theMainNumberIsTheFirstActiveLinesElseAnyLineInOneQueryForAllCustomers() {
		Holder withActive = data.customer(operator.id(), "Ann", "Active");
		data.line(withActive, plan.code()).mdn("+12122000105").status(LineStatus.SUSPENDED, "Non-payment").save();
		data.line(withActive, plan.code()).mdn("+12122000107").save();
		data.line(withActive, plan.code()).mdn("+12122000106").save();
		Holder onlySuspended = data.customer(operator.id(), "Sam", "Suspended");
		data.line(onlySuspended, plan.code()).mdn("+12122000201").status(LineStatus.CANCELLED, null).save();
		data.line(onlySuspended, plan.code()).mdn("+12122000202").status(LineStatus.SUSPENDED, "Lost").save();
		Holder none = data.customer(operator.id(), "Nick", "None");

		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		Map<UUID, String> main = lineApi.mainMdns(List.of(withActive.customerId(), onlySuspended.customerId(),
				none.customerId()));

		assertThat(statistics.getPrepareStatementCount() - before).isEqualTo(1);
		assertThat(main).containsExactly(Map.entry(withActive.customerId(), "+12122000106"),
				Map.entry(onlySuspended.customerId(), "+12122000202"));
	}

	@Test
	void searchFindsTheLineByItsNumberSimAndHandset() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		String mdn = LineTestData.usNumber();
		String iccid = LineTestData.iccid();
		String imei = LineTestData.imei();
		UUID line = data.line(jane, plan.code()).mdn(mdn).iccid(iccid).imei(imei).save();

		assertThat(search.byMdn(List.of(new Msisdn(mdn), new Msisdn("+12122999999"))))
			.singleElement().satisfies(m -> {
				assertThat(m.lineId()).isEqualTo(line);
				assertThat(m.customerId()).isEqualTo(jane.customerId());
				assertThat(m.value()).isEqualTo(mdn);
			});
		assertThat(search.byIccid(new Iccid(iccid))).extracting(LineMatch::lineId).containsExactly(line);
		assertThat(search.byEquipmentId(Imei.parseOrNull(imei))).extracting(LineMatch::lineId).containsExactly(line);
		assertThat(search.byMdn(List.of())).isEmpty();
	}

	@Test
	void aSwappedOutSimOrHandsetNoLongerLeadsToTheLine() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		String iccid = LineTestData.iccid();
		String imei = LineTestData.imei();
		UUID line = data.line(jane, plan.code()).iccid(iccid).imei(imei).save();
		jdbc.sql("update line_sim set status = 'REPLACED' where line_id = :id").param("id", line).update();
		jdbc.sql("update line_device set status = 'REPLACED' where line_id = :id").param("id", line).update();

		assertThat(search.byIccid(new Iccid(iccid))).isEmpty();
		assertThat(search.byEquipmentId(Imei.parseOrNull(imei))).isEmpty();
	}

	@Test
	void codesAreStoredEncryptedAndReadOutOnlyThroughAnAuditedReveal(@Autowired InteractionApi interactions) {
		Holder jane = data.customer(operator.id(), "Jane", "Doe", "512340001");
		UUID line = data.line(jane, plan.code()).save();
		String storedPuk = jdbc.sql("select puk1 from line_sim where line_id = :id").param("id", line)
			.query(String.class).single();
		assertThat(storedPuk).isNotBlank().doesNotContain("12345678");
		// the caller proves who she is first: the reveal asks the customer module's gate
		InteractionView call = interactions.start(jane.customerNumber(), Channel.PHONE, Direction.IN,
				TestAgents.operatorAgent());
		interactions.verifyByDetails(call.number(), LocalDate.of(1980, 5, 17), "0001", TestAgents.operatorAgent());

		var revealed = details.reveal(line, LineSecret.PUK1, TestAgents.operatorAgent());

		assertThat(revealed.value()).isEqualTo("12345678");
		assertThat(revealed.toString()).doesNotContain("12345678");
		AuditEntryView entry = audit.forSubject(new AuditSubject("LINE", line.toString()), 1).getFirst();
		assertThat(entry.action()).isEqualTo("LINE_SECRET_REVEALED");
		assertThat(entry.actorUsername()).isEqualTo("anna.agent");
		assertThat(entry.changes()).extracting(AuditApi.Change::field).containsExactly("secret", "iccid");
		assertThat(entry.changes().getFirst().before()).isEqualTo("PUK1");
		assertThat(entry.changes().toString()).doesNotContain("12345678");
		assertThat(details.reveal(line, LineSecret.PASSWORD, TestAgents.operatorAgent()).value())
			.isEqualTo("s3cret-Pass");
	}

	@Test
	void aRevealOutsideTheAgentsScopeIsRefusedAndLeavesNoEntry() {
		Holder operators = data.customer(operator.id(), "Olga", "Petrova");
		UUID line = data.line(operators, plan.code()).save();

		assertThatThrownBy(() -> details.reveal(line, LineSecret.PIN1, TestAgents.resellerAgent(reseller.id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).isEmpty();
	}

	@Test
	void aLineWithoutASimHasNoCodesToReveal() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		UUID line = data.line(jane, plan.code()).noSim().save();

		assertThat(details.view(line, PartnerScope.EVERYONE).stored("pin1")).isFalse();
		assertThatThrownBy(() -> details.reveal(line, LineSecret.PIN1, TestAgents.operatorAgent()))
			.isInstanceOf(NotFoundException.class);
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).isEmpty();
	}

	@Test
	void theQuestionnaireIsSavedAndAuditedBeforeAndAfterWithTheDocumentMasked() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		UUID line = data.line(jane, plan.code()).save();
		long version = details.userSheet(line, PartnerScope.EVERYONE).version();
		UserQuestionnaire edit = new UserQuestionnaire("Tom Doe", LocalDate.of(2010, 2, 3), "P 4510 123456",
				"+12125550177", "tom@example.org", "1 Main St, Springfield", "Jane's son");

		List<String> changed = details.changeUser(line, version, edit, TestAgents.operatorAgent());

		assertThat(changed).contains("userFullName", "userDocument", "userPhone");
		var sheet = details.userSheet(line, PartnerScope.EVERYONE);
		assertThat(sheet.user()).isEqualTo(edit);
		assertThat(sheet.version()).isEqualTo(version + 1);
		assertThat(sheet.updatedBy()).isEqualTo("anna.agent");
		AuditEntryView entry = audit.forSubject(new AuditSubject("LINE", line.toString()), 1).getFirst();
		assertThat(entry.action()).isEqualTo("LINE_QUESTIONNAIRE_CHANGED");
		assertThat(entry.changes()).contains(new AuditApi.Change("userFullName", null, "Tom Doe"),
				new AuditApi.Change("userDocument", null, "••••56"));
		assertThat(entry.changes().toString()).doesNotContain("123456");
	}

	@Test
	void aSaveFromAnOlderVersionIsRefusedWithWhoAndWhenAndWritesNothing() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		UUID line = data.line(jane, plan.code()).save();
		long opened = details.userSheet(line, PartnerScope.EVERYONE).version();
		UserQuestionnaire first = new UserQuestionnaire("Tom Doe", null, null, null, null, null, null);
		details.changeUser(line, opened, first, TestAgents.otherOperatorAgent());

		UserQuestionnaire second = new UserQuestionnaire("Thomas Doe", null, null, null, "t@example.org", null, null);
		assertThatThrownBy(() -> details.changeUser(line, opened, second, TestAgents.operatorAgent()))
			.isInstanceOfSatisfying(ChangedBySomeoneElse.class, conflict -> {
				assertThat(conflict.changedBy()).isEqualTo("boris.agent");
				assertThat(conflict.currentVersion()).isEqualTo(opened + 1);
			});
		assertThat(details.userSheet(line, PartnerScope.EVERYONE).user()).isEqualTo(first);
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).hasSize(1);
	}

	@Test
	void savingTheSameAnswersWritesAndAuditsNothing() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		UUID line = data.line(jane, plan.code())
			.user(new LineImport.LineUser("Tom Doe", null, null, null, null, null, null))
			.save();
		long version = details.userSheet(line, PartnerScope.EVERYONE).version();

		assertThat(details.changeUser(line, version,
				new UserQuestionnaire("Tom Doe", null, null, null, null, null, null), TestAgents.operatorAgent()))
			.isEmpty();
		assertThat(details.userSheet(line, PartnerScope.EVERYONE).version()).isEqualTo(version);
		assertThat(audit.forSubject(new AuditSubject("LINE", line.toString()), 5)).isEmpty();
	}

	@Test
	void thePageViewBringsPlanFeaturesHistoriesContractAndBackOfficeLinks() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		PlanView before = data.plan("Starter 10", "ST10_PP");
		var voicemail = data.feature("Voicemail");
		partners.setRule(operator.id(), PartnerRule.BACKOFFICE_LINK_MNP, "https://mnp.example.net/port?msisdn={mdn}",
				"test");
		partners.setRule(operator.id(), PartnerRule.BACKOFFICE_LINK_TELINFO,
				"https://telinfo.example.net/devices/{imei}?iccid={iccid}", "test");
		String mdn = LineTestData.usNumber();
		UUID line = data.line(jane, plan.code()).mdn(mdn).previousPlan(before.code())
			.feature(voicemail.code(), FeatureStatus.ACTIVE)
			.save();

		LineView view = details.view(line, PartnerScope.EVERYONE);

		assertThat(view.plan().name()).isEqualTo("Talk & Text 25");
		assertThat(view.planHistory()).extracting(LineView.PlanChange::planName)
			.containsExactly("Talk & Text 25", "Starter 10");
		assertThat(view.features()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("Voicemail"));
		assertThat(view.featureHistory()).singleElement()
			.satisfies(e -> assertThat(e.operationStatus()).isEqualTo(OperationStatus.COMPLETED));
		assertThat(view.account().contractNumber()).isEqualTo(jane.contractNumber());
		assertThat(view.account().accountNumber()).isEqualTo(jane.accountNumber());
		assertThat(view.customer().customerNumber()).isEqualTo(jane.customerNumber());
		assertThat(view.sim().secrets()).containsExactlyInAnyOrder(LineSecret.PIN1, LineSecret.PUK1, LineSecret.PIN2,
				LineSecret.PUK2);
		assertThat(view.link("MNP").url()).isEqualTo("https://mnp.example.net/port?msisdn=" + mdn.substring(1));
		assertThat(view.link("TELINFO").url()).startsWith("https://telinfo.example.net/devices/" + view.device()
			.equipmentId() + "?iccid=" + view.sim().iccid());
		assertThat(view.link("CSM")).isNull();
	}

	@Test
	void historiesNameThePeopleBehindTheLogins() {
		Holder jane = data.customer(operator.id(), "Jane", "Doe");
		PlanView before = data.plan("Starter 10", "ST10_PP");
		var voicemail = data.feature("Voicemail");
		UUID byAlex = data.line(jane, plan.code()).changedBy("agent").previousPlan(before.code())
			.feature(voicemail.code(), FeatureStatus.ACTIVE)
			.save();
		UUID byAFormerColleague = data.line(jane, plan.code()).changedBy("someone.who.left")
			.feature(voicemail.code(), FeatureStatus.ACTIVE)
			.save();

		LineView view = details.view(byAlex, PartnerScope.EVERYONE);

		// the demo's "agent" login is Alex Morgan; the plan before was set by the system itself
		assertThat(view.planHistory()).extracting(LineView.PlanChange::actorName)
			.containsExactly("Alex Morgan", "Switchboard");
		assertThat(view.featureHistory()).extracting(LineView.FeatureEvent::actorName).containsExactly("Alex Morgan");
		assertThat(details.view(byAFormerColleague, PartnerScope.EVERYONE).featureHistory())
			.extracting(LineView.FeatureEvent::actorName)
			.as("a login that is no agent has no name here (the page shows it as recorded)")
			.containsOnlyNulls();
	}
}
