package cn.jingan.planwatch.excel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Part names of an OOXML package: absolute, {@code /}-separated, compared without regard to ASCII case. */
final class OoxmlPartNames {

    /** The source part name of the package's own relationships. */
    static final String PACKAGE_ROOT = "/";

    private OoxmlPartNames() {}

    /**
     * The part name of a ZIP entry name, e.g. {@code xl/workbook.xml} → {@code /xl/workbook.xml}; some writers
     * separate folders with backslashes, which POI accepts too.
     */
    static String ofEntry(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.startsWith("/") ? name : "/" + name;
    }

    /** The key under which a part name is looked up, since part names are equal regardless of ASCII case. */
    static String key(String partName) {
        return partName.toLowerCase(Locale.ROOT);
    }

    /** The relationships part of a source part: {@code /xl/workbook.xml} → {@code /xl/_rels/workbook.xml.rels}. */
    static String relationshipsOf(String sourcePart) {
        int slash = sourcePart.lastIndexOf('/');
        return sourcePart.substring(0, slash + 1) + "_rels/" + sourcePart.substring(slash + 1) + ".rels";
    }

    /**
     * The absolute part name a relationship target points at, relative targets taken from the source part's
     * folder; null when the target is not a path inside the package (a URL, or {@code ..} above the root).
     */
    static String resolve(String sourcePart, String target) {
        String path = decodedPath(target.strip());
        if (path == null || path.isEmpty()) {
            return null;
        }
        String absolute = path.startsWith("/") ? path : sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1) + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : absolute.split("/")) {
            if (segment.isEmpty() || ".".equals(segment)) {
                continue;
            }
            if ("..".equals(segment)) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : "/" + String.join("/", segments);
    }

    private static String decodedPath(String target) {
        try {
            URI uri = new URI(target);
            return uri.getScheme() != null ? null : uri.getPath();
        } catch (URISyntaxException notAUri) {
            return target.indexOf(':') >= 0 ? null : target;
        }
    }
}
