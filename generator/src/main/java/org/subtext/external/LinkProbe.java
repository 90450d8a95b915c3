package org.subtext.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import javax.net.ssl.SSLException;

/**
 * Asks whether one address answers: HEAD first, then GET when HEAD gets an error status, because
 * many servers refuse HEAD (405, 501) or answer it wrongly (403, 400, even 404) while GET works; so
 * only GET's error is believed. GET bodies are not read: the stream is closed once the status is in.
 * Redirects are followed; a page that moved and answers is live. Thread-safe.
 */
final class LinkProbe {

    private final HttpClient client;
    private final Duration timeout;

    LinkProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
    }

    Answer probe(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Answer.dead("not a valid address");
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            return Answer.dead("not an http:// or https:// address");
        }
        try {
            if (status(uri, "HEAD") < 400) {
                return Answer.LIVE;
            }
            int status = status(uri, "GET");
            return status < 400 ? Answer.LIVE : Answer.dead(StatusNames.describe(status));
        } catch (HttpTimeoutException e) {
            return Answer.dead("no answer within " + describe(timeout));
        } catch (IOException e) {
            return Answer.dead(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.dead("interrupted");
        }
    }

    private int status(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", "subtext-check (source link checker)")
                .header("Accept", "*/*")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    /** The cause a writer can act on, found down the chain HttpClient wraps it in. */
    static String describe(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "host not found";
            }
            if (cause instanceof SSLException) {
                return "secure connection failed (" + cause.getMessage() + ")";
            }
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "connection failed" : "connection failed (" + message + ")";
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
