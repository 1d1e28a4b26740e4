package cn.jingan.planwatch.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * What one look at the inbox found.
 *
 * @param ready    complete files, oldest first
 * @param waiting  files not yet complete (lock files, partial downloads, still growing)
 * @param ignored  files the pipeline will never take (outside a bureau folder, unknown bureau)
 * @param refused  entries of bureau folders that are not regular files it may read, each with its reason
 */
public record InboxScan(List<InboxFile> ready, List<Path> waiting, List<Path> ignored, List<RefusedEntry> refused) {
}
