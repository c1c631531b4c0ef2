package io.switchboard.agent.domain;

import io.switchboard.agent.AgentView;
import io.switchboard.agent.Role;
import io.switchboard.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person at the desk. Logs in with a username and a password (only its hash is kept), works for
 * one partner, holds roles, and may approve adjustments up to its limit. The language it last chose
 * is remembered for its next login.
 */
@Entity
@Table(name = "agent")
class Agent {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String passwordHash;

	private UUID partnerId;

	private String language;

	private String timeZone;

	private BigDecimal approvalLimit;

	private String approvalCurrency;

	private boolean enabled;

	@Version
	private long version;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agent_role", joinColumns = @JoinColumn(name = "agent_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected Agent() {
	}

	Agent(UUID id, String username, String displayName, String passwordHash, UUID partnerId, Set<Role> roles,
			String language, String timeZone, Money approvalLimit, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.partnerId = partnerId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.language = language;
		this.timeZone = timeZone;
		this.approvalLimit = approvalLimit.amount();
		this.approvalCurrency = approvalLimit.currency();
		this.enabled = true;
		this.createdAt = createdAt;
	}

	void chooseLanguage(String language) {
		this.language = language;
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	AgentView view() {
		return new AgentView(id, username, displayName, partnerId, Set.copyOf(roles), language, timeZone,
				Money.of(approvalLimit, approvalCurrency), enabled);
	}
}
