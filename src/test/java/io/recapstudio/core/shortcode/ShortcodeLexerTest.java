package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.shortcode.LexState.Mode;
import io.recapstudio.core.shortcode.ShortcodeToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShortcodeLexerTest {

    /** The tokens as {@code KIND:text}, whitespace and text tokens left out for readability. */
    private static String tokens(String text) {
        return ShortcodeLexer.lex(text).tokens().stream()
                .filter(t -> t.kind() != Kind.WHITESPACE && t.kind() != Kind.TEXT)
                .map(t -> t.kind() + ":" + t.text(text))
                .collect(Collectors.joining(" "));
    }

    @Test
    void positionalCallIsOpenNameValuesClose() {
        assertThat(tokens("{{< imgproc pic Resize 600x >}}")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:imgproc VALUE_BARE:pic VALUE_BARE:Resize VALUE_BARE:600x CLOSE_DELIMITER:>}}");
    }

    @Test
    void namedArgumentsHaveNameEqualsAndValueOfEveryQuoting() {
        assertThat(tokens("{{% gallery match=\"flickr/*\" sortOrder=`desc` rowHeight=150 %}}")).isEqualTo(
                "OPEN_DELIMITER:{{% NAME:gallery ARGUMENT_NAME:match EQUALS:= VALUE_QUOTED:\"flickr/*\" "
                        + "ARGUMENT_NAME:sortOrder EQUALS:= VALUE_RAW:`desc` ARGUMENT_NAME:rowHeight EQUALS:= "
                        + "VALUE_BARE:150 CLOSE_DELIMITER:%}}");
    }

    @Test
    void spacesAroundEqualsStillMakeANamedArgument() {
        assertThat(tokens("{{< p a = b >}}"))
                .isEqualTo("OPEN_DELIMITER:{{< NAME:p ARGUMENT_NAME:a EQUALS:= VALUE_BARE:b CLOSE_DELIMITER:>}}");
    }

    @Test
    void irregularSpacingIsTokenisedLikeRegularSpacing() {
        assertThat(tokens("{{< youtube abc>}}")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:youtube VALUE_BARE:abc CLOSE_DELIMITER:>}}");
        assertThat(tokens("{{<youtube abc >}}")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:youtube VALUE_BARE:abc CLOSE_DELIMITER:>}}");
        assertThat(tokens("{{< /imgproc>}}")).isEqualTo(
                "OPEN_DELIMITER:{{< CLOSING_SLASH:/ NAME:imgproc CLOSE_DELIMITER:>}}");
        assertThat(tokens("{{</imgproc >}}")).isEqualTo(
                "OPEN_DELIMITER:{{< CLOSING_SLASH:/ NAME:imgproc CLOSE_DELIMITER:>}}");
    }

    @Test
    void selfClosingSlashIsItsOwnKind() {
        assertThat(tokens("{{< alert title=Hi />}}")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:alert ARGUMENT_NAME:title EQUALS:= VALUE_BARE:Hi SELF_CLOSING_SLASH:/ "
                        + "CLOSE_DELIMITER:>}}");
        assertThat(tokens("{{< alert a/>}}")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:alert VALUE_BARE:a SELF_CLOSING_SLASH:/ CLOSE_DELIMITER:>}}");
    }

    @Test
    void namesMayHoldSlashesAndHyphens() {
        assertThat(tokens("{{< blocks/cover-wide >}}"))
                .isEqualTo("OPEN_DELIMITER:{{< NAME:blocks/cover-wide CLOSE_DELIMITER:>}}");
    }

    @Test
    void quotedValuesKeepEscapedQuotesAndDelimitersInside() {
        assertThat(tokens("{{< p a=\"say \\\"hi\\\" >}}\" >}}")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:p ARGUMENT_NAME:a EQUALS:= VALUE_QUOTED:\"say \\\"hi\\\" >}}\" "
                        + "CLOSE_DELIMITER:>}}");
    }

    @Test
    void escapedExamplesAreOneLiteralToken() {
        String text = "see {{</* youtube abc */>}} and {{%/* note */%}}";
        assertThat(tokens(text)).isEqualTo("ESCAPED:{{</* youtube abc */>}} ESCAPED:{{%/* note */%}}");
    }

    @Test
    void escapedExampleNeedsTheMatchingDelimiterToEnd() {
        String text = "{{</* a */%}} b */>}}";
        assertThat(tokens(text)).isEqualTo("ESCAPED:{{</* a */%}} b */>}}");
    }

    @Test
    void anUnterminatedQuoteIsAnErrorThatStopsBeforeTheClosingDelimiter() {
        assertThat(tokens("{{< p a=\"b c >}} after")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:p ARGUMENT_NAME:a EQUALS:= ERROR:\"b c  CLOSE_DELIMITER:>}}");
    }

    @Test
    void theOtherKindsClosingDelimiterIsAnErrorThatEndsTheCall() {
        ShortcodeLexer.Result result = ShortcodeLexer.lex("{{< x %}} text");
        assertThat(tokens("{{< x %}} text")).isEqualTo("OPEN_DELIMITER:{{< NAME:x ERROR:%}}");
        assertThat(result.tokens().get(result.tokens().size() - 1).kind()).isEqualTo(Kind.TEXT);
        assertThat(result.endsInsideCall()).isFalse();
    }

    @Test
    void aNewCallAbandonsAnUnclosedOne() {
        assertThat(tokens("{{< a x\n{{< b >}}")).isEqualTo(
                "OPEN_DELIMITER:{{< NAME:a VALUE_BARE:x OPEN_DELIMITER:{{< NAME:b CLOSE_DELIMITER:>}}");
    }

    @Test
    void charactersHugoRejectsAreErrors() {
        assertThat(tokens("{{< \"p\" >}}")).isEqualTo("OPEN_DELIMITER:{{< ERROR:\"p\" CLOSE_DELIMITER:>}}");
        assertThat(tokens("{{< /p x >}}")).isEqualTo(
                "OPEN_DELIMITER:{{< CLOSING_SLASH:/ NAME:p ERROR:x CLOSE_DELIMITER:>}}");
    }

    @Test
    void tokensCoverTheRangeExactly() {
        String text = "a {{< p x=\"1\" `r` >}} b\n{{</* c */>}}";
        List<ShortcodeToken> tokens = ShortcodeLexer.lex(text, 2, text.length(), LexState.TEXT).tokens();
        StringBuilder printed = new StringBuilder();
        int expectedStart = 2;
        for (ShortcodeToken token : tokens) {
            assertThat(token.start()).isEqualTo(expectedStart);
            assertThat(token.range().isEmpty()).isFalse();
            printed.append(token.text(text));
            expectedStart = token.end();
        }
        assertThat(printed.toString()).isEqualTo(text.substring(2));
    }

    @Test
    void aCallSpanningLinesCarriesItsStateToTheNextLine() {
        String first = "{{< gallery match=\"flickr/*\"";
        String second = "    sortOrder=desc >}} done";
        ShortcodeLexer.Result one = ShortcodeLexer.lex(first, 0, first.length(), LexState.TEXT);
        assertThat(one.endsInsideCall()).isTrue();
        ShortcodeLexer.Result two = ShortcodeLexer.lex(second, 0, second.length(), one.endState());
        assertThat(two.tokens().stream().map(ShortcodeToken::kind).toList()).containsExactly(Kind.WHITESPACE,
                Kind.ARGUMENT_NAME, Kind.EQUALS, Kind.VALUE_BARE, Kind.WHITESPACE, Kind.CLOSE_DELIMITER, Kind.TEXT);
        assertThat(two.endsInsideCall()).isFalse();
    }

    @Test
    void rawValuesAndEscapedExamplesCarryAcrossLines() {
        String[] lines = {"{{< p a=`one", "two` >}} {{</* q", "*/>}} end"};
        LexState state = LexState.TEXT;
        List<Mode> ends = new ArrayList<>();
        List<Kind> firstKinds = new ArrayList<>();
        for (String line : lines) {
            ShortcodeLexer.Result result = ShortcodeLexer.lex(line, 0, line.length(), state);
            firstKinds.add(result.tokens().get(0).kind());
            state = result.endState();
            ends.add(state.mode());
        }
        assertThat(ends).containsExactly(Mode.RAW_VALUE, Mode.ESCAPED, Mode.TEXT);
        assertThat(firstKinds).containsExactly(Kind.OPEN_DELIMITER, Kind.VALUE_RAW, Kind.ESCAPED);
    }

    @Test
    void lexingOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> ShortcodeLexer.lex("abc", 2, 5, LexState.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
