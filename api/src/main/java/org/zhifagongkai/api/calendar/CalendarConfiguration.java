package org.zhifagongkai.api.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar() {
    return WorkingDayCalendar.official();
  }
}
