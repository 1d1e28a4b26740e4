package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of everything a warehouse file is made from: the lake version, the catalog, the
 * rollup settings and the warehouse SQL. Equal keys mean an equal warehouse, so the build can be skipped.
 */
final class BuildKey {

    private BuildKey() {}

    static String of(LakeFiles lake, Catalog catalog, RollupSettings settings) {
        MessageDigest digest = sha256();
        feed(digest, "lake:" + lake.version());
        feed(digest, "tolerance:" + settings.tolerance());
        feed(digest, "zone:" + settings.planZone().getId());
        catalog.indicators().forEach(i -> feed(digest, i.toString()));
        catalog.bureaus().forEach(b -> feed(digest, b.toString()));
        catalog.areas().forEach(a -> feed(digest, a.toString()));
        CatalogSource.SCRIPTS.forEach(s -> feed(digest, WarehouseSql.text(s)));
        LakeSource.SCRIPTS.forEach(s -> feed(digest, WarehouseSql.text(s)));
        feed(digest, WarehouseSql.text(WarehouseSql.BUILD));
        WarehouseSql.manifest(WarehouseSql.BUILD).forEach(s -> feed(digest, WarehouseSql.text(s)));
        WarehouseSql.checks(WarehouseSql.BUILD).forEach(s -> feed(digest, WarehouseSql.text(s)));
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
