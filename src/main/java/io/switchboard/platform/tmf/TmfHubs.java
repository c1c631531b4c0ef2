package io.switchboard.platform.tmf;

import io.switchboard.shared.Actor;
import io.switchboard.shared.Ids;
import io.switchboard.shared.PartnerScope;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * TMF630 event subscriptions ("hubs"): an integrating system registers a callback for one API's
 * events, optionally narrowed by a query ({@code eventType=TroubleTicketCreateEvent&priority=high}).
 * A subscription keeps the partner scope of the client that made it: it is told only about resources
 * that client could read, and only that client's partner can see or remove it.
 */
@Component
public class TmfHubs {

	/** The widest callback and query the table keeps (and TMF630's hub accepts here). */
	static final int MAX_CALLBACK = 2000;
	static final int MAX_QUERY = 2000;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean allowInternal;

	TmfHubs(JdbcClient jdbc, Clock clock, HubSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.allowInternal = settings.allowPrivateCallbacks();
	}

	public record Hub(UUID id, String api, String callback, String query, String clientId, PartnerScope scope,
			Instant createdAt) {

		/** The query's conditions; {@code eventType} among them names the events wanted. */
		public TmfQuery conditions() {
			return parseQuery(query);
		}
	}

	/**
	 * A subscriber's callback must lie on a public address: the server POSTs to it, so a callback into this
	 * machine or its network would let any API client reach what only the server should (see
	 * {@link CallbackAddresses}; {@code switchboard.api.hub.allow-private-callbacks=true} admits subscribers
	 * inside the operator's network). Every address the host resolves to must pass; the check is made again
	 * at every delivery, against the addresses the delivery connects to.
	 */
	static void refuseSpecialPurpose(String host, boolean allowInternal) {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException e) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "'callback' names a host that does not resolve: " + host
					+ ".");
		}
		for (InetAddress address : addresses) {
			CallbackAddresses.refusal(address, allowInternal).ifPresent(why -> {
				throw TmfException.badRequest("INVALID_ATTRIBUTE", "'callback' must be a public address; events are not "
						+ "sent into special-purpose or private networks (" + host + ": " + why + ").");
			});
		}
	}

	@Transactional
	public Hub register(String api, String callback, String query, Actor actor) {
		if (callback == null || callback.isBlank()) {
			throw TmfException.badRequest("MISSING_ATTRIBUTE", "'callback' is required: the URL events are POSTed to.");
		}
		TmfLimits.text("callback", callback, MAX_CALLBACK, false);
		if (query != null) {
			TmfLimits.text("query", query, MAX_QUERY, false);
		}
		URI uri;
		try {
			uri = new URI(callback.strip());
			if (!uri.isAbsolute() || !Set.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
				throw new URISyntaxException(callback, "not an absolute http(s) URL");
			}
		}
		catch (URISyntaxException e) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "'callback' must be an absolute http or https URL.");
		}
		if (uri.getRawUserInfo() != null) {
			// the delivery client does not send credentials from a URL, and they would show wherever the URL does
			throw TmfException.badRequest("INVALID_ATTRIBUTE",
					"'callback' must not hold a user name or password; put a token into its path or query instead.");
		}
		refuseSpecialPurpose(uri.getHost(), allowInternal);
		String normalised = query == null || query.isBlank() ? null : query.strip().replaceAll("\\s*=\\s*", "=");
		parseQuery(normalised);
		Hub hub = new Hub(Ids.next(), api, callback.strip(), normalised, actor.username(), actor.scope(),
				clock.instant());
		jdbc.sql("""
				INSERT INTO platform_tmf_hub (id, api, callback, query, client_id, scope_everyone, scope_partners, created_at)
				VALUES (:id, :api, :callback, :query, :client, :everyone, :partners, :createdAt)""")
			.param("id", hub.id())
			.param("api", api)
			.param("callback", hub.callback())
			.param("query", hub.query())
			.param("client", hub.clientId())
			.param("everyone", hub.scope().everyone())
			.param("partners", hub.scope().partnerIds().stream().map(UUID::toString).sorted()
				.collect(Collectors.joining(",")))
			.param("createdAt", OffsetDateTime.ofInstant(hub.createdAt(), ZoneOffset.UTC))
			.update();
		return hub;
	}

	/** A subscription, if it exists and the actor's partner made it. */
	public Optional<Hub> find(String api, UUID id, Actor actor) {
		return all(api, id).stream().filter(hub -> visibleTo(hub, actor)).findFirst();
	}

	@Transactional
	public boolean remove(String api, UUID id, Actor actor) {
		if (find(api, id, actor).isEmpty()) {
			return false;
		}
		return jdbc.sql("DELETE FROM platform_tmf_hub WHERE id = :id").param("id", id).update() == 1;
	}

	public List<Hub> subscribers(String api) {
		return all(api, null);
	}

	private List<Hub> all(String api, UUID id) {
		var statement = jdbc.sql("""
				SELECT id, api, callback, query, client_id, scope_everyone, scope_partners, created_at
				FROM platform_tmf_hub WHERE api = :api""" + (id == null ? "" : " AND id = :id") + " ORDER BY created_at")
			.param("api", api);
		if (id != null) {
			statement = statement.param("id", id);
		}
		return statement.query((rs, row) -> new Hub(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6) ? PartnerScope.EVERYONE : PartnerScope.of(partners(rs.getString(7))),
					rs.getObject(8, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The same client scope: operator clients see every subscription, others those of their own partners. */
	private static boolean visibleTo(Hub hub, Actor actor) {
		if (actor.scope().everyone()) {
			return true;
		}
		return !hub.scope().everyone() && actor.scope().partnerIds().containsAll(hub.scope().partnerIds());
	}

	private static Set<UUID> partners(String list) {
		return list == null || list.isBlank() ? Set.of()
				: Arrays.stream(list.split(",")).map(UUID::fromString).collect(Collectors.toSet());
	}

	static TmfQuery parseQuery(String query) {
		if (query == null || query.isBlank()) {
			return TmfQuery.parse(new org.springframework.util.LinkedMultiValueMap<>());
		}
		try {
			return TmfQuery.parse(UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams());
		}
		catch (IllegalArgumentException e) {
			throw TmfException.badRequest("INVALID_ATTRIBUTE", "'query' is not a valid filter: " + query);
		}
	}
}
