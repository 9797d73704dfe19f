package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Linkify (bare URLs, {@code www.} links and e-mail addresses become links), done by flexmark's autolink
 * post-processor but only on text that could hold a link: one with {@code :}, {@code @} or {@code www.}. Most text
 * has none, and running the full scan on every text node was half the time of parsing a long post.
 */
final class Linkify implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // nothing to set
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolink = new AutolinkNodePostProcessor(document);
            String source = document.getChars().toString();
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    BasedSequence chars = node.getChars();
                    if (chars.getBaseSequence().length() != source.length()
                            || mayHoldLink(source, chars.getStartOffset(), chars.getEndOffset())) {
                        autolink.process(state, node);
                    }
                }
            };
        }
    }

    /**
     * True when {@code source[start, end)} could start a link: it has a colon (a scheme), an at sign (an e-mail
     * address) or "www.". A link starts inside one text node (schemes, "www." and the part before "@" hold no
     * Markdown punctuation).
     */
    static boolean mayHoldLink(String source, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == ':' || c == '@'
                    || (c == '.' && i - start >= 3 && source.regionMatches(true, i - 3, "www", 0, 3))) {
                return true;
            }
        }
        return false;
    }
}
