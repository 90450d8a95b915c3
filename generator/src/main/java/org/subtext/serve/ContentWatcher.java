package org.subtext.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and folders created in them later) and calls back once per burst of changes:
 * an editor's save is often several events in a few milliseconds.
 */
final class ContentWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 15;

    private final WatchService service;
    private final Runnable onChange;
    private final Thread thread;

    ContentWatcher(List<Path> roots, Runnable onChange) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "subtext-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.kind() == ENTRY_CREATE) {
                try {
                    registerTree(dir.resolve((Path) event.context()));
                } catch (IOException ignored) {
                    // a folder that vanished again; the rebuild will see what is there
                }
            } else if (event.kind() == OVERFLOW) {
                return;
            }
        });
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
