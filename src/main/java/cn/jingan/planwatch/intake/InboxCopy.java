package cn.jingan.planwatch.intake;

import java.nio.file.Path;

/**
 * The bytes of one inbox file as the pipeline took them: hashed, then parsed and finally archived or quarantined
 * from {@code bytes}, a private copy (or the inbox file itself when it is too large to be read at all).
 *
 * @param inbox  the file as the scan found it
 * @param bytes  where the taken bytes are
 * @param sha256 their fingerprint
 * @param stamp  the inbox file when its bytes were taken: a change since means it waits for the next run
 */
public record InboxCopy(InboxFile inbox, Path bytes, String sha256, FileStamp stamp) {

    /** True when {@code bytes} is a private copy, not the inbox file itself. */
    public boolean isPrivate() {
        return !bytes.equals(inbox.path());
    }
}
