package org.zhifagongkai.api.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's clock. Every "today" is a day in Asia/Shanghai. {@code portal.clock.start-date}
 * starts the clock on another day (it then runs at the normal pace): tests and demonstrations use
 * it so that deadlines and terms come out the same whatever the real date.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock(@Value("${portal.clock.start-date:}") String startDate) {
    Clock system = Clock.system(SHANGHAI);
    if (startDate.isBlank()) {
      return system;
    }
    long days = ChronoUnit.DAYS.between(LocalDate.now(system), LocalDate.parse(startDate.strip()));
    return Clock.offset(system, Duration.ofDays(days));
  }
}
