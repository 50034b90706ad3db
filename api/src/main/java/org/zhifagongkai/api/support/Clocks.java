package org.zhifagongkai.api.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's clock. Every "today" is a day in Asia/Shanghai. {@code portal.clock.start-date}
 * starts the clock at noon of another day (it then runs at the normal pace): tests and
 * demonstrations use it so that deadlines and terms come out the same whatever the real date.
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
    // At noon, so that a run started just before midnight does not see the date change under it.
    ZonedDateTime start =
        LocalDate.parse(startDate.strip()).atTime(LocalTime.NOON).atZone(SHANGHAI);
    return Clock.offset(system, Duration.between(ZonedDateTime.now(system), start));
  }
}
