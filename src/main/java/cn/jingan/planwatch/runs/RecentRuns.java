package cn.jingan.planwatch.runs;

import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** The latest runs of every job, newest first, from the job repository. */
@Component
public class RecentRuns {

    private final JobRepository repository;
    private final BatchJobs jobs;

    public RecentRuns(JobRepository repository, BatchJobs jobs) {
        this.repository = repository;
        this.jobs = jobs;
    }

    public List<RunSummary> latest(int count) {
        return jobs.names().stream()
                .flatMap(name -> repository.getJobInstances(name, 0, count).stream())
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .map(RunSummary::of)
                .sorted(Comparator.comparingLong(RunSummary::id).reversed())
                .limit(count)
                .toList();
    }
}
