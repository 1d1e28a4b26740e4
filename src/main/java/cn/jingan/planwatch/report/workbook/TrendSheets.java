package cn.jingan.planwatch.report.workbook;

import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.report.IndicatorPath;
import cn.jingan.planwatch.warehouse.MidtermRow;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A chart per indicator on 趋势图, each drawn from its block of 趋势数据: at each half-year end and the evaluation
 * date, the figure judged, where 序时进度 says it should stand, and the target.
 */
final class TrendSheets {
    private TrendSheets() {}

    static final String CHARTS = "趋势图";
    static final String DATA = "趋势数据";

    private static final int CHART_COLUMNS = 9;
    private static final int CHART_ROWS = 18;

    static void write(XSSFWorkbook workbook, Styles styles, Evaluation e) {
        XSSFSheet charts = workbook.createSheet(CHARTS);
        XSSFSheet data = workbook.createSheet(DATA);
        SheetWriter table = new SheetWriter(data, styles);
        XSSFDrawing drawing = charts.createDrawingPatriarch();
        int index = 0;
        for (MidtermRow row : e.districtRows()) {
            IndicatorPath path = e.path(row);
            String title = row.indicatorCode() + " " + row.indicatorName() + "（" + unit(row) + "）";
            int first = block(table, styles, path, title, unit(row));
            int last = table.position() - 1;
            table.gap();
            int left = (index % 2) * CHART_COLUMNS;
            int top = (index / 2) * CHART_ROWS;
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + CHART_COLUMNS - 1,
                    top + CHART_ROWS - 1);
            chart(drawing.createChart(anchor), data, title, first, last);
            index++;
        }
        new SheetWriter(charts, styles).layout();
        table.layout(14, 16, 20, 16);
    }

    /** Writes one indicator's rows; returns the index of its first data row. */
    private static int block(SheetWriter table, Styles styles, IndicatorPath path, String title, String unit) {
        SheetWriter.text(table.row(), 0, title, styles.header());
        table.labels("日期", "实际值", "按序时进度应达到", "目标值");
        int first = table.position();
        String format = Styles.unitFormat(unit);
        if (path.points().isEmpty()) {
            SheetWriter.text(table.row(), 0, "暂无数据", styles.text());
            return first;
        }
        for (IndicatorPath.Point point : path.points()) {
            XSSFRow row = table.row();
            SheetWriter.text(row, 0, point.date().toString(), styles.text());
            SheetWriter.number(row, 1, point.figure(), styles.number(format));
            SheetWriter.number(row, 2, point.expected(), styles.number(format));
            SheetWriter.number(row, 3, path.target(), styles.number(format));
        }
        return first;
    }

    private static void chart(XSSFChart chart, XSSFSheet data, String title, int first, int last) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis dates = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(data,
                new CellRangeAddress(first, last, 0, 0));
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, dates, values);
        String[] names = {"实际值", "按序时进度应达到", "目标值"};
        MarkerStyle[] markers = {MarkerStyle.CIRCLE, MarkerStyle.NONE, MarkerStyle.NONE};
        for (int i = 0; i < names.length; i++) {
            XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromNumericCellRange(data,
                    new CellRangeAddress(first, last, i + 1, i + 1));
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) lines.addSeries(categories, series);
            line.setTitle(names[i], null);
            line.setMarkerStyle(markers[i]);
            line.setSmooth(false);
        }
        chart.plot(lines);
    }

    private static String unit(MidtermRow row) {
        return row.areasTotal() != null ? "达标街镇数" : row.unit();
    }
}
