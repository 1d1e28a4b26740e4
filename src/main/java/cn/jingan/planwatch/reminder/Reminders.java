package cn.jingan.planwatch.reminder;

import cn.jingan.planwatch.datadir.BureauFiles;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.warehouse.DueReturn;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each bureau that owes returns a reminder, {@code outbox/<bureau>/reminder_<as-of>.txt}, and logs one
 * line per bureau. Bureaus that owe nothing get no file.
 */
public final class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final DataDirectory data;

    public Reminders(DataDirectory data) {
        this.data = data;
    }

    /** @return the number of returns owed, by bureau reminded */
    public Map<String, Long> send(LocalDate asOf, int withinDays) {
        if (!Files.isRegularFile(data.warehouse())) {
            log.warn("job=reminder outcome=nothing reason=\"no warehouse yet in {}\"", data.root());
            return Map.of();
        }
        Map<String, List<DueReturn>> byBureau = dueReturns(asOf, withinDays).stream()
                .collect(Collectors.groupingBy(DueReturn::bureauCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, Long> reminded = new LinkedHashMap<>();
        byBureau.forEach((bureau, owed) -> {
            Path file = write(bureau, ReminderLetter.text(bureau, owed.get(0).bureauName(), owed, asOf, withinDays),
                    asOf);
            long overdue = owed.stream().filter(DueReturn::overdue).count();
            log.info("job=reminder bureau={} overdue={} due_soon={} file={}", bureau, overdue, owed.size() - overdue,
                    data.relative(file));
            reminded.put(bureau, (long) owed.size());
        });
        return reminded;
    }

    private List<DueReturn> dueReturns(LocalDate asOf, int withinDays) {
        try (WarehouseReader reader = WarehouseReader.open(data.warehouse())) {
            return reader.dueReturns(asOf, withinDays);
        }
    }

    private Path write(String bureau, String text, LocalDate asOf) {
        Path folder = data.outbox().resolve(bureau);
        String name = "reminder_" + asOf + ".txt";
        try {
            return BureauFiles.write(folder, name, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reminder " + folder.resolve(name), e);
        }
    }
}
