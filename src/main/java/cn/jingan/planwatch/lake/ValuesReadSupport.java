package cn.jingan.planwatch.lake;

import java.util.Arrays;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/** Reads each record of a flat lake file as its field values in schema order (Binary, Integer or Long). */
final class ValuesReadSupport extends ReadSupport<Object[]> {

    @Override
    public ReadContext init(InitContext context) {
        return new ReadContext(context.getFileSchema());
    }

    @Override
    public RecordMaterializer<Object[]> prepareForRead(Configuration configuration, Map<String, String> metadata,
                                                       MessageType schema, ReadContext context) {
        return new Materializer(context.getRequestedSchema());
    }

    @Override
    public RecordMaterializer<Object[]> prepareForRead(ParquetConfiguration configuration, Map<String, String> metadata,
                                                       MessageType schema, ReadContext context) {
        return new Materializer(context.getRequestedSchema());
    }

    private static final class Materializer extends RecordMaterializer<Object[]> {
        private final Object[] values;
        private final GroupConverter root;

        Materializer(MessageType schema) {
            values = new Object[schema.getFieldCount()];
            Converter[] fields = new Converter[values.length];
            for (int i = 0; i < fields.length; i++) {
                int field = i;
                fields[i] = new PrimitiveConverter() {
                    @Override
                    public void addBinary(Binary value) {
                        values[field] = value.copy();
                    }

                    @Override
                    public void addInt(int value) {
                        values[field] = value;
                    }

                    @Override
                    public void addLong(long value) {
                        values[field] = value;
                    }
                };
            }
            root = new GroupConverter() {
                @Override
                public Converter getConverter(int fieldIndex) {
                    return fields[fieldIndex];
                }

                @Override
                public void start() {
                    Arrays.fill(values, null);
                }

                @Override
                public void end() {}
            };
        }

        @Override
        public Object[] getCurrentRecord() {
            return values.clone();
        }

        @Override
        public GroupConverter getRootConverter() {
            return root;
        }
    }
}
