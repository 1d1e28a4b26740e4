package cn.jingan.planwatch.runs;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest finished runs, one JSON object a line in {@code .planwatch/runs.jsonl}, newest last, at most
 * {@value #KEPT}: what {@code status} shows without opening the job repository (which only one process may
 * hold). Rewritten whole and renamed into place, so a reader never sees half a line.
 */
@Component
public final class RunJournal {

    /** Runs kept in the journal; older ones stay in the job repository until pruned. */
    static final int KEPT = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Path lock;

    public RunJournal(DataDirectory data) {
        this.file = data.state().resolve("runs.jsonl");
        this.lock = data.state().resolve("runs.lock");
    }

    /** Adds a finished run. */
    public synchronized void record(RunSummary run) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                List<String> lines = new ArrayList<>(Files.isRegularFile(file)
                        ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
                lines.add(JSON.writeValueAsString(run));
                List<String> kept = lines.subList(Math.max(0, lines.size() - KEPT), lines.size());
                Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(temp, kept, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run journal " + file, e);
        }
    }

    /** The latest {@code count} runs, newest first; empty when none was recorded. */
    public List<RunSummary> latest(int count) {
        return all().stream().sorted(Comparator.comparing(RunSummary::end, Comparator.nullsLast(
                Comparator.<java.time.Instant>naturalOrder())).reversed()).limit(count).toList();
    }

    /** The last run of each job, by job name. */
    public Map<String, RunSummary> lastOfEachJob() {
        Map<String, RunSummary> last = new LinkedHashMap<>();
        latest(KEPT).forEach(run -> last.putIfAbsent(run.job(), run));
        return last;
    }

    private List<RunSummary> all() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(line -> JSON.readValue(line, RunSummary.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run journal " + file, e);
        }
    }
}
