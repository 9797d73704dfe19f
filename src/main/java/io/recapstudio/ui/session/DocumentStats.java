package io.recapstudio.ui.session;

import io.recapstudio.core.post.Post;

/**
 * Word count and reading time of a post's body, counted as Hugo's {@code .WordCount} and {@code .ReadingTime} do
 * (front matter and shortcode calls excluded; 213 words a minute, rounded up).
 */
public record DocumentStats(int words, int readingMinutes) {

    public static final DocumentStats EMPTY = new DocumentStats(0, 0);

    private static final int WORDS_PER_MINUTE = 213;

    public static DocumentStats of(String text) {
        int words = countWords(text, Post.ofText(text).bodyStart());
        return new DocumentStats(words, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static int countWords(String text, int from) {
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 2 < n && text.charAt(i + 1) == '{'
                    && (text.charAt(i + 2) == '<' || text.charAt(i + 2) == '%')) {
                int close = text.indexOf("}}", i + 3);
                if (close < 0) {
                    break;
                }
                i = close + 1;
                inWord = false;
                continue;
            }
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord && Character.isLetterOrDigit(c)) {
                inWord = true;
                words++;
            }
        }
        return words;
    }
}
