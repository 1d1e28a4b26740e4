package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.PlanwatchApplication;
import cn.jingan.planwatch.datadir.DataDirectory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context (jobs, job repository, scheduler) on one data directory. Logs are plain lines
 * on a terminal and structured (one ECS JSON object a line) otherwise, for journald and log shippers.
 */
final class SpringContext {
    private SpringContext() {}

    static ConfigurableApplicationContext start(DataDirectory data, String... properties) {
        List<String> args = new ArrayList<>();
        args.add("--planwatch.data-dir=" + data.root());
        if (System.console() == null && System.getProperty("logging.structured.format.console") == null) {
            args.add("--logging.structured.format.console=ecs");
        }
        for (String property : properties) {
            args.add("--" + property);
        }
        SpringApplication application = new SpringApplication(PlanwatchApplication.class);
        application.setLogStartupInfo(false);
        try {
            return application.run(args.toArray(String[]::new));
        } catch (RuntimeException failure) {
            throw DamagedJobRepository.explain(failure, data);
        }
    }
}
