package cn.jingan.planwatch.warehouse;

/** The warehouse could not be built or published; the previous warehouse file is untouched. */
public class WarehouseBuildException extends RuntimeException {

    public WarehouseBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
