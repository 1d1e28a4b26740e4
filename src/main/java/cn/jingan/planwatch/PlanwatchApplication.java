package cn.jingan.planwatch;

import cn.jingan.planwatch.cli.PlanwatchCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The pipeline's entry point: a command line whose subcommands start the Spring context when they need it. */
@SpringBootApplication
public class PlanwatchApplication {

    public static void main(String[] args) {
        System.exit(PlanwatchCommand.execute(args));
    }
}
