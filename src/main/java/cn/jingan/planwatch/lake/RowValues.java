package cn.jingan.planwatch.lake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.parquet.io.api.Binary;

/** Reads back the field values {@link RowConsumer} wrote, by position. */
final class RowValues {

    private final Object[] values;

    RowValues(Object[] values) {
        this.values = values;
    }

    String string(int field) {
        return values[field] == null ? null : ((Binary) values[field]).toStringUsingUTF8();
    }

    int int32(int field) {
        return (Integer) values[field];
    }

    Instant timestamp(int field) {
        return Instant.EPOCH.plus((Long) values[field], ChronoUnit.MICROS);
    }

    BigDecimal decimal(int field) {
        return new BigDecimal(new BigInteger(((Binary) values[field]).getBytes()), RowConsumer.DECIMAL_SCALE);
    }
}
