package io.switchboard.platform.tmf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Where the server may POST hub events: only to addresses that are globally reachable. A subscriber
 * registers any URL it likes, so without this an API client could make the server call into its own
 * machine or network (SSRF) and read or change what only the server should reach.
 * <p>
 * Refused are the blocks of the IANA special-purpose address registries, both IPv4 and IPv6, also the
 * few marked "globally reachable" there (anycast infrastructure such as AS112, AMT, PCP/TURN anycast,
 * NAT64): no subscriber's web server lives there. Sources, checked for this list:
 * <ul>
 * <li>IANA IPv4 Special-Purpose Address Registry,
 * https://www.iana.org/assignments/iana-ipv4-special-registry/ (RFC 6890 section 2.2.2, updated by
 * RFC 8190);</li>
 * <li>IANA IPv6 Special-Purpose Address Registry,
 * https://www.iana.org/assignments/iana-ipv6-special-registry/ (RFC 6890 section 2.2.3, RFC 8190; later
 * entries RFC 9602 SRv6 SIDs, RFC 9637 3fff::/20 documentation, RFC 9780 dummy prefix);</li>
 * <li>IANA IPv4 Multicast Address Space Registry (224.0.0.0/4, RFC 5771);</li>
 * <li>IANA IPv6 Address Space registry: only 2000::/3 is global unicast (RFC 4291 section 2.4); the rest
 * is reserved by the IETF (including ::/96 IPv4-compatible addresses, RFC 4291 section 2.5.5.1),
 * unique-local, link-local, the deprecated site-local fec0::/10 (RFC 3879) or multicast (ff00::/8).</li>
 * </ul>
 * Addresses that embed an IPv4 address (IPv4-mapped ::ffff:0:0/96, NAT64 64:ff9b::/96 and 64:ff9b:1::/48,
 * 6to4 2002::/16, Teredo 2001::/32) are refused whole rather than decoded; Java already turns an
 * IPv4-mapped address into the IPv4 address it maps, which is then checked as such.
 * <p>
 * {@code switchboard.api.hub.allow-private-callbacks=true} lifts the refusal for the blocks a subscriber
 * inside the operator's own network may sit in: loopback, private-use (RFC 1918), shared address space
 * (RFC 6598) and unique-local (fc00::/7). Never lifted: cloud metadata endpoints, link-local, the
 * unspecified address, documentation and benchmarking ranges, multicast, broadcast and the reserved
 * blocks.
 */
final class CallbackAddresses {

	/**
	 * One special-purpose block. {@code internal} blocks may be allowed for subscribers inside the
	 * operator's network; the others never are.
	 */
	record Block(String cidr, String name, String source, boolean internal, byte[] prefix, int bits) {

		static Block of(String cidr, String name, String source, boolean internal) {
			String[] parts = cidr.split("/");
			try {
				return new Block(cidr, name, source, internal, InetAddress.getByName(parts[0]).getAddress(),
						Integer.parseInt(parts[1]));
			}
			catch (UnknownHostException e) {
				throw new IllegalArgumentException(cidr, e);
			}
		}

