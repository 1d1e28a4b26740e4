package cn.jingan.planwatch.report.workbook;

import cn.jingan.planwatch.report.AtomicFile;
import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.warehouse.SectionSummaryRow;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 中期评估 workbook: 封面, one sheet per plan section, 分街镇, 趋势图 and 趋势数据, 报送情况 and 数据来源; every
 * figure a number with its format. Replaced whole, in one rename.
 */
public final class EvaluationWorkbook {
    private EvaluationWorkbook() {}

    /** The name of the per-street sheet. */
    public static final String AREAS = "分街镇";

    /** Writes the workbook of {@code evaluation} to {@code file}, replacing it. */
    public static void write(Path file, Evaluation evaluation) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            CoverSheet.write(workbook, styles, evaluation);
            for (SectionSummaryRow section : evaluation.sections()) {
                SectionSheet.write(workbook, styles, sectionSheetName(section),
                        evaluation.districtRows(section.section()), evaluation.areaNames());
            }
            SectionSheet.write(workbook, styles, AREAS, evaluation.areaRows(), evaluation.areaNames());
            TrendSheets.write(workbook, styles, evaluation);
            TrackerSheet.write(workbook, styles, evaluation);
            LineageSheet.write(workbook, styles, evaluation);
            AtomicFile.write(file, workbook::write);
        }
    }

    /** The sheet of a plan section: its code and name, e.g. {@code S1 对外开放与产业能级}. */
    public static String sectionSheetName(SectionSummaryRow section) {
        return section.section() + " " + section.sectionName();
    }
}
