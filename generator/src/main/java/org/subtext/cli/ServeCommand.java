package org.subtext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.subtext.pipeline.BuildOptions;
import org.subtext.serve.PreviewServer;

final class ServeCommand {

    private ServeCommand() {
    }

    static final Command COMMAND = new Command("serve",
            "Serves a live preview on loopback: rebuilds on every save and reloads open tabs.",
            List.of(), Command.options(SiteOptions.OPTIONS, List.of(
                    Option.value("--port", "PORT", "8080", "port to listen on; 0 picks a free one"),
                    Option.value("--host", "HOST", "127.0.0.1", "address to listen on (127.0.0.1 is this machine only)"))),
            ServeCommand::run);

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        String host = arguments.value("--host");
        int port = port(arguments);
        BuildOptions options = SiteOptions.toBuildOptions(arguments, null);
        String notAProject = ProjectFolder.problem(options.content(), "serve");
        if (notAProject != null) {
            // a preview of nothing would wait, serving errors, for a folder that is not going to appear
            err.println("error: " + notAProject);
            return 1;
        }
        PreviewServer server;
        try {
            server = new PreviewServer(options, host, port, line -> {
                out.println(line);
                out.flush();
            });
            server.start();
        } catch (java.net.BindException e) {
            err.println("error: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another --port");
            return 1;
        }
        out.println("Serving http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + server.basePath() + " (Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static int port(Arguments arguments) {
        String value = arguments.value("--port");
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw arguments.wrong("--port must be a number from 0 to 65535, not '" + value + "'");
    }
}
