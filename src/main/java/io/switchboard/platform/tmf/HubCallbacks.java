package io.switchboard.platform.tmf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * POSTs one event to one subscriber's callback, and says how it went. The client connects only to
 * addresses it has checked: every resolution of the callback's host, at every attempt, goes through
 * {@link CallbackAddresses}, so a name that pointed to a public address at registration and points
 * into the private network now (DNS rebinding) is refused before any connection is made. Redirects are
 * not followed, no proxy is used, and an attempt never outlasts the delivery timeout: connecting,
 * reading and a subscriber dripping its answer byte by byte are all cut off at that deadline.
 */
final class HubCallbacks implements AutoCloseable {

	/** What an attempt came to. {@code answered}: the subscriber was reached and gave an HTTP answer. */
	record Outcome(boolean delivered, boolean answered, String error) {

		static final Outcome DELIVERED = new Outcome(true, true, null);

		static Outcome refusedBySubscriber(int status) {
			return new Outcome(false, true, "HTTP " + status);
		}

		static Outcome unreachable(String error) {
			return new Outcome(false, false, error.length() > 500 ? error.substring(0, 500) : error);
		}
	}

	/** A host whose address the policy forbids: reported as unresolvable, so no connection is tried. */
	static final class RefusedAddress extends UnknownHostException {

		RefusedAddress(String host, String why) {
			super("refused to connect to " + host + ": " + why);
		}
	}

	/** Resolves with the system resolver, then refuses the whole host if any address is special-purpose. */
	static final class CheckedResolver implements DnsResolver {

		private final DnsResolver system;
		private final boolean allowInternal;

		CheckedResolver(DnsResolver system, boolean allowInternal) {
			this.system = system;
			this.allowInternal = allowInternal;
		}

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			InetAddress[] addresses = system.resolve(host);
			if (addresses == null || addresses.length == 0) {
				throw new UnknownHostException(host);
			}
			for (InetAddress address : addresses) {
				var refusal = CallbackAddresses.refusal(address, allowInternal);
				if (refusal.isPresent()) {
					throw new RefusedAddress(host, refusal.get());
				}
			}
			return addresses;
		}

		@Override
		public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
			return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
		}

		@Override
		public String resolveCanonicalHostname(String host) throws UnknownHostException {
			return system.resolveCanonicalHostname(host);
		}
	}

	private final CloseableHttpClient client;
	private final ScheduledExecutorService deadlines;
	private final Duration deliveryTimeout;

	HubCallbacks(HubSettings settings, ScheduledExecutorService deadlines) {
		this(new CheckedResolver(SystemDefaultDnsResolver.INSTANCE, settings.allowPrivateCallbacks()), settings,
				deadlines);
	}

	HubCallbacks(DnsResolver resolver, HubSettings settings, ScheduledExecutorService deadlines) {
		this.deadlines = deadlines;
		this.deliveryTimeout = settings.deliveryTimeout();
		Timeout connect = Timeout.of(settings.connectTimeout());
		Timeout read = Timeout.of(settings.readTimeout());
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(resolver)
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect).setSocketTimeout(read)
					.build())
				.setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(connect).build())
				.setMaxConnPerRoute(2)
				.setMaxConnTotal(Math.max(8, settings.threads() * 2))
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.setUserAgent("Switchboard TMF hub")
			.build();
	}

	/** One attempt: POST the event, 2xx is delivered, anything else (or nothing within the deadline) is not. */
	Outcome post(String callback, byte[] event) {
		HttpPost post = new HttpPost(URI.create(callback));
		post.setEntity(new ByteArrayEntity(event, ContentType.APPLICATION_JSON));
		ScheduledFuture<?> deadline = deadlines.schedule(post::cancel, deliveryTimeout.toMillis(), TimeUnit.MILLISECONDS);
		try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
			int status = response.getCode();
			return status >= 200 && status < 300 ? Outcome.DELIVERED : Outcome.refusedBySubscriber(status);
		}
		catch (RefusedAddress e) {
			return Outcome.unreachable(e.getMessage());
		}
		catch (IOException | RuntimeException e) {
			if (post.isCancelled()) {
				return Outcome.unreachable("no answer within " + deliveryTimeout.toMillis() + " ms");
			}
			if (e instanceof InterruptedIOException) {
				return Outcome.unreachable("timed out: " + e.getMessage());
			}
			return Outcome.unreachable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
		}
		finally {
			deadline.cancel(false);
		}
	}

	@Override
	public void close() throws IOException {
		client.close();
	}
}
