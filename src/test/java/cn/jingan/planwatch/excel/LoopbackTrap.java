package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;

/** A listener on the loopback port a hostile file points at: proof that no parser ever connected. */
public final class LoopbackTrap {
    private LoopbackTrap() {}

    /** Listens on the port, or returns null when it is taken. */
    public static ServerSocket listenOn(int port) {
        try {
            ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(200);
            return socket;
        } catch (IOException portTaken) {
            return null;
        }
    }

    public static boolean acceptedAConnection(ServerSocket listener) throws IOException {
        try (var ignored = listener.accept()) {
            return true;
        } catch (SocketTimeoutException none) {
            return false;
        }
    }
}
