package cn.jingan.planwatch.lake;

/** A file of the lake that cannot be read, named with what to do about it. */
public final class DamagedLakeException extends IllegalStateException {

    public DamagedLakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
