package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code sample-inputs/}: every bureau's returns from 2020 to 2024-Q2, the bad files, the revision,
 * the duplicate and {@code received.tsv}. Deterministic: the same bytes on every run.
 * Run: {@code java ... cn.jingan.planwatch.samples.SampleInputsGenerator sample-inputs}.
 */
public final class SampleInputsGenerator {

    static final long SEED = 20240218L;

    private SampleInputsGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleInputsGenerator <output folder>");
            System.exit(2);
        }
        List<String> written = generate(Path.of(args[0]));
        System.out.println("wrote " + written.size() + " returns to " + args[0]);
    }

    /** Writes the whole sample set into a folder, replacing earlier workbooks; returns the files written. */
    static List<String> generate(Path folder) throws IOException {
        Catalog catalog = Catalog.load();
        SampleFigures figures = SampleFigures.create(SEED);
        List<SampleReturn> regular = new ReturnPlanner(catalog, figures, new DeliveryClock(SEED)).regularReturns();
        List<SampleReturn> all = new ArrayList<>(regular);
        all.addAll(new FaultyReturns(regular).returns());

        removeOldWorkbooks(folder);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter();
        List<String> received = new ArrayList<>();
        for (SampleReturn sample : all) {
            writer.write(sample, folder.resolve(sample.relativePath()));
            received.add(sample.relativePath() + "\t" + sample.receivedAt());
        }
        SampleReturn duplicated = all.stream().filter(r -> r.relativePath().equals(FaultyReturns.DUPLICATED))
                .findFirst().orElseThrow();
        Files.copy(folder.resolve(FaultyReturns.DUPLICATED), folder.resolve(FaultyReturns.DUPLICATE),
                StandardCopyOption.REPLACE_EXISTING);
        received.add(FaultyReturns.DUPLICATE + "\t" + duplicated.receivedAt().plus(FaultyReturns.DUPLICATE_DELAY));

        received.sort(Comparator.naturalOrder());
        List<String> lines = new ArrayList<>();
        lines.add("file\treceived_at");
        lines.addAll(received);
        Files.write(folder.resolve("received.tsv"), lines, StandardCharsets.UTF_8);
        return received.stream().map(line -> line.substring(0, line.indexOf('\t'))).toList();
    }

    private static void removeOldWorkbooks(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".xls")).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
