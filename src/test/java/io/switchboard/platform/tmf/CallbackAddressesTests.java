package io.switchboard.platform.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The callback address policy: every block of the IANA special-purpose registries is refused (IPv4 and
 * IPv6, the forms that embed an IPv4 address too), public addresses pass, and the switch for
 * subscribers inside the network lifts only loopback, private-use, shared and unique-local addresses.
 */
class CallbackAddressesTests {

	static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException(literal, e);
		}
	}

	static boolean refused(String literal, boolean allowInternal) {
		return CallbackAddresses.refusal(address(literal), allowInternal).isPresent();
	}

	@Test
	void theCallbacksTheIssueFoundAcceptedAreRefused() {
		for (String literal : List.of("100.64.0.1", "100.100.100.200", "198.18.0.1", "192.0.0.1", "240.0.0.1",
				"255.255.255.255", "64:ff9b::7f00:1")) {
			assertThat(refused(literal, false)).as(literal).isTrue();
		}
	}

	@Test
	void everyIpv4SpecialPurposeBlockIsRefusedFromItsFirstToItsLastAddress() {
		// the IANA IPv4 Special-Purpose Address Registry, and multicast
		List<String[]> blocks = List.of(new String[] { "0.0.0.0", "0.255.255.255" },
				new String[] { "10.0.0.0", "10.255.255.255" }, new String[] { "100.64.0.0", "100.127.255.255" },
				new String[] { "127.0.0.0", "127.255.255.255" }, new String[] { "169.254.0.0", "169.254.255.255" },
				new String[] { "172.16.0.0", "172.31.255.255" }, new String[] { "192.0.0.0", "192.0.0.255" },
				new String[] { "192.0.2.0", "192.0.2.255" }, new String[] { "192.31.196.0", "192.31.196.255" },
				new String[] { "192.52.193.0", "192.52.193.255" }, new String[] { "192.88.99.0", "192.88.99.255" },
				new String[] { "192.168.0.0", "192.168.255.255" }, new String[] { "192.175.48.0", "192.175.48.255" },
				new String[] { "198.18.0.0", "198.19.255.255" }, new String[] { "198.51.100.0", "198.51.100.255" },
				new String[] { "203.0.113.0", "203.0.113.255" }, new String[] { "224.0.0.0", "239.255.255.255" },
				new String[] { "240.0.0.0", "255.255.255.254" }, new String[] { "255.255.255.255", "255.255.255.255" });
		for (String[] block : blocks) {
			assertThat(refused(block[0], false)).as(block[0]).isTrue();
			assertThat(refused(block[1], false)).as(block[1]).isTrue();
		}
	}

	@Test
	void everyIpv6SpecialPurposeBlockAndEveryEmbeddedIpv4FormIsRefused() {
		for (String literal : List.of("::", "::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::7f00:1", "64:ff9b::7f00:1",
				"64:ff9b::808:808", "64:ff9b:1::1", "100::1", "100:0:0:1::1", "2001::1", "2001:0:4136:e378::1",
				"2001:1::1", "2001:2::1", "2001:3::1", "2001:4:112::1", "2001:10::1", "2001:20::1", "2001:30::1",
				"2001:1ff::1", "2001:db8::1", "2002:7f00:1::1", "2002:808:808::1", "2620:4f:8000::1", "3fff::1",
				"3fff:fff::1", "5f00::1", "fc00::1", "fd00::1", "fe80::1", "febf::1", "fec0::1", "ff02::1", "ff0e::1",
				"1::1", "4000::1", "8000::1", "e000::1")) {
			assertThat(refused(literal, false)).as(literal).isTrue();
		}
	}

	@Test
	void publicAddressesPass() {
		for (String literal : List.of("8.8.8.8", "1.1.1.1", "93.184.215.14", "11.0.0.1", "100.63.255.255",
				"100.128.0.1", "172.15.255.255", "172.32.0.1", "192.0.1.1", "192.0.3.1", "192.169.0.1", "198.17.255.255",
				"198.20.0.1", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2001:200::1",
				"2001:4860:4860::8888", "3fff:1000::1", "::ffff:8.8.8.8")) {
			assertThat(CallbackAddresses.refusal(address(literal), false)).as(literal).isEmpty();
		}
	}

	@Test
	void aRefusalNamesTheBlockAndWhereItIsDefined() {
		assertThat(CallbackAddresses.refusal(address("100.64.0.1"), false))
			.hasValue("100.64.0.1 is in 100.64.0.0/10, Shared Address Space (RFC 6598)");
		assertThat(CallbackAddresses.refusal(address("64:ff9b::7f00:1"), false).orElseThrow())
			.contains("64:ff9b::/96").contains("RFC 6052");
		assertThat(CallbackAddresses.refusal(address("3fff::1"), false).orElseThrow()).contains("RFC 9637");
	}

	@Test
	void subscribersInsideTheNetworkMayBeAllowedButNeverMetadataLinkLocalOrReservedAddresses() {
		for (String literal : List.of("127.0.0.1", "10.1.2.3", "172.16.5.5", "192.168.0.10", "100.64.0.1", "::1",
				"fd12:3456::1")) {
			assertThat(refused(literal, true)).as(literal).isFalse();
		}
		for (String literal : List.of("169.254.169.254", "100.100.100.200", "fd00:ec2::254", "fe80::1", "0.0.0.0", "::",
				"192.0.2.1", "224.0.0.1", "255.255.255.255", "198.18.0.1", "64:ff9b::7f00:1", "2002:7f00:1::1")) {
			assertThat(refused(literal, true)).as(literal).isTrue();
		}
	}

	@Test
	void registrationRefusesEveryAddressAHostResolvesTo() {
		for (String host : List.of("127.0.0.1", "localhost", "10.1.2.3", "100.100.100.200", "[64:ff9b::7f00:1]",
				"0.0.0.0")) {
			String literal = host.replace("[", "").replace("]", "");
			assertThatThrownBy(() -> TmfHubs.refuseSpecialPurpose(literal, false)).as(host)
				.isInstanceOfSatisfying(TmfException.class, e -> {
					assertThat(e.status()).isEqualTo(400);
					assertThat(e.code()).isEqualTo("INVALID_ATTRIBUTE");
					assertThat(e.getMessage()).contains("'callback' must be a public address");
				});
		}
		TmfHubs.refuseSpecialPurpose("8.8.8.8", false);
		TmfHubs.refuseSpecialPurpose("127.0.0.1", true);
	}
}
