package cn.jingan.planwatch.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real .xlsx returns of the Development and Reform Commission (I15, quarterly), dropped into an inbox. */
public final class TestReturns {

    private TestReturns() {}

    /**
     * Delivers {@code quarters} good quarterly returns from 2021-Q1 on, and one that is rejected (an indicator
     * the bureau does not own), into {@code dataDir/inbox/drc/}, each received a few days after its quarter.
     */
    public static List<Path> deliver(Path dataDir, int quarters) throws IOException {
        Path folder = dataDir.resolve("inbox/drc");
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < quarters; n++) {
            int year = 2021 + n / 4;
            int quarter = n % 4 + 1;
            files.add(write(folder.resolve("drc_" + year + "-Q" + quarter + ".xlsx"), year + "年第" + quarter + "季度",
                    "I15", 2 + n % 3, LocalDate.of(year, quarter * 3, 1).plusMonths(1).plusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        files.add(write(folder.resolve("drc_wrong-indicator_2021-Q2.xlsx"), "2021年第2季度", "I01", 5,
                Instant.parse("2021-07-02T02:00:00Z")));
        return files;
    }

    static Path write(Path file, String period, String indicator, double value, Instant receivedAt)
            throws IOException {
        Files.write(file, bytes(period, indicator, value));
        Files.setLastModifiedTime(file, FileTime.from(receivedAt));
        return file;
    }

    /** The bytes of a return of the commission holding one value. */
    static byte[] bytes(String period, String indicator, double value) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("季报");
            cells(sheet.createRow(0), "填报单位", "区发改委");
            cells(sheet.createRow(1), "报告期", period);
            cells(sheet.createRow(3), "指标编码", "本期值");
            Row data = sheet.createRow(4);
            data.createCell(0).setCellValue(indicator);
            data.createCell(1).setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
