package cn.jingan.planwatch.intake.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each receipt into {@code outbox/<bureau>/} in every format, each file complete or absent: rendered in
 * memory (a receipt is a few kilobytes), written aside in one go, then renamed into place. A receipt never
 * replaces another file's: when its name is taken by the answer to another delivery it takes the next free one;
 * only the same answer to the same delivery (after a crash) is written again in place.
 */
public final class Outbox {

    private static final int TYPICAL_RECEIPT_BYTES = 8 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final List<ReceiptFormat> formats;

    public Outbox(Path root, List<ReceiptFormat> formats) {
        this.root = root;
        this.formats = formats;
    }

    public List<Path> deliver(Receipt receipt) {
        Path folder = root.resolve(receipt.bureauCode());
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
            }
            String baseName = slotFor(receipt, folder);
            List<Path> written = new ArrayList<>(formats.size());
            for (ReceiptFormat format : formats) {
                written.add(write(receipt, format, folder.resolve(baseName + "." + format.extension())));
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the receipt for " + receipt.baseName() + " in " + folder, e);
        }
    }

    /** True when the outbox already holds this answer to this delivery. */
    public boolean holds(Receipt receipt) {
        Path folder = root.resolve(receipt.bureauCode());
        for (int n = 1; ; n++) {
            String baseName = receipt.baseName(n);
            if (isFree(folder, baseName)) {
                return false;
            }
            if (answersTheSameDelivery(folder.resolve(baseName + ".json"), receipt)) {
                return true;
            }
        }
    }

    /** The first name that is free or holds this very answer. */
    private String slotFor(Receipt receipt, Path folder) {
        for (int n = 1; ; n++) {
            String baseName = receipt.baseName(n);
            if (isFree(folder, baseName) || answersTheSameDelivery(folder.resolve(baseName + ".json"), receipt)) {
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
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        ByteArrayOutputStream rendered = new ByteArrayOutputStream(TYPICAL_RECEIPT_BYTES);
        format.write(receipt, rendered);
        Files.write(temp, rendered.toByteArray());
        return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
