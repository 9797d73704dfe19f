package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.shortcode.ShortcodeToken.Kind;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.LineIndex;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ShortcodeParserProperties {

    @Provide
    Arbitrary<String> soup() {
        return ShortcodeArbitraries.soup();
    }

    @Provide
    Arbitrary<String> mutated() {
        return ShortcodeArbitraries.mutatedPost();
    }

    @Provide
    Arbitrary<String> valid() {
        return ShortcodeArbitraries.validPost();
    }

    @Property(tries = 400)
    void tokensOfAnyRangeReprintTheRange(@ForAll("soup") String text, @ForAll @IntRange(max = 40) int cutStart,
                                         @ForAll @IntRange(max = 40) int cutEnd) {
        int from = Math.min(cutStart, text.length());
        int to = Math.max(from, text.length() - cutEnd);
        ShortcodeLexer.Result result = ShortcodeLexer.lex(text, from, to, LexState.TEXT);
        StringBuilder printed = new StringBuilder();
        int expected = from;
        for (ShortcodeToken token : result.tokens()) {
            assertThat(token.start()).isEqualTo(expected);
            assertThat(token.end()).isGreaterThan(token.start());
            printed.append(token.text(text));
            expected = token.end();
        }
        assertThat(printed.toString()).isEqualTo(text.substring(from, to));
    }

    @Property(tries = 400)
    void lexingLineByLineGivesEveryCharacterTheKindOfLexingWhole(@ForAll("soup") String text) {
        Kind[] whole = kindsPerChar(text, List.of(TextRange.of(0, text.length())));
        LineIndex lines = LineIndex.of(text);
        List<TextRange> pieces = new ArrayList<>();
        for (int line = 1; line <= lines.lineCount(); line++) {
            int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
            pieces.add(TextRange.of(lines.lineStart(line), end));
        }
        assertThat(kindsPerChar(text, pieces)).containsExactly(whole);
    }

    /** As RichTextFX hands out paragraphs: each line without its line break, the state carried across the break. */
    @Property(tries = 400)
    void lexingParagraphsWithoutLineBreaksGivesTheirCharactersTheKindOfLexingWhole(@ForAll("soup") String text) {
        Kind[] whole = kindsPerChar(text, List.of(TextRange.of(0, text.length())));
        LineIndex lines = LineIndex.of(text);
        List<TextRange> paragraphs = new ArrayList<>();
        for (int line = 1; line <= lines.lineCount(); line++) {
            paragraphs.add(TextRange.of(lines.lineStart(line), lines.lineEnd(line, text)));
        }
        Kind[] pieces = kindsPerChar(text, paragraphs);
        for (TextRange paragraph : paragraphs) {
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                assertThat(pieces[i]).as("kind at %d", i).isEqualTo(whole[i]);
            }
        }
    }

    private static Kind[] kindsPerChar(String text, List<TextRange> pieces) {
        Kind[] kinds = new Kind[text.length()];
        LexState state = LexState.TEXT;
        for (TextRange piece : pieces) {
            ShortcodeLexer.Result result = ShortcodeLexer.lex(text, piece.start(), piece.end(), state);
            for (ShortcodeToken token : result.tokens()) {
                for (int i = token.start(); i < token.end(); i++) {
                    kinds[i] = token.kind();
                }
            }
            state = result.endState();
        }
        return kinds;
    }

    @Property(tries = 400)
    void randomTextParsesIntoWellFormedCalls(@ForAll("soup") String text) {
        checkWellFormed(text, ShortcodeParser.parse(text));
        checkWellFormed(text, ShortcodeParser.parse(text, ShortcodeKinds.unknown()));
    }

    @Property(tries = 300)
    void mutatedPostsParseIntoWellFormedCalls(@ForAll("mutated") String text) {
        checkWellFormed(text, ShortcodeParser.parse(text));
    }

    @Property(tries = 200)
    void validPostsHaveNoDiagnosticsAndTheirCallsCloseAsWritten(@ForAll("valid") String text) {
        ShortcodeDocument document = ShortcodeParser.parse(text);
        checkWellFormed(text, document);
        assertThat(document.diagnostics()).isEmpty();
        for (ShortcodeCall call : document.allCalls()) {
            boolean takesInner = ShortcodeKinds.builtIn().inner(call.name()) != InnerContent.NEVER;
            assertThat(call.isClosed()).isEqualTo(takesInner);
        }
    }

    @Property(tries = 200)
    void aRangeOfTheTextGivesCallsOnlyInsideIt(@ForAll("mutated") String text, @ForAll @IntRange(max = 60) int cut) {
        int from = Math.min(cut, text.length());
        ShortcodeDocument document = ShortcodeParser.parse(text, from, text.length(), ShortcodeKinds.builtIn());
        checkWellFormed(text, document);
        assertThat(document.allCalls()).allSatisfy(c -> assertThat(c.range().start()).isGreaterThanOrEqualTo(from));
    }

    private static void checkWellFormed(String text, ShortcodeDocument document) {
        TextRange all = TextRange.of(0, text.length());
        checkSiblings(text, all, document.calls());
        LineIndex lines = LineIndex.of(text);
        for (Diagnostic d : document.diagnostics()) {
            assertThat(all.contains(d.range())).isTrue();
            assertThat(lines.position(d.range().start())).isEqualTo(new LineIndex.Position(d.line(), d.column()));
            assertThat(d.message()).isNotBlank();
        }
        document.escapes().forEach(e -> assertThat(all.contains(e)).isTrue());
        document.codeRegions().forEach(r -> assertThat(all.contains(r)).isTrue());
    }

    private static void checkSiblings(String text, TextRange parent, List<ShortcodeCall> calls) {
        int previousEnd = parent.start();
        for (ShortcodeCall call : calls) {
            assertThat(parent.contains(call.range())).isTrue();
            assertThat(call.range().start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = call.range().end();
            checkCall(text, call);
        }
    }

    private static void checkCall(String text, ShortcodeCall call) {
        TextRange opening = call.openingRange();
        assertThat(call.range().start()).isEqualTo(opening.start());
        assertThat(call.range().contains(opening)).isTrue();
        assertThat(opening.contains(call.nameRange())).isTrue();
        assertThat(call.nameRange().of(text)).isEqualTo(call.name());
        for (Argument argument : call.arguments().all()) {
            assertThat(opening.contains(argument.range())).isTrue();
            assertThat(argument.range().contains(argument.valueRange())).isTrue();
            argument.nameRange().ifPresent(n -> assertThat(argument.range().contains(n)).isTrue());
        }
        if (call.isClosed()) {
            TextRange inner = call.innerRange().orElseThrow();
            TextRange closing = call.closingRange().orElseThrow();
            assertThat(inner.start()).isEqualTo(opening.end());
            assertThat(closing.start()).isEqualTo(inner.end());
            assertThat(closing.end()).isEqualTo(call.range().end());
            checkSiblings(text, inner, call.children());
        } else {
            assertThat(call.range()).isEqualTo(opening);
            assertThat(call.children()).isEmpty();
        }
    }
}
