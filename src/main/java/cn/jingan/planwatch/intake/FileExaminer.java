package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.normalize.ReturnFile;
import cn.jingan.planwatch.normalize.ReturnNormalizer;
import java.util.Map;

/**
 * Fingerprints a file, then: a return whose bytes the lake already holds is a duplicate (or, when it is the
 * very file a crash left behind after its rows reached the lake, resumed); anything else is read and validated.
 * Safe on several threads at once: it only reads the lake's sources as they were when it was made, and
 * {@link ChunkCommitter} settles duplicates among the files of one run.
 */
public final class FileExaminer {

    private final DataDirectory data;
    private final Map<String, String> acceptedBySha;
    private final ReturnNormalizer normalizer;

    /** @param acceptedBySha the source key of every file the lake holds, by SHA-256 */
    public FileExaminer(DataDirectory data, Map<String, String> acceptedBySha, ReturnNormalizer normalizer) {
        this.data = data;
        this.acceptedBySha = Map.copyOf(acceptedBySha);
        this.normalizer = normalizer;
    }

    public IntakeResult examine(InboxFile inbox) {
        ReturnFile file = new ReturnFile(inbox.path(), inbox.bureauCode(), Fingerprint.sha256(inbox.path()),
                inbox.receivedAt());
        String source = SourceKey.of(data.relative(inbox.path()), inbox.receivedAt());
        String earlier = acceptedBySha.get(file.sha256());
        if (earlier != null) {
            return earlier.equals(source) ? IntakeResult.resumed(normalizer.normalize(file))
                    : IntakeResult.duplicate(file, SourceKey.path(earlier));
        }
        return IntakeResult.of(normalizer.normalize(file));
    }
}
