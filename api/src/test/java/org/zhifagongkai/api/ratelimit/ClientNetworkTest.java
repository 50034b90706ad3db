package org.zhifagongkai.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientNetworkTest {

  private static final Predicate<InetAddress> PROXIES =
      ClientNetwork.proxies(List.of("10.0.0.1", "::1", "172.16.0.0/12"));

  @ParameterizedTest(name = "{0} with X-Forwarded-For [{1}] counts as {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          203.0.113.5 | -                                  | 203.0.113.5
          203.0.113.5 | 198.51.100.1                       | 203.0.113.5
          10.0.0.1    | -                                  | 10.0.0.1
          10.0.0.1    | 198.51.100.1                       | 198.51.100.1
          10.0.0.1    | 1.1.1.1, 198.51.100.1              | 198.51.100.1
          10.0.0.1    | 198.51.100.1, 10.0.0.1             | 198.51.100.1
          10.0.0.1    | 10.0.0.1                           | 10.0.0.1
          10.0.0.1    | evil.example, 198.51.100.1         | 198.51.100.1
          10.0.0.1    | 198.51.100.1, unknown              | 10.0.0.1
          10.0.0.1    | 1.2.3.4.5                          | 10.0.0.1
          0:0:0:0:0:0:0:1 | 2001:db8:1:2:3:4:5:6           | 2001:db8:1:2:0:0:0:0/64
          2001:db8:1:2:aa:bb:cc:dd | -                     | 2001:db8:1:2:0:0:0:0/64
          172.20.3.4  | 198.51.100.1                       | 198.51.100.1
          172.31.255.255 | 172.16.0.9, 198.51.100.1        | 198.51.100.1
          172.32.0.1  | 198.51.100.1                       | 172.32.0.1
          172.15.255.255 | 198.51.100.1                    | 172.15.255.255
          """)
  void theClientIsTheNearestUntrustedAddress(String remote, String forwardedFor, String client)
      throws UnknownHostException {
    List<String> headers = forwardedFor == null ? List.of() : List.of(forwardedFor);
    assertThat(ClientNetwork.of(InetAddress.getByName(remote), headers, PROXIES)).isEqualTo(client);
  }

  @Test
  void severalHeadersReadAsOneList() throws UnknownHostException {
    List<String> headers = Arrays.asList("198.51.100.1", "198.51.100.2, 10.0.0.1");
    assertThat(ClientNetwork.of(InetAddress.getByName("10.0.0.1"), headers, PROXIES))
        .isEqualTo("198.51.100.2");
  }

  @Test
  void aProxyMustBeGivenAsAnAddress() {
    assertThatThrownBy(() -> ClientNetwork.proxies(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientNetwork.proxies(List.of("proxy.example")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "portal.rate-limit.trusted-proxies takes IP addresses or CIDR ranges, not proxy.example");
  }
}
