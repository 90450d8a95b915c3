package org.subtext.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The open server-sent-event streams of browser tabs, told when to reload or show errors. */
final class ReloadChannel {

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    void add(OutputStream client) throws IOException {
        client.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        client.flush();
        clients.add(client);
    }

    void send(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(message);
                client.flush();
            } catch (IOException e) {
                clients.remove(client);
                try {
                    client.close();
                } catch (IOException ignored) {
                    // the tab is gone; nothing to tell it
                }
            }
        }
    }

    void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }
        clients.clear();
    }
}
