package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Pairs opening and closing tags into calls and nests them. A closing tag closes the nearest open call of its name;
 * calls that take no inner content never open; a call that needs inner content and is never closed is an error,
 * one of unknown kind simply stands alone.
 */
final class TagPairing {

    static final String UNCLOSED = RuleId.SHORTCODE_UNCLOSED.id();
    static final String MISMATCHED = RuleId.SHORTCODE_MISMATCHED.id();

    private final ShortcodeKinds kinds;
    private final LineIndex lines;
    private final IntPredicate insideCode;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Tag, Tag> closingOf = new IdentityHashMap<>();
    /** For names whose open call a crossing closing tag cut off: the closing tag that did it. */
    private final Map<String, Deque<Tag>> cutOff = new HashMap<>();

    TagPairing(ShortcodeKinds kinds, LineIndex lines, IntPredicate insideCode) {
        this.kinds = kinds;
        this.lines = lines;
        this.insideCode = insideCode;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The top-level calls built from {@code tags} (in source order). */
    List<ShortcodeCall> pair(List<Tag> tags) {
        List<Tag> openings = new ArrayList<>();
        List<Tag> stack = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.closing()) {
                close(stack, tag);
                continue;
            }
            openings.add(tag);
            InnerContent inner = kinds.inner(tag.name());
            if (tag.selfClosing() && inner == InnerContent.NEVER) {
                error(tag.range(), MISMATCHED, "'" + tag.name() + "' takes no inner content, so Hugo fails on the "
                        + "self-closing '/': write " + tag.delimiter().open() + " " + tag.name() + " … "
                        + tag.delimiter().close() + " without it");
            } else if (!tag.selfClosing() && inner != InnerContent.NEVER) {
                stack.add(tag);
            }
        }
        for (Tag open : stack) {
            if (kinds.inner(open.name()) == InnerContent.REQUIRED) {
                reportUnclosed(open);
            }
        }
        return nest(openings);
    }

    private void close(List<Tag> stack, Tag closing) {
        int index = stack.size() - 1;
        while (index >= 0 && !stack.get(index).name().equals(closing.name())) {
            index--;
        }
        if (index < 0) {
            reportStray(closing);
            return;
        }
        for (int above = stack.size() - 1; above > index; above--) {
            Tag crossed = stack.remove(above);
            if (kinds.inner(crossed.name()) == InnerContent.REQUIRED) {
                error(closing.range(), MISMATCHED, closing.display() + " closes '" + closing.name() + "' while '"
                        + crossed.name() + "' opened at " + lines.position(crossed.range().start())
                        + " is still open: move " + display(crossed, true) + " before this tag");
                cutOff.computeIfAbsent(crossed.name(), n -> new ArrayDeque<>()).add(closing);
            }
        }
        closingOf.put(stack.remove(index), closing);
    }

    private void reportStray(Tag closing) {
        Deque<Tag> cutters = cutOff.get(closing.name());
        if (cutters != null && !cutters.isEmpty()) {
            Tag cutter = cutters.poll();
            error(closing.range(), MISMATCHED, closing.display() + " has no open '" + closing.name() + "' left: "
                    + cutter.display() + " at " + lines.position(cutter.range().start()) + " closed the call "
                    + "around it first; move this tag before that one");
        } else if (kinds.inner(closing.name()) == InnerContent.NEVER) {
            error(closing.range(), MISMATCHED, "'" + closing.name() + "' takes no inner content, so Hugo fails on "
                    + "this closing tag: remove " + closing.display());
        } else {
            error(closing.range(), MISMATCHED, closing.display() + " closes nothing: there is no open "
                    + display(closing, false) + " before it; remove it or add the opening tag");
        }
    }

    private void reportUnclosed(Tag open) {
        error(open.range(), UNCLOSED, display(open, false) + " is never closed, and '" + open.name()
                + "' needs inner content: add " + display(open, true) + " after its content, or self-close it as "
                + open.delimiter().open() + " " + open.name() + " … /" + open.delimiter().close());
    }

    private static String display(Tag tag, boolean closing) {
        return tag.delimiter().open() + " " + (closing ? "/" : "") + tag.name() + " " + tag.delimiter().close();
    }

    /** Builds the call tree: calls whose range lies inside another call's range become its children. */
    private List<ShortcodeCall> nest(List<Tag> openings) {
        Node root = new Node(null, null);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (Tag tag : openings) {
            Tag closing = closingOf.get(tag);
            TextRange range = closing == null ? tag.range() : TextRange.of(tag.range().start(), closing.range().end());
            while (open.peek() != root && open.peek().range.end() <= range.start()) {
                open.pop();
            }
            Node node = new Node(tag, range);
            open.peek().children.add(node);
            open.push(node);
        }
        return root.children.stream().map(this::toCall).toList();
    }

    private ShortcodeCall toCall(Node node) {
        Tag tag = node.tag;
        Tag closing = closingOf.get(tag);
        Optional<TextRange> closingRange = Optional.ofNullable(closing).map(Tag::range);
        Optional<TextRange> inner = closingRange.map(c -> TextRange.of(tag.range().end(), c.start()));
        return new ShortcodeCall(tag.name(), tag.delimiter(), node.range, tag.range(), tag.nameRange(),
                closingRange, inner, tag.selfClosing(), Arguments.of(tag.arguments()),
                insideCode.test(tag.range().start()), node.children.stream().map(this::toCall).toList());
    }

    private void error(TextRange range, String rule, String message) {
        diagnostics.add(Diagnostic.at(lines, range, Severity.ERROR, rule, message));
    }

    /** A call while the tree is built. */
    private static final class Node {
        final Tag tag;
        final TextRange range;
        final List<Node> children = new ArrayList<>();

        Node(Tag tag, TextRange range) {
            this.tag = tag;
            this.range = range;
        }
    }
}
