package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.UnreadableWorkbookException;
import cn.jingan.planwatch.excel.WorkbookReader;
import cn.jingan.planwatch.observation.PreviousValues;
import java.util.Optional;

/** Reads a delivered workbook and validates it into an accepted or rejected return; never throws for bad input. */
public final class ReturnNormalizer {

    private static final String UNREADABLE_MESSAGE =
            "无法读取此文件，请用 Excel 或 WPS 打开确认无误后另存为 .xlsx 重新报送。";

    private final WorkbookReader reader;
    private final ReturnValidator validator;

    public ReturnNormalizer(WorkbookReader reader, Catalog catalog, PreviousValues previous) {
        this.reader = reader;
        this.validator = new ReturnValidator(catalog, previous);
    }

    public ValidatedReturn normalize(ReturnFile file) {
        ReturnLayout layout = new ReturnLayout();
        try {
            reader.read(file.path(), layout);
        } catch (UnreadableWorkbookException e) {
            String code = e.reason() == null ? FindingCodes.UNREADABLE : e.reason().name();
            String message = e.getMessage() == null || e.getMessage().isBlank() ? UNREADABLE_MESSAGE : e.getMessage();
            return ReturnValidator.rejected(file, code, message);
        } catch (RuntimeException e) {
            return ReturnValidator.rejected(file, FindingCodes.UNREADABLE, UNREADABLE_MESSAGE);
        }
        Optional<ReturnSheet> sheet = layout.result();
        return sheet.isPresent() ? validator.validate(file, sheet.get()) : ReturnValidator.noTable(file);
    }
}
