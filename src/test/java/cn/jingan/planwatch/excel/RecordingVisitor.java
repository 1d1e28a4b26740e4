package cn.jingan.planwatch.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps every sheet and row a reader delivers, for assertions. */
class RecordingVisitor implements SheetVisitor {

    final Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
    private List<SheetRow> current;

    @Override
    public void startSheet(String name) {
        current = new ArrayList<>();
        sheets.put(name, current);
    }

    @Override
    public boolean row(SheetRow row) {
        current.add(row);
        return true;
    }

    @Override
    public boolean endSheet() {
        return false;
    }

    List<SheetRow> rows(String sheet) {
        return sheets.get(sheet);
    }

    SheetRow row(String sheet, int number) {
        return sheets.get(sheet).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number + " in " + sheet));
    }

    SheetCell cell(String sheet, String ref) {
        return sheets.get(sheet).stream().flatMap(r -> r.cells().stream()).filter(c -> c.ref().equals(ref))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + ref + " in " + sheet));
    }
}
