package org.subtext.pipeline;

import java.util.concurrent.CompletableFuture;

import org.subtext.render.PebbleRenderer;
import org.subtext.render.StaticAssets;

/** What a build makes of the templates folder before it renders: compiled templates and static files. */
record Prepared(CompletableFuture<PebbleRenderer> templates, CompletableFuture<StaticAssets> statics) {

    /** A failure may be passing (a file caught mid-save), so it is never kept for the next build. */
    boolean failed() {
        return templates.isCompletedExceptionally() || statics.isCompletedExceptionally();
    }
}
