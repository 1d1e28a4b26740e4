package cn.jingan.planwatch.runs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** The Spring Batch jobs a schedule may name, by their job name. */
@Component
public class BatchJobs {

    private final Map<String, Job> byName;

    public BatchJobs(List<Job> jobs) {
        this.byName = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
    }

    public Job get(String name) {
        Job job = byName.get(name);
        if (job == null) {
            throw new IllegalArgumentException("no job named '" + name + "' (jobs: " + byName.keySet() + ")");
        }
        return job;
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
