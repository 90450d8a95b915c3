package org.subtext.pipeline;

import java.util.concurrent.CompletableFuture;

import org.subtext.render.MessageFiles;
import org.subtext.render.PebbleRenderer;
import org.subtext.render.StaticAssets;

/**
 * What a build makes of the templates folder before it renders: compiled templates, static files and
 * the message files of the interface words.
 */
record Prepared(CompletableFuture<PebbleRenderer> templates, CompletableFuture<StaticAssets> statics,
                CompletableFuture<MessageFiles> messages) {

    /** A failure may be passing (a file caught mid-save), so it is never kept for the next build. */
    boolean failed() {
        return templates.isCompletedExceptionally() || statics.isCompletedExceptionally()
                || messages.isCompletedExceptionally();
    }
}
