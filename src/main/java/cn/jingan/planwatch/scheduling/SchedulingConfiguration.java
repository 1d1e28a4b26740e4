package cn.jingan.planwatch.scheduling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the scheduling settings; the scheduler itself is Spring Boot's Quartz, started only by {@code serve}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingProperties.class)
class SchedulingConfiguration {
}
