package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.runs.RepositoryConnections;
import cn.jingan.planwatch.scheduling.JobDefinition;
import cn.jingan.planwatch.scheduling.Schedule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: runs the scheduled jobs until stopped; Ctrl-C or SIGTERM stop it after the current chunk. */
@Command(name = "serve", description = {
        "Runs the scheduled jobs of jobs/*.yaml until stopped (a long-running process, e.g. under systemd).",
        "Ctrl-C or SIGTERM stop it cleanly after the current chunk; the next start resumes what was left.",
        "Records its pid and start time in .planwatch/serve.pid (shown by status). Listens on no network port."})
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--jobs-dir", paramLabel = "DIR",
            description = "Folder of the scheduled job definitions (default: planwatch.scheduling.jobs-dir, jobs).")
    Path jobsDir;

    @Override
    public Integer call() throws Exception {
        DataDirectory data = dataDir.directory().create();
        List<String> properties = new ArrayList<>();
        if (jobsDir != null) {
            properties.add("planwatch.scheduling.jobs-dir=" + jobsDir.toAbsolutePath());
        }
        ConfigurableApplicationContext context = SpringContext.start(data, properties.toArray(String[]::new));
        ServeProcess self = ServeProcess.writeCurrent(data);
        CountDownLatch stopped = new CountDownLatch(1);
        StopSignals.onTermOrInt(() -> {
            context.close();
            self.remove(data);
            stopped.countDown();
        });
        List<JobDefinition> schedules = context.getBean(Schedule.class).start();
        context.getBean(RepositoryConnections.class).release();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("planwatch serving %s with %d schedule(s): %s. Stop with Ctrl-C or SIGTERM.%n", data.root(),
                schedules.size(), schedules.stream().map(JobDefinition::name).toList());
        out.flush();
        stopped.await();
        out.println("planwatch stopped.");
        out.flush();
        return 0;
    }
}
