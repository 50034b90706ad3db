package org.zhifagongkai.api.support;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's clock. Every "today" is a day in Asia/Shanghai; tests replace the clock to move
 * time.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return Clock.system(SHANGHAI);
  }
}
