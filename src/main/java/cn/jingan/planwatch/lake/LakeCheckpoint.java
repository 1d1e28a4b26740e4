package cn.jingan.planwatch.lake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The lake's state as of one commit ({@code lake/_commits/_checkpoint.json}), as Delta Lake checkpoints its log:
 * the live files and the sources of every accepted return. Reading the lake's state reads this file and the
 * commits written after it, never the whole history.
 *
 * @param lastBatchId the newest commit it holds (commit order is the order of batch ids, which begin with the
 *                    time of the batch: nodes sharing a lake keep their clocks synchronised, as clustered Quartz
 *                    requires anyway)
 */
record LakeCheckpoint(String lastBatchId, Instant checkpointedAt, List<String> files,
                      Map<String, String> sources) {
}
