package cn.jingan.planwatch.lake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes one record's fields in schema order, so a row writer names values, not field indexes. */
final class RowConsumer {

    static final int DECIMAL_SCALE = 6;
    private static final int DECIMAL_BYTES = 9;

    private final RecordConsumer consumer;
    private final MessageType schema;
    private int field;

    RowConsumer(RecordConsumer consumer, MessageType schema) {
        this.consumer = consumer;
        this.schema = schema;
    }

    void start() {
        consumer.startMessage();
        field = 0;
    }

    void end() {
        consumer.endMessage();
    }

    RowConsumer string(String value) {
        return value == null ? skip() : put(() -> consumer.addBinary(Binary.fromString(value)));
    }

    RowConsumer int32(int value) {
        return put(() -> consumer.addInteger(value));
    }

    RowConsumer timestamp(Instant value) {
        return put(() -> consumer.addLong(ChronoUnit.MICROS.between(Instant.EPOCH, value)));
    }

    /** DECIMAL(20,6) as a 9-byte big-endian two's-complement unscaled value. */
    RowConsumer decimal(BigDecimal value) {
        BigInteger unscaled = value.setScale(DECIMAL_SCALE).unscaledValue();
        byte[] minimal = unscaled.toByteArray();
        byte[] fixed = new byte[DECIMAL_BYTES];
        byte pad = (byte) (unscaled.signum() < 0 ? 0xFF : 0x00);
        int offset = DECIMAL_BYTES - minimal.length;
        for (int i = 0; i < DECIMAL_BYTES; i++) {
            fixed[i] = i < offset ? pad : minimal[i - offset];
        }
        return put(() -> consumer.addBinary(Binary.fromConstantByteArray(fixed)));
    }

    private RowConsumer skip() {
        field++;
        return this;
    }

    private RowConsumer put(Runnable add) {
        String name = schema.getFieldName(field);
        consumer.startField(name, field);
        add.run();
        consumer.endField(name, field);
        field++;
        return this;
    }
}
