package cn.jingan.planwatch.catalog;

/** The district ({@code JA}), a street or the town, a row of {@code schemas/catalog/areas.tsv}. */
public record Area(String code, String nameZh, String kind) {

    public static final String DISTRICT = "JA";

    public boolean isDistrict() {
        return DISTRICT.equals(code);
    }
}
