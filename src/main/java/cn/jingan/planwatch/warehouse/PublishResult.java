package cn.jingan.planwatch.warehouse;

import java.nio.file.Path;

/**
 * What a publish did.
 *
 * @param outcome        {@link Outcome#BUILT} when a new file replaced the old one, {@link Outcome#UNCHANGED}
 *                       when the warehouse was already built from this lake version, catalog, settings and SQL
 * @param warehouseFile  the published file
 * @param lakeVersion    the lake version the file now holds
 */
public record PublishResult(Outcome outcome, Path warehouseFile, String lakeVersion) {

    /** Whether the file was rebuilt. */
    public enum Outcome { BUILT, UNCHANGED }

    public boolean built() {
        return outcome == Outcome.BUILT;
    }
}
