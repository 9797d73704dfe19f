package io.recapstudio.ui.editor.highlight;

import io.recapstudio.core.shortcode.LexState;

/**
 * What a line's highlighting depends on from the lines before it: which block it starts in (front matter, fenced
 * code, a comment…) and whether it starts inside an unfinished shortcode call. Equal states at a line start mean
 * the rest of the document is styled as before, which is where incremental re-styling stops.
 *
 * @param block           the block the line starts in
 * @param fenceChar       the fence character ({@code `} or {@code ~}) of an open fenced code block
 * @param number          fence length in a fence; nesting depth in JSON front matter; block scalar indentation
 *                        (the key's indent) in YAML, -1 when not in a block scalar
 * @param quote           an open multi-line string in TOML ({@code "} or {@code '} for triple quotes), else 0
 * @param shortcode       the core shortcode lexer's state when the line starts inside an unfinished call, or null
 */
public record LineState(Block block, char fenceChar, int number, char quote, LexState shortcode) {

    /** Where a line can start. */
    public enum Block { DOC_START, BODY, YAML, TOML, JSON, FENCE, COMMENT }

    public static final LineState DOC_START = new LineState(Block.DOC_START, '\0', 0, '\0', null);
    public static final LineState BODY = new LineState(Block.BODY, '\0', 0, '\0', null);
    public static final LineState YAML = new LineState(Block.YAML, '\0', -1, '\0', null);
    public static final LineState TOML = new LineState(Block.TOML, '\0', 0, '\0', null);
    public static final LineState COMMENT = new LineState(Block.COMMENT, '\0', 0, '\0', null);

    static LineState fence(char c, int length) {
        return new LineState(Block.FENCE, c, length, '\0', null);
    }

    static LineState json(int depth) {
        return new LineState(Block.JSON, '\0', depth, '\0', null);
    }

    static LineState yamlBlockScalar(int keyIndent) {
        return keyIndent < 0 ? YAML : new LineState(Block.YAML, '\0', keyIndent, '\0', null);
    }

    static LineState tomlString(char quote) {
        return quote == '\0' ? TOML : new LineState(Block.TOML, '\0', 0, quote, null);
    }

    LineState withShortcode(LexState state) {
        if (state == shortcode) {
            return this;
        }
        return new LineState(block, fenceChar, number, quote, state);
    }

    /** The state of the block without an open shortcode call. */
    LineState withoutShortcode() {
        return shortcode == null ? this : new LineState(block, fenceChar, number, quote, null);
    }

    /** True inside front matter (YAML, TOML or JSON). */
    public boolean inFrontMatter() {
        return block == Block.YAML || block == Block.TOML || block == Block.JSON;
    }
}
