package cn.jingan.planwatch.benchmark;

import cn.jingan.planwatch.cli.PlanwatchCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code RunTwice <warm-up inputs> run --copy-from <inputs> ...}: one JVM runs the given {@code planwatch run}
 * first over the warm-up inputs, then as given, so the second run meets classes loaded and code compiled, as a
 * long-lived {@code planwatch serve} does at each poll.
 */
public final class RunTwice {

    private RunTwice() {}

    public static void main(String[] args) {
        List<String> warmup = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        warmup.set(warmup.indexOf("--copy-from") + 1, args[0]);
        int first = PlanwatchCommand.execute(warmup.toArray(String[]::new));
        int second = PlanwatchCommand.execute(Arrays.copyOfRange(args, 1, args.length));
        System.exit(first != 0 ? first : second);
    }
}
