package cn.jingan.planwatch.lake;

import cn.jingan.planwatch.lake.LakeTable.RowWriter;
import cn.jingan.planwatch.observation.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * A dataset of the lake: its folder, its Parquet schema (from {@code schemas/lake/}), how a row is
 * written and which {@code year=} partition it goes to.
 */
record LakeTable<T>(String name, MessageType schema, RowWriter<T> writer, Function<RowValues, T> reader,
                    Function<T, Integer> year) {

    static final LakeTable<Observation> OBSERVATIONS = new LakeTable<>("observations", schema("observations"),
            (o, batch, row) -> row.string(o.indicatorCode()).string(o.periodCode()).string(o.areaCode())
                    .string(o.measure()).decimal(o.value()).string(o.unit()).string(o.bureauCode())
                    .string(o.sourceFile()).string(o.sourceSha256()).string(o.sourceSheet()).string(o.sourceCell())
                    .timestamp(o.receivedAt()).timestamp(o.loadedAt()).string(batch),
            v -> new Observation(v.string(0), v.string(1), v.string(2), v.string(3), v.decimal(4), v.string(5),
                    v.string(6), v.string(7), v.string(8), v.string(9), v.string(10), v.timestamp(11),
                    v.timestamp(12)),
            o -> Integer.parseInt(o.periodCode().substring(0, 4)));

    static final LakeTable<Submission> SUBMISSIONS = new LakeTable<>("submissions", schema("submissions"),
            (s, batch, row) -> row.string(s.sourceSha256()).string(s.bureauCode()).string(s.sourceFile())
                    .string(s.periodCode()).int32(s.rowCount()).timestamp(s.receivedAt()).timestamp(s.loadedAt())
                    .string(batch),
            v -> new Submission(v.string(0), v.string(1), v.string(2), v.string(3), v.int32(4), v.timestamp(5),
                    v.timestamp(6)),
            s -> s.periodCode() != null ? Integer.parseInt(s.periodCode().substring(0, 4))
                    : s.receivedAt().atZone(java.time.ZoneOffset.UTC).getYear());

    /** Writes the fields of one row, in schema order. */
    @FunctionalInterface
    interface RowWriter<T> {
        void write(T item, String batchId, RowConsumer row);
    }

    private static MessageType schema(String name) {
        String resource = "schemas/lake/" + name + ".schema";
        try (InputStream in = LakeTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lake schema missing from the class path: " + resource);
            }
            return MessageTypeParser.parseMessageType(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
