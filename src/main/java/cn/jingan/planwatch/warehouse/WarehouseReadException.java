package cn.jingan.planwatch.warehouse;

/** A warehouse file could not be opened or queried. */
public class WarehouseReadException extends RuntimeException {

    public WarehouseReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
