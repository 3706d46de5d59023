package org.newslens.store;

/** What a search hit shows, kept per article in doc values. {@code lead} is the start of the text. */
record HitSummary(String key, String id, String title, String outlet, String author, String published, String lead) {

    static final int LEAD_CHARS = 240;

    static String lead(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= LEAD_CHARS ? flat : flat.substring(0, LEAD_CHARS) + "…";
    }
}
