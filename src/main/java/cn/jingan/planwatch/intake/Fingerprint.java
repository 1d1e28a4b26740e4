package cn.jingan.planwatch.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes: the same bytes again is a duplicate. */
public final class Fingerprint {
    private Fingerprint() {}

    public static String sha256(Path file) {
        try {
            return copying(file, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a regular file (never through a link) once, writing its bytes to {@code out}; returns their SHA-256. */
    static String copying(Path file, OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
             OutputStream digesting = new DigestOutputStream(out, digest)) {
            in.transferTo(digesting);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
