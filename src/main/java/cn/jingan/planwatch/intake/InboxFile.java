package cn.jingan.planwatch.intake;

import java.nio.file.Path;
import java.time.Instant;

/** A file found complete in {@code inbox/<bureau>/}, with its modification time (its received_at). */
public record InboxFile(Path path, String bureauCode, Instant receivedAt, long size) {
}
