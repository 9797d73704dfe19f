package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortcodeParserTest {

    private static String diagnostics(ShortcodeDocument document) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : document.diagnostics()) {
            out.append(d.line()).append(':').append(d.column()).append(' ').append(d.rule()).append('\n');
        }
        return out.toString();
    }

    private static ShortcodeCall only(ShortcodeDocument document) {
        assertThat(document.allCalls()).hasSize(1);
        return document.allCalls().get(0);
    }

    @Test
    void aPairedCallKnowsItsTagsInnerContentAndArguments() {
        String text = "Intro\n{{< imgproc welcome-desk Resize 600x >}}\nThe welcome desk\n{{< /imgproc >}}\nEnd";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        ShortcodeCall call = only(document);
        assertThat(call.name()).isEqualTo("imgproc");
        assertThat(call.delimiter()).isEqualTo(Delimiter.ANGLE);
        assertThat(call.openingRange().of(text)).isEqualTo("{{< imgproc welcome-desk Resize 600x >}}");
        assertThat(call.nameRange().of(text)).isEqualTo("imgproc");
        assertThat(call.closingRange().map(r -> r.of(text))).contains("{{< /imgproc >}}");
        assertThat(call.inner(text)).isEqualTo("\nThe welcome desk\n");
        assertThat(call.range().of(text)).startsWith("{{< imgproc").endsWith("{{< /imgproc >}}");
        assertThat(call.arguments()).isInstanceOf(Arguments.Positional.class);
        assertThat(call.arguments().all()).extracting(Argument::value)
                .containsExactly("welcome-desk", "Resize", "600x");
        assertThat(call.arguments().positional(2).map(a -> a.valueRange().of(text))).contains("600x");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void namedArgumentsKeepNameValueQuotingAndRanges() {
        String text = "{{< gallery match=\"photos/*\" sortOrder=`desc` rowHeight=150 >}}";
        ShortcodeCall call = only(ShortcodeParser.parse(text));
        assertThat(call.arguments()).isInstanceOf(Arguments.Named.class);
        Argument match = call.arguments().named("match").orElseThrow();
        assertThat(match.value()).isEqualTo("photos/*");
        assertThat(match.quote()).isEqualTo(QuoteStyle.DOUBLE);
        assertThat(match.nameRange().map(r -> r.of(text))).contains("match");
        assertThat(match.valueRange().of(text)).isEqualTo("\"photos/*\"");
        assertThat(match.range().of(text)).isEqualTo("match=\"photos/*\"");
        assertThat(call.arguments().named("sortOrder").map(Argument::quote)).contains(QuoteStyle.RAW);
        assertThat(call.arguments().named("sortOrder").map(Argument::value)).contains("desc");
        assertThat(call.arguments().named("rowHeight").map(Argument::quote)).contains(QuoteStyle.BARE);
    }

    @Test
    void valuesAreUnescapedAsHugoDoes() {
        String text = "{{< p \"say \\\"hi\\\"\" \"C:\\dir\" `two\nlines` \"\" >}}";
        ShortcodeCall call = only(ShortcodeParser.parse(text, ShortcodeKinds.unknown()));
        assertThat(call.arguments().all()).extracting(Argument::value)
                .containsExactly("say \"hi\"", "C:\\dir", "two\nlines", "");
    }

    @Test
    void callsInsideInnerContentAreChildren() {
        String text = "{{< note >}}\nSee {{< tweet user=someone id=42 >}} and\n{{< details >}}x{{< /details >}}\n"
                + "{{< /note >}} after {{< youtube abc >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(document.calls()).extracting(ShortcodeCall::name).containsExactly("note", "youtube");
        ShortcodeCall note = document.calls().get(0);
        assertThat(note.children()).extracting(ShortcodeCall::name).containsExactly("tweet", "details");
        assertThat(note.children().get(1).inner(text)).isEqualTo("x");
        assertThat(document.allCalls()).extracting(ShortcodeCall::name)
                .containsExactly("note", "tweet", "details", "youtube");
        assertThat(document.callAt(text.indexOf("someone"))).map(ShortcodeCall::name).contains("tweet");
        assertThat(document.callAt(text.indexOf("and"))).map(ShortcodeCall::name).contains("note");
        assertThat(document.callAt(text.indexOf("after"))).isEmpty();
    }

    @Test
    void aClosingTagClosesTheNearestOpenCallOfItsName() {
        String text = "{{< note >}}a{{< note >}}b{{< /note >}}c{{< /note >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        ShortcodeCall outer = document.calls().get(0);
        assertThat(outer.inner(text)).isEqualTo("a{{< note >}}b{{< /note >}}c");
        assertThat(outer.children()).singleElement().satisfies(inner -> assertThat(inner.inner(text)).isEqualTo("b"));
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void unknownShortcodesPairWhenAClosingTagFollowsAndOtherwiseStandAlone() {
        String text = "{{< sitebox >}}inside{{< /sitebox >}} {{< sitebadge >}} {{< sitebadge >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(document.calls()).extracting(ShortcodeCall::name)
                .containsExactly("sitebox", "sitebadge", "sitebadge");
        assertThat(document.calls().get(0).inner(text)).isEqualTo("inside");
        assertThat(document.calls().get(1).isClosed()).isFalse();
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void kindsFromTheSiteComeBeforeTheBuiltIns() {
        ShortcodeKinds site = ShortcodeKinds.of(Map.of("sitebadge", InnerContent.REQUIRED));
        ShortcodeDocument document = ShortcodeParser.parse("{{< sitebadge >}}\n{{< note >}}",
                site.orElse(ShortcodeKinds.builtIn()));
        assertThat(diagnostics(document)).isEqualTo("1:1 shortcode-unclosed\n2:1 shortcode-unclosed\n");
    }

    @Test
    void aShortcodeWithoutInnerContentNeverSwallowsTheTextAfterIt() {
        String text = "{{< youtube abc >}} text {{< tweet user=a id=1 >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(document.calls()).hasSize(2).allSatisfy(c -> assertThat(c.isClosed()).isFalse());
    }

    @Test
    void selfClosingCallsHaveNoInnerContent() {
        ShortcodeCall call = only(ShortcodeParser.parse("{{< alert title=\"Heads up\" />}}"));
        assertThat(call.selfClosing()).isTrue();
        assertThat(call.isClosed()).isFalse();
        assertThat(call.arguments().named("title").map(Argument::value)).contains("Heads up");
    }

    @Test
    void aClosingTagMayUseTheOtherDelimiterAsHugoAllows() {
        String text = "{{< note >}}x{{% /note %}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(only(document).inner(text)).isEqualTo("x");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void bothDelimitersAreRecognised() {
        ShortcodeDocument document = ShortcodeParser.parse("{{% youtube abc %}} {{< youtube def >}}");
        assertThat(document.calls()).extracting(ShortcodeCall::delimiter)
                .containsExactly(Delimiter.PERCENT, Delimiter.ANGLE);
    }

    @Test
    void escapedExamplesAreLiteralTextNotCalls() {
        String text = "Write {{</* youtube ID */>}} or {{%/* note */%}}{{%/* /note */%}}.";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(document.allCalls()).isEmpty();
        assertThat(document.diagnostics()).isEmpty();
        assertThat(document.escapes()).extracting(document::literalOf)
                .containsExactly("{{< youtube ID >}}", "{{% note %}}", "{{% /note %}}");
    }

    @Test
    void callsInCodeAreParsedAndMarkedInsideCode() {
        String text = String.join("\n",
                "Plain {{< youtube a >}} and `{{< youtube b >}}` inline.",
                "",
                "```markdown",
                "{{< youtube c >}}",
                "```",
                "",
                "    {{< youtube d >}}",
                "",
                "~~~",
                "{{< youtube e >}}",
                "~~~",
                "After {{< youtube f >}}");
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(document.allCalls()).extracting(c -> c.arguments().all().get(0).value() + ":" + c.insideCode())
                .containsExactly("a:false", "b:true", "c:true", "d:true", "e:true", "f:false");
    }

    @Test
    void indentedTextInListItemsIsNotCode() {
        String text = String.join("\n",
                "- first item",
                "",
                "    {{< youtube a >}}",
                "",
                "Paragraph",
                "",
                "    {{< youtube b >}}");
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(document.allCalls()).extracting(ShortcodeCall::insideCode).containsExactly(false, true);
    }

    @Test
    void backticksInsideATagDoNotOpenInlineCode() {
        String text = "{{< p a=`x` >}} then `{{< youtube b >}}` and {{< youtube c >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(document.allCalls()).extracting(ShortcodeCall::insideCode).containsExactly(false, true, false);
    }

    @Test
    void anUnclosedFenceRunsToTheEnd() {
        String text = "```\n{{< youtube a >}}\n\nstill code {{< youtube b >}}";
        assertThat(ShortcodeParser.parse(text).allCalls()).allSatisfy(c -> assertThat(c.insideCode()).isTrue());
    }

    @Test
    void crlfTextKeepsOffsetsAndLineNumbers() {
        String text = "Line one\r\n{{< imgproc pic Fit \"400x300\" >}}\r\nCaption\r\n{{< /imgproc >}}\r\n"
                + "{{< gallery match=\"a/*\"\r\n    sortOrder=desc >}}\r\n{{< note >}}\r\n";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        ShortcodeCall imgproc = document.calls().get(0);
        assertThat(imgproc.inner(text)).isEqualTo("\r\nCaption\r\n");
        ShortcodeCall gallery = document.calls().get(1);
        assertThat(gallery.openingRange().of(text)).isEqualTo("{{< gallery match=\"a/*\"\r\n    sortOrder=desc >}}");
        assertThat(gallery.arguments().named("sortOrder").map(Argument::value)).contains("desc");
        assertThat(diagnostics(document)).isEqualTo("7:1 shortcode-unclosed\n");
    }

    @Test
    void aCallMaySpanManyLines() {
        String text = "{{< gallery\n    match=\"photos/*\"\n    sortOrder=\"desc\"\n    rowHeight=\"150\"\n>}}";
        ShortcodeCall call = only(ShortcodeParser.parse(text));
        assertThat(call.arguments().all()).extracting(a -> a.name().orElseThrow())
                .containsExactly("match", "sortOrder", "rowHeight");
        assertThat(call.openingRange()).isEqualTo(TextRange.of(0, text.length()));
    }

    @Test
    void aRangeOfTheTextIsParsedWithOffsetsIntoTheWholeText() {
        String text = "---\ntitle: \"{{< youtube x >}}\"\n---\n\nBody {{< youtube y >}}\n{{< note >}}";
        int body = text.indexOf("\n\n") + 1;
        ShortcodeDocument document = ShortcodeParser.parse(text, body, text.length(), ShortcodeKinds.builtIn());
        assertThat(document.calls()).extracting(c -> c.arguments().size() == 1 ? c.arguments().all().get(0).value()
                : c.name()).containsExactly("y", "note");
        assertThat(document.calls().get(0).range().of(text)).isEqualTo("{{< youtube y >}}");
        assertThat(diagnostics(document)).isEqualTo("6:1 shortcode-unclosed\n");
    }

    @Test
    void anUnclosedCallThatNeedsInnerContentIsReportedWhereItOpens() {
        String text = "Intro\n\n  {{< imgproc pic Resize 600x >}}\nno closing tag";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        Diagnostic d = document.diagnostics().get(0);
        assertThat(diagnostics(document)).isEqualTo("3:3 shortcode-unclosed\n");
        assertThat(d.message()).contains("{{< /imgproc >}}").contains("self-close");
        assertThat(d.range().of(text)).isEqualTo("{{< imgproc pic Resize 600x >}}");
        assertThat(d.isError()).isTrue();
    }

    @Test
    void aClosingTagWithNothingToCloseIsMismatched() {
        ShortcodeDocument document = ShortcodeParser.parse("text\nmore {{< /note >}}");
        assertThat(diagnostics(document)).isEqualTo("2:6 shortcode-mismatched\n");
        assertThat(document.diagnostics().get(0).message()).contains("closes nothing");
    }

    @Test
    void aClosingTagForAShortcodeWithoutInnerContentIsMismatched() {
        ShortcodeDocument document = ShortcodeParser.parse("{{< youtube abc >}}\n{{< /youtube >}}");
        assertThat(diagnostics(document)).isEqualTo("2:1 shortcode-mismatched\n");
        assertThat(document.diagnostics().get(0).message()).contains("takes no inner content");
        assertThat(document.calls()).singleElement().satisfies(c -> assertThat(c.isClosed()).isFalse());
    }

    @Test
    void selfClosingAShortcodeWithoutInnerContentIsMismatched() {
        ShortcodeDocument document = ShortcodeParser.parse("\n {{< youtube abc />}}");
        assertThat(diagnostics(document)).isEqualTo("2:2 shortcode-mismatched\n");
    }

    @Test
    void crossingTagsAreReportedAtBothClosingTags() {
        String text = "{{< note >}}\n{{< details >}}\nx\n{{< /note >}}\n{{< /details >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(diagnostics(document)).isEqualTo("4:1 shortcode-mismatched\n5:1 shortcode-mismatched\n");
        assertThat(document.diagnostics().get(0).message()).contains("'details' opened at 2:1");
        assertThat(document.diagnostics().get(1).message()).contains("{{< /note >}} at 4:1");
        ShortcodeCall note = document.calls().get(0);
        assertThat(note.isClosed()).isTrue();
        assertThat(note.children()).singleElement().satisfies(d -> assertThat(d.isClosed()).isFalse());
    }

    @Test
    void aCallWithoutANameIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("a\nb {{< >}}");
        assertThat(diagnostics(document)).isEqualTo("2:3 shortcode-malformed\n");
        assertThat(document.allCalls()).isEmpty();
    }

    @Test
    void anUnterminatedQuoteIsMalformedAndTheCallStillCloses() {
        String text = "{{< figure src=\"a.jpg >}}\n{{< youtube abc >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(diagnostics(document)).isEqualTo("1:16 shortcode-malformed\n");
        assertThat(document.diagnostics().get(0).message()).contains("no closing quote");
        assertThat(document.calls()).extracting(ShortcodeCall::name).containsExactly("figure", "youtube");
        assertThat(document.calls().get(0).arguments().named("src").map(Argument::value)).contains("a.jpg");
    }

    @Test
    void anOpeningDelimiterNeverClosedIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("x\n{{< youtube abc\n\n{{< youtube def >}}\n{{< tweet");
        assertThat(diagnostics(document)).isEqualTo("2:1 shortcode-malformed\n5:1 shortcode-malformed\n");
        assertThat(document.diagnostics().get(0).message()).contains("never closed by >}}");
        assertThat(document.calls()).extracting(ShortcodeCall::name).containsExactly("youtube", "youtube", "tweet");
    }

    @Test
    void mixingDelimitersIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("{{< youtube abc %}} and {{% vimeo 1 >}}");
        assertThat(diagnostics(document)).isEqualTo("1:17 shortcode-malformed\n1:37 shortcode-malformed\n");
        assertThat(document.diagnostics().get(0).message()).contains("close it with >}}");
        assertThat(document.calls()).hasSize(2);
    }

    @Test
    void aNamedBareValueTouchingTheClosingDelimiterIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("{{< tweet user=a id=123>}} {{< youtube abc>}}");
        assertThat(diagnostics(document)).isEqualTo("1:24 shortcode-malformed\n");
        assertThat(document.diagnostics().get(0).message()).contains("put a space before '>}}'");
    }

    @Test
    void aNameTouchingTheSelfClosingSlashIsMalformed() {
        assertThat(diagnostics(ShortcodeParser.parse("{{< note/>}}"))).isEqualTo("1:9 shortcode-malformed\n");
    }

    @Test
    void anUnquotedPositionalValueWithSymbolsIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("{{< gallery flickr/* >}}");
        assertThat(diagnostics(document)).isEqualTo("1:13 shortcode-malformed\n");
        assertThat(document.diagnostics().get(0).message()).contains("\"flickr/*\"");
    }

    @Test
    void aClosingTagWithArgumentsIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("{{< note >}}x{{< /note extra >}}");
        assertThat(diagnostics(document)).isEqualTo("1:24 shortcode-malformed\n");
        assertThat(only(document).isClosed()).isTrue();
    }

    @Test
    void anArgumentWithoutAValueIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("{{< youtube id= >}}");
        assertThat(diagnostics(document)).isEqualTo("1:13 shortcode-malformed\n");
        assertThat(only(document).arguments().named("id").map(Argument::value)).contains("");
    }

    @Test
    void anUnterminatedRawValueIsMalformedAndReadingGoesOn() {
        String text = "{{< p a=`open >}}\n{{< youtube abc >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text, ShortcodeKinds.unknown());
        assertThat(diagnostics(document)).isEqualTo("1:9 shortcode-malformed\n");
        assertThat(document.calls()).extracting(ShortcodeCall::name).containsExactly("p", "youtube");
    }

    @Test
    void anUnterminatedEscapedExampleIsMalformed() {
        ShortcodeDocument document = ShortcodeParser.parse("ok\n{{</* youtube abc >}} {{< youtube def >}}");
        assertThat(diagnostics(document)).isEqualTo("2:1 shortcode-malformed\n");
        assertThat(document.calls()).extracting(c -> c.arguments().all().get(0).value()).containsExactly("def");
    }

    @Test
    void anEscapedExampleWrittenWithSpacesIsOneMalformedTagWithAHint() {
        ShortcodeDocument document = ShortcodeParser.parse("x {{< /* youtube */ >}}");
        assertThat(diagnostics(document)).isEqualTo("1:3 shortcode-malformed\n");
        assertThat(document.diagnostics().get(0).message()).contains("{{</* youtube */>}}");
        assertThat(document.allCalls()).isEmpty();
    }

    @Test
    void mixedArgumentsAreReportedAtTheFirstArgumentOfTheOtherStyle() {
        String text = "{{< tweet jdoe id=1526 >}}\n{{< youtube id=abc 30 >}}";
        ShortcodeDocument document = ShortcodeParser.parse(text);
        assertThat(diagnostics(document)).isEqualTo("1:16 shortcode-mixed-args\n2:20 shortcode-mixed-args\n");
        assertThat(document.calls().get(0).arguments()).isInstanceOf(Arguments.Mixed.class);
        assertThat(document.calls().get(0).arguments().positional(0).map(Argument::value)).contains("jdoe");
    }

    @Test
    void diagnosticsComeInSourceOrderWithFormattableMessages() {
        String text = "{{< /x1 >}}\n{{< note >}}\n{{< >}}";
        List<Diagnostic> found = ShortcodeParser.parse(text).diagnostics();
        assertThat(found).extracting(Diagnostic::line).containsExactly(1, 2, 3);
        assertThat(found.get(0).format()).startsWith("-:1:1: error: ").endsWith("[shortcode-mismatched]");
    }

    @Test
    void emptyAndPlainTextsHaveNoCalls() {
        assertThat(ShortcodeParser.parse("").calls()).isEmpty();
        ShortcodeDocument plain = ShortcodeParser.parse("Just {text} with { braces } and }} and {{ moustache }}");
        assertThat(plain.calls()).isEmpty();
        assertThat(plain.diagnostics()).isEmpty();
        assertThat(plain.callAt(3)).isEqualTo(Optional.empty());
    }
}
