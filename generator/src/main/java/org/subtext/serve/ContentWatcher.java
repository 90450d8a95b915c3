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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and folders created in them later) and calls back once per burst of changes
 * (an editor's save is often several events in a few milliseconds) with the real paths that
 * changed. Folders are watched by their real path, so the paths match what the loader reads; when
 * the system dropped events, the watched roots themselves stand for everything under them.
 */
final class ContentWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 8;

    private final WatchService service;
    private final Consumer<Set<Path>> onChange;
    private final List<Path> roots;
    private final Set<Path> changed = new HashSet<>();
    private final Thread thread;

    /** Registers at once: changes from here on are reported, though the calls start with {@link #start}. */
    ContentWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.onChange = onChange;
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                real.add(root.toRealPath());
                registerTree(root.toRealPath());
            }
        }
        this.roots = List.copyOf(real);
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
                Set<Path> batch = Set.copyOf(changed);
                changed.clear();
                onChange.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.kind() == OVERFLOW) {
                changed.addAll(roots);
                return;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == ENTRY_CREATE) {
                try {
                    registerTree(path);
                } catch (IOException ignored) {
                    // a folder that vanished again; the rebuild will see what is there
                }
            }
        });
        if (!key.reset()) {
            // the folder itself went away (deleted or renamed): whatever was in it has changed
            changed.add(dir);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
