package org.subtext.external;

/** What fetching one address gave: live, or dead with the reason a writer reads ("404 Not Found"). */
record Answer(boolean live, String problem) {

    static final Answer LIVE = new Answer(true, null);

    static Answer dead(String problem) {
        return new Answer(false, problem);
    }
}
