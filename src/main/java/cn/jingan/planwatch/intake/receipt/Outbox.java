package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.datadir.BureauFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each receipt into {@code outbox/<bureau>/} in every format, each file complete or absent: rendered in
 * memory (a receipt is a few kilobytes), written aside in one go, then renamed into place; readable by the
 * bureau's group only ({@link BureauFiles}). A receipt never replaces another file's: when its name is taken by
 * the answer to another delivery it takes the next free one; only the same answer to the same delivery (after a
 * crash) is written again in place.
 */
public final class Outbox {

    private static final int TYPICAL_RECEIPT_BYTES = 8 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TWIN = "json";

    private final Path root;
    private final List<ReceiptFormat> formats;
    private final List<ReceiptFormat> writeOrder;

    /**
     * Receipts in each of {@code formats}, returned in that order. The JSON twin is written first: it is what tells
     * a run after a crash that a name already holds this very answer, so no receipt is ever left without it.
     */
    public Outbox(Path root, List<ReceiptFormat> formats) {
        this.root = root;
        this.formats = List.copyOf(formats);
        this.writeOrder = formats.stream().sorted(Comparator.comparing(f -> !f.extension().equals(TWIN))).toList();
    }

    public List<Path> deliver(Receipt receipt) {
        Path folder = root.resolve(receipt.bureauCode());
        try {
            String baseName = slotFor(receipt, folder);
            Map<ReceiptFormat, Path> written = new HashMap<>();
            for (ReceiptFormat format : writeOrder) {
                written.put(format, write(receipt, format, folder.resolve(baseName + "." + format.extension())));
            }
            return formats.stream().map(written::get).collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the receipt for " + receipt.baseName() + " in " + folder, e);
        }
    }

    /** The receipt, and for a rejected .xlsx a marked copy of the clerk's workbook beside it. */
    public List<Path> deliver(Receipt receipt, Path original) {
        List<Path> written = deliver(receipt);
        MarkedCopies.write(receipt, original, root.resolve(receipt.bureauCode())).ifPresent(written::add);
        return written;
    }

    /** True when the outbox already holds this answer to this delivery. */
    public boolean holds(Receipt receipt) {
        Path folder = root.resolve(receipt.bureauCode());
        for (int n = 1; ; n++) {
            String baseName = receipt.baseName(n);
            if (isFree(folder, baseName)) {
                return false;
            }
            if (answersTheSameDelivery(folder.resolve(baseName + "." + TWIN), receipt)) {
                return true;
            }
        }
    }

    /** The first name that is free or holds this very answer. */
    private String slotFor(Receipt receipt, Path folder) {
        for (int n = 1; ; n++) {
            String baseName = receipt.baseName(n);
            if (isFree(folder, baseName) || answersTheSameDelivery(folder.resolve(baseName + "." + TWIN), receipt)) {
                return baseName;
            }
        }
    }

    private boolean isFree(Path folder, String baseName) {
        return formats.stream().noneMatch(format -> Files.exists(folder.resolve(baseName + "." + format.extension()),
                LinkOption.NOFOLLOW_LINKS));
    }

    /** The receipt's JSON twin names the same file, bytes, delivery time and status. */
    private static boolean answersTheSameDelivery(Path json, Receipt receipt) {
        if (!Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            JsonNode held = JSON.readTree(json.toFile());
            return receipt.file().equals(held.path("file").asString(""))
                    && Objects.equals(receipt.sha256(), held.path("sha256").isNull() ? null : held.path("sha256").asString(null))
                    && receipt.status().equals(held.path("status").asString(""))
                    && receipt.receivedAt().toString().equals(held.path("receivedAt").asString(""));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static Path write(Receipt receipt, ReceiptFormat format, Path target) throws IOException {
        ByteArrayOutputStream rendered = new ByteArrayOutputStream(TYPICAL_RECEIPT_BYTES);
        format.write(receipt, rendered);
        return BureauFiles.write(target.getParent(), target.getFileName().toString(), rendered.toByteArray());
    }
}
