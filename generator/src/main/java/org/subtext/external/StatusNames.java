package org.subtext.external;

import java.util.Map;

/** "404 Not Found": HttpClient gives the status code only, and a bare number says little to a writer. */
final class StatusNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private StatusNames() {
    }

    static String describe(int status) {
        String name = NAMES.get(status);
        return name == null ? "HTTP status " + status : status + " " + name;
    }
}
