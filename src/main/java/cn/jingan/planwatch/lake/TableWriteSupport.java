package cn.jingan.planwatch.lake;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;

/** Feeds rows of one {@link LakeTable} to parquet-java. */
final class TableWriteSupport<T> extends WriteSupport<T> {

    private final LakeTable<T> table;
    private final String batchId;
    private RowConsumer row;

    TableWriteSupport(LakeTable<T> table, String batchId) {
        this.table = table;
        this.batchId = batchId;
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(table.schema(), Map.of("planwatch.batch_id", batchId));
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(table.schema(), Map.of("planwatch.batch_id", batchId));
    }

    @Override
    public void prepareForWrite(RecordConsumer consumer) {
        row = new RowConsumer(consumer, table.schema());
    }

    @Override
    public void write(T item) {
        row.start();
        table.writer().write(item, batchId, row);
        row.end();
    }
}
