package io.switchboard.agent.domain;

import io.switchboard.agent.AgentView;
import io.switchboard.platform.security.ActorPrincipal;
import io.switchboard.shared.Actor;
import io.switchboard.shared.PartnerScope;
import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in agent: Spring Security's user, and the platform's actor. */
final class AgentDetails implements UserDetails, CredentialsContainer, ActorPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;
	private final String language;
	private final String timeZone;
	private final boolean enabled;
	private final String partnerName;
	private String passwordHash;

	AgentDetails(AgentView agent, String passwordHash, PartnerScope scope, String partnerName) {
		this.actor = new Actor(agent.id(), agent.username(), agent.displayName(), agent.partnerId(), scope,
				agent.roles().stream().map(Enum::name).collect(Collectors.toSet()));
		this.language = agent.language();
		this.timeZone = agent.timeZone();
		this.enabled = agent.enabled();
		this.partnerName = partnerName;
		this.passwordHash = passwordHash;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Locale language() {
		return Locale.forLanguageTag(language);
	}

	@Override
	public ZoneId timeZone() {
		return ZoneId.of(timeZone);
	}

	@Override
	public String partnerName() {
		return partnerName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AgentDetails[" + actor.username() + ", roles=" + List.copyOf(actor.roles()) + "]";
	}
}
