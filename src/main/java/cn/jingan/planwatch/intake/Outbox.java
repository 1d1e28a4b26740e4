package cn.jingan.planwatch.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes each receipt into {@code outbox/<bureau>/} in every format, each file complete or absent. */
public final class Outbox {

    private final Path root;
    private final List<ReceiptFormat> formats;

    public Outbox(Path root, List<ReceiptFormat> formats) {
        this.root = root;
        this.formats = formats;
    }

    public List<Path> deliver(Receipt receipt) {
        Path folder = root.resolve(receipt.bureauCode());
        return formats.stream().map(format -> write(receipt, format, folder)).toList();
    }

    private static Path write(Receipt receipt, ReceiptFormat format, Path folder) {
        Path target = folder.resolve(receipt.baseName() + "." + format.extension());
        Path temp = folder.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(temp)) {
                format.write(receipt, out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write receipt " + target, e);
        }
    }
}
