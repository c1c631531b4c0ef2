package io.switchboard.customer.domain;

import io.switchboard.audit.AuditApi;
import io.switchboard.audit.AuditApi.AuditSubject;
import io.switchboard.customer.BillingAccountView;
import io.switchboard.customer.CustomerApi;
import io.switchboard.customer.CustomerHeader;
import io.switchboard.customer.CustomerSummary;
import io.switchboard.customer.FlashNoteView;
import io.switchboard.customer.RelatedPartyView;
import io.switchboard.shared.Actor;
import io.switchboard.shared.NotFoundException;
import io.switchboard.shared.PartnerScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class Customers implements CustomerApi {

	private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");

	private final CustomerRepository customers;
	private final BillingAccountRepository accounts;
	private final FlashNoteRepository notes;
	private final RecentlyOpened recent;
	private final AuditApi audit;
	private final Clock clock;

	Customers(CustomerRepository customers, BillingAccountRepository accounts, FlashNoteRepository notes,
			RecentlyOpened recent, AuditApi audit, Clock clock) {
		this.customers = customers;
		this.accounts = accounts;
		this.notes = notes;
		this.recent = recent;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public CustomerHeader get(String customerNumber, PartnerScope scope) {
		return visible(customerNumber, scope).header();
	}

	/** The customer with this number if the scope allows it; otherwise not found, as if it did not exist. */
	Customer visible(String customerNumber, PartnerScope scope) {
		return customers.findByCustomerNumber(customerNumber == null ? "" : customerNumber.strip())
			.filter(c -> scope.allows(c.partnerId()))
			.orElseThrow(() -> new NotFoundException("CUSTOMER_NOT_FOUND", customerNumber));
	}

	@Override
	public Optional<CustomerHeader> findById(UUID customerId, PartnerScope scope) {
		return customers.findById(customerId).filter(c -> scope.allows(c.partnerId())).map(Customer::header);
	}

	@Override
	public Map<UUID, CustomerSummary> summaries(Collection<UUID> ids, PartnerScope scope) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, CustomerSummary> found = customers.findByIdIn(ids).stream()
			.filter(c -> scope.allows(c.partnerId()))
			.collect(Collectors.toMap(Customer::id, Customer::summary));
		Map<UUID, CustomerSummary> ordered = new LinkedHashMap<>();
		ids.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
		return ordered;
	}

	@Override
	public List<BillingAccountView> accounts(UUID customerId) {
		List<BillingAccount> list = accounts.findByCustomerId(customerId);
		if (list.isEmpty()) {
			return List.of();
		}
		Customer customer = customers.findById(customerId).orElseThrow();
		Map<UUID, String> parties = customer.relatedParties().stream()
			.collect(Collectors.toMap(RelatedParty::id, RelatedParty::name));
		return list.stream()
			.map(a -> a.view(a.primaryPartyId() == null ? customer.displayName() : parties.get(a.primaryPartyId())))
			.toList();
	}

	@Override
	public Optional<BillingAccountView> account(UUID billingAccountId) {
		return accounts.findById(billingAccountId).flatMap(a -> accounts(a.customerId()).stream()
			.filter(v -> v.id().equals(billingAccountId)).findFirst());
	}

	@Override
	public List<RelatedPartyView> relatedParties(UUID customerId) {
		return byId(customerId).relatedParties().stream().map(RelatedParty::view).toList();
	}

	@Override
	public boolean identityDocumentEndsWith(UUID customerId, String last4) {
		if (last4 == null || !LAST_FOUR.matcher(last4).matches()) {
			return false;
		}
		return byId(customerId).documents().stream()
			.map(IdentityDocument::number)
			.filter(Objects::nonNull)
			.map(number -> number.replaceAll("[^0-9A-Za-z]", ""))
			.anyMatch(number -> number.endsWith(last4));
	}

	@Override
	public boolean hasIdentityDocument(UUID customerId) {
		return !byId(customerId).documents().isEmpty();
	}

	@Override
	public boolean dateOfBirthIs(UUID customerId, LocalDate dateOfBirth) {
		return dateOfBirth != null && dateOfBirth.equals(byId(customerId).dateOfBirth());
	}

	@Override
	public boolean isPrimaryParty(UUID billingAccountId, UUID customerId, UUID partyId) {
		return billingAccountId != null && customerId != null && accounts.findById(billingAccountId)
			.filter(a -> a.customerId().equals(customerId))
			.map(a -> Objects.equals(a.primaryPartyId(), partyId))
			.orElse(false);
	}

	/** The customer, whatever the scope: for checks that answer yes or no, and for other services here. */
	Customer byId(UUID customerId) {
		return customers.findById(customerId).orElseThrow(() -> new NotFoundException("CUSTOMER_NOT_FOUND", customerId));
	}

	@Override
	public List<FlashNoteView> flashNotes(UUID customerId) {
		return notes.findActive(customerId, clock.instant()).stream().map(FlashNote::view).toList();
	}

	@Override
	@Transactional
	public void opened(UUID customerId, Actor actor) {
		Customer customer = customers.findById(customerId)
			.filter(c -> actor.scope().allows(c.partnerId()))
			.orElseThrow(() -> new NotFoundException("CUSTOMER_NOT_FOUND", customerId));
		if (actor.agentId() != null) {
			recent.touch(actor.agentId(), customerId, clock.instant());
		}
		audit.record(actor, "CUSTOMER_OPENED", new AuditSubject("CUSTOMER", customer.customerNumber()), customerId,
				List.of());
	}

	@Override
	public List<CustomerSummary> recentlyOpened(Actor actor, int limit) {
		if (actor.agentId() == null) {
			return List.of();
		}
		List<UUID> ids = recent.of(actor.agentId(), limit);
		Map<UUID, CustomerSummary> byId = summaries(ids, actor.scope());
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	Map<UUID, Customer> byIds(Collection<UUID> ids) {
		return customers.findByIdIn(ids).stream().collect(Collectors.toMap(Customer::id, Function.identity()));
	}
}
