package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Frequency;
import cn.jingan.planwatch.catalog.Period;
import java.time.Instant;
import java.util.List;

/**
 * One workbook of the sample set: which bureau sends it, for which period, what it says and when it arrives.
 *
 * @param fileName      name inside the bureau's folder
 * @param reportingUnit what the clerk wrote as 填报单位
 * @param periodLabel   what the clerk wrote as 报告期
 */
record SampleReturn(String bureau, Frequency frequency, Period period, String fileName, String reportingUnit,
                    Entry periodLabel, List<ReturnRow> rows, Instant receivedAt) {

    /** Path relative to the sample-inputs folder, as written in received.tsv. */
    String relativePath() {
        return bureau + "/" + fileName;
    }

    SampleReturn withFileName(String newName) {
        return new SampleReturn(bureau, frequency, period, newName, reportingUnit, periodLabel, rows, receivedAt);
    }

    SampleReturn withReportingUnit(String unit) {
        return new SampleReturn(bureau, frequency, period, fileName, unit, periodLabel, rows, receivedAt);
    }

    SampleReturn withRows(List<ReturnRow> newRows) {
        return new SampleReturn(bureau, frequency, period, fileName, reportingUnit, periodLabel, newRows, receivedAt);
    }

    SampleReturn withReceivedAt(Instant instant) {
        return new SampleReturn(bureau, frequency, period, fileName, reportingUnit, periodLabel, rows, instant);
    }
}
