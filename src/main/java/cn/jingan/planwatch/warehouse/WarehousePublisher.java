package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.failpoint.Failpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the warehouse: builds a new file beside the old one, then renames it over the old one in a
 * single atomic step. Readers that hold the old file keep reading it; new readers see the new one; a crash
 * leaves the old file or the new one, and the next publish removes what a crash left behind.
 */
public class WarehousePublisher {

    private static final Object IN_PROCESS = new Object();
    private static final Logger log = LoggerFactory.getLogger(WarehousePublisher.class);

    private final WarehouseBuilder builder;
    private final Catalog catalog;
    private final RollupSettings settings;

    public WarehousePublisher(Catalog catalog, RollupSettings settings) {
        this(new WarehouseBuilder(), catalog, settings);
    }

    public WarehousePublisher(WarehouseBuilder builder, Catalog catalog, RollupSettings settings) {
        this.builder = builder;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** Rebuilds {@code warehouseFile} from the lake unless it already holds exactly this build. */
    public PublishResult publish(LakeFiles lake, Path warehouseFile) {
        return publish(lake, warehouseFile, false);
    }

    /** Rebuilds {@code warehouseFile} from the lake even when it already holds this build (the nightly rebuild). */
    public PublishResult rebuild(LakeFiles lake, Path warehouseFile) {
        return publish(lake, warehouseFile, true);
    }

    private PublishResult publish(LakeFiles lake, Path warehouseFile, boolean force) {
        Path target = warehouseFile.toAbsolutePath();
        String buildKey = BuildKey.of(lake, catalog, settings);
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(target.getParent());
                try (FileChannel channel = FileChannel.open(lockFile(target), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    removeLeftovers(target);
                    if (!force && Files.isRegularFile(target) && BuildSidecar.buildKey(target).equals(Optional.of(buildKey))) {
                        if (WarehouseReader.opens(target)) {
                            return new PublishResult(PublishResult.Outcome.UNCHANGED, target, lake.version());
                        }
                        log.warn("{} cannot be opened (damaged, or held open for writing by another program); "
                                + "rebuilding it from the lake", target);
                    }
                    Path building = target.resolveSibling(target.getFileName() + ".building-" + UUID.randomUUID());
                    builder.build(lake, catalog, settings, building);
                    Failpoints.reach(Failpoints.WAREHOUSE_BUILT);
                    replace(building, target);
                    BuildSidecar.write(target, lake.version(), buildKey);
                    return new PublishResult(PublishResult.Outcome.BUILT, target, lake.version());
                }
            } catch (IOException | UncheckedIOException e) {
                throw new WarehouseBuildException("could not publish the warehouse " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Moves the finished file into place; its sidecar goes first so that it never names the wrong build. */
    private static void replace(Path building, Path target) throws IOException {
        BuildSidecar.delete(target);
        Files.deleteIfExists(wal(target));
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
    }

    /** Temporary files of builds that did not finish (a crash, a kill). */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = target.getFileName() + ".building-";
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every file system can sync a directory; the rename itself is atomic either way
        }
    }

    private static Path lockFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".lock");
    }

    private static Path wal(Path target) {
        return target.resolveSibling(target.getFileName() + ".wal");
    }
}
