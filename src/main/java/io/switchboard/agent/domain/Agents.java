package io.switchboard.agent.domain;

import io.switchboard.agent.AgentApi;
import io.switchboard.agent.AgentView;
import io.switchboard.platform.i18n.LanguagePreferences;
import io.switchboard.platform.i18n.SupportedLanguages;
import io.switchboard.shared.SwitchboardException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class Agents implements AgentApi, LanguagePreferences {

	private final AgentRepository agents;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final SupportedLanguages languages;

	Agents(AgentRepository agents, PasswordEncoder passwords, Clock clock, SupportedLanguages languages) {
		this.agents = agents;
		this.passwords = passwords;
		this.clock = clock;
		this.languages = languages;
	}

	@Override
	public Optional<AgentView> find(UUID agentId) {
		return agents.findById(agentId).map(Agent::view);
	}

	@Override
	public Optional<AgentView> findByUsername(String username) {
		return agents.findByUsername(normalise(username)).map(Agent::view);
	}

	@Override
	public Map<UUID, AgentView> findAll(Collection<UUID> agentIds) {
		if (agentIds.isEmpty()) {
			return Map.of();
		}
		return agents.findByIdIn(agentIds).stream().map(Agent::view).collect(Collectors.toMap(AgentView::id, a -> a));
	}

	@Override
	public Map<String, AgentView> findAllByUsername(Collection<String> usernames) {
		Map<String, String> asGiven = new HashMap<>();
		usernames.stream().filter(Objects::nonNull).forEach(u -> asGiven.put(normalise(u), u));
		if (asGiven.isEmpty()) {
			return Map.of();
		}
		return agents.findByUsernameIn(asGiven.keySet()).stream().map(Agent::view)
			.collect(Collectors.toMap(a -> asGiven.get(a.username()), a -> a));
	}

	@Override
	@Transactional
	public AgentView create(NewAgent agent) {
		String username = normalise(agent.username());
		if (!username.matches("[a-z0-9._-]{2,64}")) {
			throw new SwitchboardException("AGENT_USERNAME_INVALID", agent.username());
		}
		if (agents.findByUsername(username).isPresent()) {
			throw new SwitchboardException("AGENT_USERNAME_TAKEN", username);
		}
		ZoneId.of(agent.timeZone());
		return agents.save(new Agent(agent.id(), username, agent.displayName(), passwords.encode(agent.rawPassword()),
				agent.partnerId(), agent.roles(), languages.of(agent.language()).getLanguage(),
				agent.timeZone(), agent.approvalLimit(), clock.instant())).view();
	}

	@Override
	public long count() {
		return agents.count();
	}

	@Override
	@Transactional
	public void remember(UUID agentId, Locale language) {
		agents.findById(agentId).ifPresent(agent -> agent.chooseLanguage(language.getLanguage()));
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
