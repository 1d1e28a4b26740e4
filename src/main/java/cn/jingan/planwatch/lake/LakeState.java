package cn.jingan.planwatch.lake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The live files of the lake at one moment.
 *
 * @param version       changes whenever the set of live files changes
 * @param sourcesBySha  inbox path (relative to the data directory) of every accepted return, by SHA-256
 */
public record LakeState(List<Path> observationFiles, List<Path> submissionFiles, String version,
                        Map<String, String> sourcesBySha) {
}
