package cn.jingan.planwatch.warehouse;

import java.nio.file.Path;
import java.util.List;

/**
 * The live files of the lake, as the lake names them (never globbed here).
 *
 * @param version an opaque string that changes whenever the set of live files changes
 */
public record LakeFiles(List<Path> observationFiles, List<Path> submissionFiles, String version) {

    public LakeFiles {
        observationFiles = List.copyOf(observationFiles);
        submissionFiles = List.copyOf(submissionFiles);
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a lake state needs a version");
        }
    }
}
