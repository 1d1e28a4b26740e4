package cn.jingan.planwatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A wave of corrected returns sent after the 2024 mid-year evaluation, delivered on top of {@code sample-inputs}:
 * each file carries only the rows it corrects. {@code golden/README.md} works out what they change.
 */
final class RevisionWave {

    /** Before every revision of the wave, after every sample return. */
    static final String BEFORE_THE_WAVE = "2024-09-01T00:00:00Z";

    /** After the finance revision, before the others. */
    static final String AFTER_THE_FIRST_REVISION = "2024-09-10T12:00:00Z";

    private RevisionWave() {}

    /** One corrected workbook; a null area means the district, a value {@code —} means not reported. */
    private record Revision(String bureau, String file, String bureauName, String period, String receivedAt,
                            String valueHeader, boolean withYearToDate, boolean withArea, List<String[]> rows) {}

    private static final List<Revision> WAVE = List.of(
            new Revision("finance", "finance_2024-Q2_更正.xlsx", "区金融办", "2024年1-6月", "2024-09-10T02:10:00Z",
                    "本期值", false, false, List.<String[]>of(new String[] {"I07", "新增重点金融机构数", "5"})),
            new Revision("construction", "construction_2024-Q2_更正.xlsx", "区建管委", "2024年第2季度",
                    "2024-09-12T02:20:00Z", "本期值", true, false,
                    List.<String[]>of(new String[] {"I20", "既有公共建筑节能改造面积", "5.40", "10.20"})),
            new Revision("scitech", "scitech_2023_更正.xlsx", "区科委", "2023年度", "2024-09-12T03:05:00Z", "本期值",
                    false, false, List.<String[]>of(new String[] {"I09", "高新技术企业数", "801"})),
            new Revision("health", "health_2023_更正.xlsx", "区卫健委", "2023年", "2024-09-12T06:40:00Z", "本期值",
                    false, true, List.of(new String[] {"I23", "全科家庭医生特色专科数", "5", "共和新路街道"},
                            new String[] {"I23", "全科家庭医生特色专科数", "3", "临汾路街道"})),
            new Revision("greening", "greening_2024-Q2_更正.xlsx", "区绿化市容局", "2024年第二季度",
                    "2024-09-12T07:15:00Z", "本期值（平方米）", false, false,
                    List.of(new String[] {"I18", "新建公园绿地面积", "19500"}, new String[] {"I19", "新建立体绿化面积", "—"})),
            new Revision("sports", "sports_2020_更正.xlsx", "区体育局", "2020年度", "2024-09-12T08:30:00Z", "本期值",
                    false, false, List.<String[]>of(new String[] {"I24", "人均体育场地面积", "0.7"})));

    /** Writes the wave as {@code <bureau>/<file>} plus {@code received.tsv}, ready for {@code run --copy-from}. */
    static Path writeTo(Path dir) throws IOException {
        List<String> received = new ArrayList<>(List.of("file\treceived_at"));
        for (Revision revision : WAVE) {
            Path file = dir.resolve(revision.bureau()).resolve(revision.file());
            Files.createDirectories(file.getParent());
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                fill(workbook.createSheet("更正"), revision);
                workbook.write(out);
            }
            received.add(revision.bureau() + "/" + revision.file() + "\t" + revision.receivedAt());
        }
        Files.write(dir.resolve("received.tsv"), received);
        return dir;
    }

    private static void fill(Sheet sheet, Revision revision) {
        sheet.createRow(0).createCell(0).setCellValue("静安区“十四五”规划指标监测报表（更正）");
        label(sheet.createRow(1), "填报单位", revision.bureauName());
        label(sheet.createRow(2), "报告期", revision.period());
        List<String> header = new ArrayList<>(List.of("指标编码", "指标名称", revision.valueHeader()));
        if (revision.withYearToDate()) {
            header.add("本年累计");
        }
        if (revision.withArea()) {
            header.add("区域");
        }
        Row head = sheet.createRow(4);
        for (int i = 0; i < header.size(); i++) {
            head.createCell(i).setCellValue(header.get(i));
        }
        int r = 5;
        for (String[] values : revision.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.length; i++) {
                if (i >= 2 && values[i].matches("-?\\d+(\\.\\d+)?") && !(revision.withArea() && i == values.length - 1)) {
                    row.createCell(i).setCellValue(Double.parseDouble(values[i]));
                } else {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
        }
        sheet.createRow(r + 1).createCell(0).setCellValue("注：本表为更正报表，仅含更正的行。");
    }

    private static void label(Row row, String label, String value) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    /** Writes the wave into the folder given as the first argument. */
    public static void main(String[] args) throws IOException {
        writeTo(Path.of(args[0]));
    }
}
