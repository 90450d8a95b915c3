package org.subtext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.subtext.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a live preview on loopback: rebuilds on every save and reloads open tabs.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PreviewServer server;
        try {
            server = new PreviewServer(site.toBuildOptions(spec.commandLine(), null), host, port, line -> {
                out.println(line);
                out.flush();
            });
            server.start();
        } catch (java.net.BindException e) {
            spec.commandLine().getErr().println("error: cannot listen on " + host + ":" + port + " (" + e.getMessage()
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
}