		boolean contains(byte[] address) {
			if (address.length != prefix.length) {
				return false;
			}
			int whole = bits / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != prefix[i]) {
					return false;
				}
			}
			int rest = bits % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[whole] & mask) == (prefix[whole] & mask);
		}

		/** How a refusal names it: {@code 10.0.0.0/8, Private-Use (RFC 1918)}. */
		String describe() {
			return cidr + ", " + name + " (" + source + ")";
		}
	}

	private static final boolean INTERNAL = true;
	private static final boolean NEVER = false;

	/** The most specific blocks first: the first that contains an address is the one that answers for it. */
	static final List<Block> IPV4 = List.of(
			// cloud instance metadata inside blocks that may otherwise be lifted: never a subscriber
			Block.of("100.100.100.200/32", "Cloud instance metadata", "Alibaba Cloud", NEVER),
			Block.of("0.0.0.0/8", "\"This network\"", "RFC 791", NEVER),
			Block.of("10.0.0.0/8", "Private-Use", "RFC 1918", INTERNAL),
			Block.of("100.64.0.0/10", "Shared Address Space", "RFC 6598", INTERNAL),
			Block.of("127.0.0.0/8", "Loopback", "RFC 1122", INTERNAL),
			Block.of("169.254.0.0/16", "Link Local, including cloud instance metadata", "RFC 3927", NEVER),
			Block.of("172.16.0.0/12", "Private-Use", "RFC 1918", INTERNAL),
			Block.of("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890", NEVER),
			Block.of("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", NEVER),
			Block.of("192.31.196.0/24", "AS112-v4", "RFC 7535", NEVER),
			Block.of("192.52.193.0/24", "AMT", "RFC 7450", NEVER),
			Block.of("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", NEVER),
			Block.of("192.168.0.0/16", "Private-Use", "RFC 1918", INTERNAL),
			Block.of("192.175.48.0/24", "Direct Delegation AS112 Service", "RFC 7534", NEVER),
			Block.of("198.18.0.0/15", "Benchmarking", "RFC 2544", NEVER),
			Block.of("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", NEVER),
			Block.of("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", NEVER),
			Block.of("224.0.0.0/4", "Multicast", "RFC 5771", NEVER),
			Block.of("255.255.255.255/32", "Limited Broadcast", "RFC 919", NEVER),
			Block.of("240.0.0.0/4", "Reserved", "RFC 1112", NEVER));

	static final List<Block> IPV6 = List.of(
			Block.of("fd00:ec2::254/128", "Cloud instance metadata", "Amazon EC2", NEVER),
			Block.of("::1/128", "Loopback Address", "RFC 4291", INTERNAL),
			Block.of("::/128", "Unspecified Address", "RFC 4291", NEVER),
			Block.of("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291", NEVER),
			Block.of("::/96", "IPv4-compatible Address (deprecated)", "RFC 4291", NEVER),
			Block.of("64:ff9b::/96", "IPv4-IPv6 Translation", "RFC 6052", NEVER),
			Block.of("64:ff9b:1::/48", "IPv4-IPv6 Translation", "RFC 8215", NEVER),
			Block.of("100::/64", "Discard-Only Address Block", "RFC 6666", NEVER),
			Block.of("100:0:0:1::/64", "Dummy IPv6 Prefix", "RFC 9780", NEVER),
			Block.of("2001::/32", "TEREDO", "RFC 4380", NEVER),
			Block.of("2001::/23", "IETF Protocol Assignments", "RFC 2928", NEVER),
			Block.of("2001:db8::/32", "Documentation", "RFC 3849", NEVER),
			Block.of("2002::/16", "6to4", "RFC 3056", NEVER),
			Block.of("2620:4f:8000::/48", "Direct Delegation AS112 Service", "RFC 7534", NEVER),
			Block.of("3fff::/20", "Documentation", "RFC 9637", NEVER),
			Block.of("5f00::/16", "Segment Routing (SRv6) SIDs", "RFC 9602", NEVER),
			Block.of("fc00::/7", "Unique-Local", "RFC 4193", INTERNAL),
			Block.of("fe80::/10", "Link-Local Unicast", "RFC 4291", NEVER),
			Block.of("fec0::/10", "Site-Local (deprecated)", "RFC 3879", NEVER),
			Block.of("ff00::/8", "Multicast", "RFC 4291", NEVER),
			// whatever is left outside global unicast (2000::/3) is reserved by the IETF or unassigned
			Block.of("::/3", "Reserved, outside global unicast 2000::/3", "RFC 4291", NEVER),
			Block.of("4000::/2", "Reserved, outside global unicast 2000::/3", "RFC 4291", NEVER),
			Block.of("8000::/1", "Reserved, outside global unicast 2000::/3", "RFC 4291", NEVER));

	private CallbackAddresses() {
	}

	/** The special-purpose block the address lies in, if any. */
	static Optional<Block> special(InetAddress address) {
		byte[] bytes = address.getAddress();
		List<Block> blocks = address instanceof Inet4Address ? IPV4 : address instanceof Inet6Address ? IPV6 : List.of();
		return blocks.stream().filter(block -> block.contains(bytes)).findFirst();
	}

	/**
	 * Why the server must not send to this address, or empty when it may: a public address, or an
	 * internal one when {@code allowInternal} is set.
	 */
	static Optional<String> refusal(InetAddress address, boolean allowInternal) {
		return special(address).filter(block -> !(allowInternal && block.internal()))
			.map(block -> address.getHostAddress() + " is in " + block.describe());
	}
}
