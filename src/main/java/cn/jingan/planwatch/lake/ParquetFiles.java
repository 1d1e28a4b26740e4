package cn.jingan.planwatch.lake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/** Writes and reads one Parquet file of a lake table with parquet-java (ZSTD, no Hadoop at run time). */
final class ParquetFiles {
    private ParquetFiles() {}

    static <T> void write(LakeTable<T> table, String batchId, Collection<T> rows, Path file) throws IOException {
        try (ParquetWriter<T> writer = new Builder<>(new LocalOutputFile(file), new TableWriteSupport<>(table, batchId))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (T row : rows) {
                writer.write(row);
            }
        }
    }

    static <T> List<T> read(LakeTable<T> table, Path file) throws IOException {
        List<T> rows = new ArrayList<>();
        try (ParquetReader<Object[]> reader = new ReaderBuilder(new LocalInputFile(file))
                .withCodecFactory(new ZstdCodecFactory())
                .build()) {
            for (Object[] values = reader.read(); values != null; values = reader.read()) {
                rows.add(table.reader().apply(new RowValues(values)));
            }
        }
        return rows;
    }

    private static final class ReaderBuilder extends ParquetReader.Builder<Object[]> {
        ReaderBuilder(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Object[]> getReadSupport() {
            return new ValuesReadSupport();
        }
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {
        private final WriteSupport<T> support;

        Builder(OutputFile file, WriteSupport<T> support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
            return support;
        }
    }
}
