package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of everything a warehouse file is made from: the lake version, the catalog, the
 * rollup settings and the warehouse SQL. Equal keys mean an equal warehouse, so the build can be skipped.
 */
final class BuildKey {

    private static final List<String> SOURCE_SCRIPTS = List.of("source/catalog_indicator.sql",
            "source/catalog_bureau.sql", "source/catalog_area.sql", "source/lake_observation.sql",
            "source/lake_submission.sql", "source/load_lake_observation.sql", "source/load_lake_submission.sql");

    private BuildKey() {}

    static String of(LakeFiles lake, Catalog catalog, RollupSettings settings) {
        MessageDigest digest = sha256();
        feed(digest, "lake:" + lake.version());
        feed(digest, "tolerance:" + settings.tolerance());
        catalog.indicators().forEach(i -> feed(digest, i.toString()));
        catalog.bureaus().forEach(b -> feed(digest, b.toString()));
        catalog.areas().forEach(a -> feed(digest, a.toString()));
        SOURCE_SCRIPTS.forEach(s -> feed(digest, WarehouseSql.text(s)));
        feed(digest, WarehouseSql.text("build.txt"));
        WarehouseSql.manifest("build.txt").forEach(s -> feed(digest, WarehouseSql.text(s)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void feed(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
