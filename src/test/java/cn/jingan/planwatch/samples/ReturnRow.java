package cn.jingan.planwatch.samples;

/** One data row of a sample return; columns a bureau does not use are simply not written. */
record ReturnRow(String code, String name, String unit, Entry value, Entry yearToDate, String area, String note) {

    ReturnRow withValue(Entry newValue) {
        return new ReturnRow(code, name, unit, newValue, yearToDate, area, note);
    }

    ReturnRow withUnit(String newUnit) {
        return new ReturnRow(code, name, newUnit, value, yearToDate, area, note);
    }

    ReturnRow withNote(String newNote) {
        return new ReturnRow(code, name, unit, value, yearToDate, area, newNote);
    }
}
