package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every attempt to open a network connection while installed: URL connections and plain
 * sockets both ask the default {@link ProxySelector} first, and authentication asks the default
 * {@link Authenticator}.
 */
public final class NetworkAttempts implements AutoCloseable {

    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final ProxySelector previous;

    private NetworkAttempts() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri.toString());
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                attempts.add("failed " + uri);
            }
        });
        Authenticator.setDefault(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                attempts.add("authentication for " + getRequestingURL());
                return null;
            }
        });
    }

    public static NetworkAttempts record() {
        return new NetworkAttempts();
    }

    public List<String> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void close() {
        ProxySelector.setDefault(previous);
        Authenticator.setDefault(null);
    }
}
