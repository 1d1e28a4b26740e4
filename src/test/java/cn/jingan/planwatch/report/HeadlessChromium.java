package cn.jingan.planwatch.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's {@code chromium}, headless, driven over the Chrome DevTools protocol on a loopback port the browser
 * picks itself (port 0, so concurrent builds never collide): opens a page, records every console message,
 * uncaught exception and network request, evaluates script in it and takes screenshots. The profile is
 * removed on close.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private String session;

    private final Path profile;

    private HeadlessChromium(Process process, WebSocket socket, Listener listener, Path profile) {
        this.profile = profile;
        this.process = process;
        this.socket = socket;
        listener.owner = this;
    }

    /** Starts the browser with a fresh profile under {@code profile} and attaches to a blank page. */
    public static HeadlessChromium start(Path profile) throws Exception {
        Files.createDirectories(profile);
        Process process = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile.toAbsolutePath(), "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String endpoint = endpoint(process);
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(endpoint), listener).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        HeadlessChromium browser = new HeadlessChromium(process, socket, listener, profile);
        String target = browser.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
        browser.session = browser.call("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asString();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            browser.call(domain + ".enable", Map.of());
        }
        return browser;
    }

    /** Opens {@code url} in a window {@code width} CSS pixels wide and waits for its load event. */
    public void open(String url, int width, int height) throws Exception {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        int before = events("Page.loadEventFired").size();
        call("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (events("Page.loadEventFired").size() <= before) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no load event for " + url);
            }
            Thread.sleep(50);
        }
    }

    /** The value of a script expression evaluated in the page. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        return result.get("result").get("value");
    }

    /** A PNG of the whole page at the current width, written to {@code file}. */
    public void screenshot(Path file) throws Exception {
        JsonNode size = call("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(),
                        "height", size.get("height").asDouble(), "scale", 1)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
    }

    /** A PNG of what the window shows, the first screen only, written to {@code file}. */
    public void screenshotOfTheWindow(Path file) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
    }

    /** Console messages of level error, uncaught exceptions and browser log errors, as text. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode event : snapshot()) {
            String method = event.get("method").asString();
            JsonNode params = event.get("params");
            if (method.equals("Runtime.exceptionThrown")
                    || (method.equals("Runtime.consoleAPICalled") && params.get("type").asString().equals("error"))
                    || (method.equals("Log.entryAdded") && params.get("entry").get("level").asString().equals("error"))) {
                errors.add(params.toString());
            }
        }
        return errors;
    }

    /** The URL of every request the page made, its own included. */
    public List<String> requests() {
        return events("Network.requestWillBeSent").stream().map(e -> e.get("params").get("request").get("url")
                .asString()).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser goes down below in any case
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        deleteProfile();
    }

    /** Removes the profile; the browser's helper processes may still be closing files, so it tries a few times. */
    private void deleteProfile() throws InterruptedException {
        for (int attempt = 0; attempt < 20 && Files.exists(profile); attempt++) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                Thread.sleep(100);
            }
        }
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(message.toString(), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    private void received(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else {
            synchronized (events) {
                events.add(message);
            }
        }
    }

    private List<JsonNode> snapshot() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private List<JsonNode> events(String method) {
        return snapshot().stream().filter(e -> e.get("method").asString().equals(method)).toList();
    }

    private static String endpoint(Process process) throws Exception {
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    Matcher m = ENDPOINT.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1));
                    }
                }
                found.completeExceptionally(new IllegalStateException("chromium exited: " + process.waitFor()));
            } catch (IOException | InterruptedException e) {
                found.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return found.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Collects the socket's text frames into messages. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (owner != null) {
                    owner.received(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
