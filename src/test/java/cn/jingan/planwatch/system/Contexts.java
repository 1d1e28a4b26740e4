package cn.jingan.planwatch.system;

import cn.jingan.planwatch.PlanwatchApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole application context on a data directory, as the commands do. */
public final class Contexts {

    private Contexts() {}

    public static ConfigurableApplicationContext start(Path dataDir, String... properties) {
        List<String> args = new ArrayList<>(List.of("--planwatch.data-dir=" + dataDir, "--planwatch.settle-time=0s"));
        for (String property : properties) {
            args.add("--" + property);
        }
        SpringApplication application = new SpringApplication(PlanwatchApplication.class);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        return application.run(args.toArray(String[]::new));
    }

    public static Path jobs(Path folder, String... yamlFiles) throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        for (int i = 0; i < yamlFiles.length; i++) {
            java.nio.file.Files.writeString(folder.resolve("job-" + i + ".yaml"), yamlFiles[i]);
        }
        return folder;
    }
}
