package cn.jingan.planwatch.lake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of the lake's commit log ({@code lake/_commits/<batch>.json}): the files it made live, the
 * files it retired (compaction), and the inbox path of each return it accepted, by SHA-256.
 * A Parquet file is part of the lake only once a commit names it.
 */
record LakeCommit(String batchId, Instant committedAt, List<String> added, List<String> removed,
                  Map<String, String> sources) {
}
