package cn.jingan.planwatch.template;

import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.datadir.BureauFiles;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.excel.BlankForm;
import cn.jingan.planwatch.excel.BlankFormWriter;
import cn.jingan.planwatch.observation.PreviousValues;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes each bureau's blank return for a period as {@code <folder>/<bureau>/template_<period>.xlsx}, written
 * aside and renamed into place, readable by the bureau's group ({@link BureauFiles}), with the previous period's
 * values from the warehouse when there is one.
 */
public final class Templates {

    private final Catalog catalog;
    private final DataDirectory data;

    public Templates(Catalog catalog, DataDirectory data) {
        this.catalog = catalog;
        this.data = data;
    }

    /** The template's file name for a period. */
    public static String fileName(Period period) {
        return "template_" + period.code() + ".xlsx";
    }

    /**
     * @param root the folder holding one folder per bureau (the outbox by default)
     * @return the files written; bureaus that owe nothing for the period get none
     */
    public List<Path> write(Period period, Collection<Bureau> bureaus, Path root) {
        BlankReturns blanks = new BlankReturns(catalog, heldValues(period.previous()));
        List<Path> written = new ArrayList<>();
        for (Bureau bureau : bureaus) {
            Optional<BlankForm> form = blanks.of(bureau, period);
            if (form.isPresent()) {
                written.add(write(form.get(), root.resolve(bureau.code()).resolve(fileName(period))));
            }
        }
        return written;
    }

    private PreviousValues heldValues(Period period) {
        if (!Files.isRegularFile(data.warehouse())) {
            return PreviousValues.NONE;
        }
        try (WarehouseReader reader = WarehouseReader.open(data.warehouse())) {
            return reader.periodValues(period.code());
        }
    }

    private static Path write(BlankForm form, Path target) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BlankFormWriter.write(form, bytes);
            return BureauFiles.write(target.getParent(), target.getFileName().toString(), bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the template " + target, e);
        }
    }
}
