package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The files in {@code quarantine/<bureau>/}, each with the reason its receipt gives. */
public final class Quarantine {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Quarantine() {}

    public static List<QuarantinedFile> list(DataDirectory data) {
        List<QuarantinedFile> files = new ArrayList<>();
        if (!Files.isDirectory(data.quarantine())) {
            return files;
        }
        try (Stream<Path> all = Files.walk(data.quarantine())) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                files.add(describe(data, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + data.quarantine(), e);
        }
        return files;
    }

    private static QuarantinedFile describe(DataDirectory data, Path file) {
        String bureau = file.getParent().getFileName().toString();
        String sha8 = Fingerprint.sha256(file).substring(0, 8);
        Optional<JsonNode> receipt = receipt(data.outbox().resolve(bureau), sha8);
        if (receipt.isEmpty()) {
            return new QuarantinedFile(data.relative(file), 0, "（未找到回执 / no receipt found）");
        }
        JsonNode errors = receipt.get().path("errors");
        if (errors.isEmpty()) {
            return new QuarantinedFile(data.relative(file), 0, receipt.get().path("summaryZh").asString(""));
        }
        JsonNode first = errors.get(0);
        String where = first.path("sheet").isNull() || first.path("sheet").isMissingNode() ? ""
                : first.path("sheet").asString("") + (first.path("cell").isNull() ? "" : "!" + first.path("cell").asString(""))
                + " ";
        return new QuarantinedFile(data.relative(file), errors.size(), where + first.path("messageZh").asString(""));
    }

    private static Optional<JsonNode> receipt(Path outbox, String sha8) {
        if (!Files.isDirectory(outbox)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith("." + sha8 + ".receipt.json")).findFirst()
                    .map(f -> JSON.readTree(f.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + outbox, e);
        }
    }
}
