package cn.jingan.planwatch.system;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.lake.Lake;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The objects every job shares: the catalog, the data directory, the lake, the clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanwatchProperties.class)
class CoreConfiguration {

    @Bean
    Catalog catalog() {
        return Catalog.load();
    }

    @Bean
    DataDirectory dataDirectory(PlanwatchProperties properties) {
        return new DataDirectory(properties.dataDir()).create();
    }

    @Bean
    Lake lake(DataDirectory data) {
        return new Lake(data.lake());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
