package org.newslens.ingest.html;

import java.time.LocalDate;

/** Title, author, date and site name read from a page's metadata and structure; any may be null. */
record PageMetadata(String title, String author, LocalDate published, String outlet) {
}
