package org.newslens.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.newslens.core.model.CharSpan;

/**
 * One line of an article's text, without its line terminator.
 *
 * @param span    where the line lies in the text (terminator excluded)
 * @param content the line's characters
 */
public record TextLine(CharSpan span, String content) {

    /** The trimmed content, also without a BOM. */
    public String trimmed() {
        return content.replace("\uFEFF", "").strip();
    }

    public boolean isBlank() {
        return trimmed().isEmpty();
    }

    /** Splits {@code text} into lines on {@code \n}, {@code \r\n} or {@code \r}. */
    public static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new TextLine(new CharSpan(start, i), text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new TextLine(new CharSpan(start, text.length()), text.substring(start)));
        }
        return lines;
    }
}
