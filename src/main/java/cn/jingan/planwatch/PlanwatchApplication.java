package cn.jingan.planwatch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application: its configuration classes are found from this package down. The command line
 * ({@link cn.jingan.planwatch.cli.PlanwatchCommand}) starts it when a command needs it.
 */
@SpringBootApplication
public class PlanwatchApplication {
}
