package io.recapstudio.core.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Goldmark's footnote numbering: notes numbered in the order of their first reference in the document, each
 * reference counted per note ({@code fnref:1}, {@code fnref1:1}, …); notes nobody references are not shown.
 */
record FootnoteNumbers(List<FootnoteBlock> blocks, Map<FootnoteBlock, Integer> ordinals,
                       Map<FootnoteBlock, Integer> referenceCounts, Map<Footnote, Integer> referenceIndexes) {

    static final FootnoteNumbers NONE = new FootnoteNumbers(List.of(), Map.of(), Map.of(), Map.of());

    static FootnoteNumbers of(Document document) {
        if (FootnoteExtension.FOOTNOTES.get(document).isEmpty()) {
            return NONE;
        }
        FootnoteNumbers numbers = new FootnoteNumbers(new ArrayList<>(), new IdentityHashMap<>(),
                new IdentityHashMap<>(), new IdentityHashMap<>());
        numbers.collect(document);
        return numbers;
    }

    private void collect(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Footnote reference && reference.getFootnoteBlock() != null) {
                FootnoteBlock block = reference.getFootnoteBlock();
                if (!ordinals.containsKey(block)) {
                    blocks.add(block);
                    ordinals.put(block, blocks.size());
                }
                int index = referenceCounts.merge(block, 1, Integer::sum) - 1;
                referenceIndexes.put(reference, index);
            }
            if (node.hasChildren() && !(node instanceof FootnoteBlock)) {
                collect(node);
            }
        }
    }

    int ordinal(FootnoteBlock block) {
        return ordinals.getOrDefault(block, 0);
    }

    int references(FootnoteBlock block) {
        return referenceCounts.getOrDefault(block, 0);
    }

    int referenceIndex(Footnote reference) {
        return referenceIndexes.getOrDefault(reference, 0);
    }
}
