package cn.jingan.planwatch.intake.receipt;

import java.io.OutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The machine-readable receipt: the {@link Receipt} record as JSON, dates in ISO-8601. */
public final class JsonReceiptFormat implements ReceiptFormat {

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Receipt receipt, OutputStream out) {
        json.writeValue(out, receipt);
    }
}
