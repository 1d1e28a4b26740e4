package cn.jingan.planwatch.jobs;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.lake.LakeState;
import cn.jingan.planwatch.observation.PreviousValues;
import cn.jingan.planwatch.system.PlanwatchProperties;
import cn.jingan.planwatch.warehouse.LakeFiles;
import cn.jingan.planwatch.warehouse.LakeIndex;
import cn.jingan.planwatch.warehouse.PublishResult;
import cn.jingan.planwatch.warehouse.RollupSettings;
import cn.jingan.planwatch.warehouse.WarehousePublisher;
import org.springframework.stereotype.Component;

/** Hands the lake's live files to the warehouse: to publish {@code warehouse.duckdb}, or to look up held values. */
@Component
public class LakeToWarehouse {

    private final Lake lake;
    private final DataDirectory data;
    private final WarehousePublisher publisher;

    public LakeToWarehouse(Lake lake, DataDirectory data, Catalog catalog, PlanwatchProperties properties) {
        this.lake = lake;
        this.data = data;
        this.publisher = new WarehousePublisher(catalog, new RollupSettings(properties.tolerance(), properties.zone()));
    }

    /** Rebuilds the warehouse aside and swaps it in, unless it already holds this lake version. */
    public PublishResult publish() {
        return publisher.publish(files(lake.state()), data.warehouse());
    }

    /** Rebuilds the warehouse from the lake alone and swaps it in, even when it holds this lake version already. */
    public PublishResult rebuild() {
        return publisher.rebuild(files(lake.state()), data.warehouse());
    }

    /** The lake's live files and version, as the warehouse reads them. */
    public LakeFiles liveFiles() {
        return files(lake.state());
    }

    /** The current value of every key the lake holds, for warnings on new returns. */
    public PreviousValues previousValues() {
        return LakeIndex.open(files(lake.state()));
    }

    static LakeFiles files(LakeState state) {
        return new LakeFiles(state.observationFiles(), state.submissionFiles(), state.version());
    }
}
