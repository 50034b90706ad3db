package org.zhifagongkai.api.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The address an anonymous client is counted by.
 *
 * <p>The connection's remote address, unless it is a trusted proxy: then the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy (read from the right, since a client
 * can write anything on the left). IPv6 clients are counted by their /64 network, which one
 * subscriber usually holds whole.
 */
final class ClientNetwork {

  private ClientNetwork() {}

  static String of(
      InetAddress remote, List<String> forwardedFor, Predicate<InetAddress> trustedProxies) {
    InetAddress client = remote;
    if (trustedProxies.test(remote)) {
      List<String> hops =
          forwardedFor.stream()
              .flatMap(header -> Arrays.stream(header.split(",")))
              .map(String::strip)
              .filter(hop -> !hop.isEmpty())
              .toList();
      for (int i = hops.size() - 1; i >= 0; i--) {
        InetAddress hop = literal(hops.get(i));
        if (hop == null) {
          break;
        }
        client = hop;
        if (!trustedProxies.test(hop)) {
          break;
        }
      }
    }
    return network(client);
  }

  /**
   * The configured proxies: addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code 2001:db8::/32}),
   * as a CDN's edges are listed; refuses anything else.
   */
  static Predicate<InetAddress> proxies(List<String> configured) {
    List<Predicate<InetAddress>> ranges =
        configured.stream().map(String::strip).map(ClientNetwork::range).toList();
    return address -> ranges.stream().anyMatch(range -> range.test(address));
  }

  private static Predicate<InetAddress> range(String text) {
    int slash = text.indexOf('/');
    InetAddress network = literal(slash < 0 ? text : text.substring(0, slash));
    if (network == null) {
      throw new IllegalArgumentException(
          "portal.rate-limit.trusted-proxies takes IP addresses or CIDR ranges, not " + text);
    }
    byte[] prefix = network.getAddress();
    int bits = slash < 0 ? prefix.length * 8 : Integer.parseInt(text.substring(slash + 1));
    if (bits < 0 || bits > prefix.length * 8) {
      throw new IllegalArgumentException("A CIDR prefix out of range: " + text);
    }
    return address -> {
      byte[] bytes = address.getAddress();
      if (bytes.length != prefix.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    };
  }

  private static String network(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address.getHostAddress();
    }
    byte[] bytes = address.getAddress();
    Arrays.fill(bytes, 8, 16, (byte) 0);
    try {
      return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      throw new IllegalStateException("16 bytes are always an IPv6 address", e);
    }
  }

  /** The address written in {@code text}, without a name lookup; null when it is none. */
  private static @Nullable InetAddress literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    // Only literals: InetAddress would look any other text up as a host name.
    boolean looksLikeAddress =
        bare.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            || (bare.contains(":") && bare.matches("[0-9A-Fa-f:.]+"));
    if (!looksLikeAddress) {
      return null;
    }
    try {
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
