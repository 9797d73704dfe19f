package io.recapstudio.ui.editor.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineLexerTest {

    private final LineLexer lexer = new LineLexer();

    /** Lexes the lines of {@code text} from the document start; returns each line's tokens as "class:text". */
    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        LineState state = LineState.DOC_START;
        TokenSink sink = new TokenSink();
        for (String line : text.split("\n", -1)) {
            state = lexer.lex(line, state, sink);
            for (int i = 0; i < sink.size(); i++) {
                out.add(String.join("+", sink.classes(i)) + ":" + line.substring(sink.start(i), sink.end(i)));
            }
        }
        return out;
    }

    private LineState endState(String text) {
        LineState state = LineState.DOC_START;
        TokenSink sink = new TokenSink();
        for (String line : text.split("\n", -1)) {
            state = lexer.lex(line, state, sink);
        }
        return state;
    }

    @Test
    void yamlFrontMatterHasDelimitersKeysValuesAndComments() {
        assertThat(tokens("---\ntitle: \"Day one at FjordConf\" # shown on cards\ndraft: yes\ntags: [event]\n---"))
                .containsExactly("fm-delimiter:---", "fm-key:title", "fm-punct::",
                        "fm-string:\"Day one at FjordConf\"", "fm-comment:# shown on cards",
                        "fm-key:draft", "fm-punct::", "fm-literal:yes",
                        "fm-key:tags", "fm-punct::", "fm-value:[event]", "fm-delimiter:---");
    }

    @Test
    void yamlBlockScalarLinesAreTextNotKeys() {
        assertThat(tokens("---\ndescription: |\n  Notes: from the hall\nauthor: Ilse\n---"))
                .contains("fm-string:Notes: from the hall", "fm-key:author")
                .doesNotContain("fm-key:Notes");
    }

    @Test
    void tomlAndJsonFrontMatterAreRecognised() {
        assertThat(tokens("+++\ntitle = 'Recap'\n[params]\ndate = 2023-04-01\n+++\nBody"))
                .containsExactly("fm-delimiter:+++", "fm-key:title", "fm-punct:=", "fm-string:'Recap'",
                        "fm-table:[params]", "fm-key:date", "fm-punct:=", "fm-literal:2023-04-01", "fm-delimiter:+++");
        assertThat(tokens("{\n  \"title\": \"Recap\",\n  \"weight\": 3\n}\n# Body"))
                .contains("fm-key:\"title\"", "fm-string:\"Recap\"", "fm-literal:3", "fm-delimiter:}",
                        "md-heading-marker:#");
    }

    @Test
    void leadingBlankLinesBeforeFrontMatterAreAllowed() {
        assertThat(tokens("\n---\ntitle: x\n---")).contains("fm-key:title");
    }

    @Test
    void headingsListsQuotesAndRulesAreStyled() {
        assertThat(tokens("## Keynote *recap*\n- [x] slides\n1. first\n> quoted\n***"))
                .containsExactly("md-heading-marker:##", "md-heading+md-h2: Keynote ",
                        "md-heading+md-h2+md-em:*", "md-heading+md-h2+md-em:recap", "md-heading+md-h2+md-em:*",
                        "md-list-marker:- ", "md-task:[x]", "md-list-marker:1. ", "md-quote-marker:> ",
                        "md-quote:quoted", "md-rule:***");
    }

    @Test
    void inlineCodeLinksAndEmphasisAreStyled() {
        assertThat(tokens("See `mvn verify`, **bold**, ~~old~~ and [the talk](https://example.org/t)."))
                .containsExactly("md-code:`mvn verify`", "md-strong:**", "md-strong:bold", "md-strong:**",
                        "md-strike:~~", "md-strike:old", "md-strike:~~", "md-link-punct:[", "md-link-text:the talk",
                        "md-link-punct:]", "md-link-punct:(", "md-link-url:https://example.org/t", "md-link-punct:)");
    }

    @Test
    void snakeCaseWordsAreNotEmphasis() {
        assertThat(tokens("a file_name_here and 2 * 3 * 4")).isEmpty();
    }

    @Test
    void shortcodeNameArgumentNamesAndValuesAreDistinct() {
        assertThat(tokens("{{< tweet user=\"fjordconf\" id=1234 >}} and {{% note %}}"))
                .containsExactly("sc-delimiter:{{<", "sc-name:tweet", "sc-arg-name:user", "sc-punct:=",
                        "sc-arg-value:\"fjordconf\"", "sc-arg-name:id", "sc-punct:=", "sc-arg-value:1234",
                        "sc-delimiter:>}}", "sc-delimiter:{{%", "sc-name:note", "sc-delimiter:%}}");
    }

    @Test
    void closingAndSelfClosingShortcodesAndEscapedExamples() {
        assertThat(tokens("{{< /imgproc >}}{{< gallery />}} {{</* youtube x */>}}"))
                .containsExactly("sc-delimiter:{{<", "sc-delimiter:/", "sc-name:imgproc", "sc-delimiter:>}}",
                        "sc-delimiter:{{<", "sc-name:gallery", "sc-delimiter:/", "sc-delimiter:>}}",
                        "sc-escaped:{{</* youtube x */>}}");
    }

    @Test
    void shortcodeSpanningLinesCarriesItsState() {
        List<String> t = tokens("{{< imgproc booth\n  Fill \"600x400 q80\" >}}caption");
        assertThat(t).containsExactly("sc-delimiter:{{<", "sc-name:imgproc", "sc-arg-value:booth",
                "sc-arg-value:Fill", "sc-arg-value:\"600x400 q80\"", "sc-delimiter:>}}");
        assertThat(endState("{{< youtube").shortcode().insideCall()).isTrue();
        assertThat(tokens("{{< figure caption=`two\nlines` >}} after")).containsExactly("sc-delimiter:{{<",
                "sc-name:figure", "sc-arg-name:caption", "sc-punct:=", "sc-arg-value:`two", "sc-arg-value:lines`",
                "sc-delimiter:>}}");
    }

    @Test
    void textHugoCannotReadInACallIsMarked() {
        assertThat(tokens("{{< youtube id=\"abc >}}")).contains("sc-error:\"abc ");
    }

    @Test
    void shortcodesInsideCodeAreStillCalls() {
        assertThat(tokens("```go\n{{< x >}}\n```"))
                .containsExactly("md-fence-marker:```", "md-fence-info:go", "md-code-block+sc-delimiter:{{<",
                        "md-code-block: ", "md-code-block+sc-name:x", "md-code-block: ",
                        "md-code-block+sc-delimiter:>}}", "md-fence-marker:```");
    }

    @Test
    void fenceAndCommentStatesCarryOverLines() {
        assertThat(endState("```\n# not a heading")).isEqualTo(LineState.fence('`', 3));
        assertThat(tokens("```\n# not a heading")).contains("md-code-block:# not a heading");
        assertThat(endState("<!-- hidden\nstill")).isEqualTo(LineState.COMMENT);
        assertThat(tokens("<!-- a\nb -->after")).containsExactly("md-comment:<!-- a", "md-comment:b -->");
    }

    @Test
    void tablesStylePipesAndTheDelimiterRow() {
        assertThat(tokens("| Talk | Room |\n|---|:--:|\n| `x` | 2 |"))
                .containsExactly("md-table-pipe:|", "md-table-pipe:|", "md-table-pipe:|",
                        "md-table-delimiter:|---|:--:|",
                        "md-table-pipe:|", "md-code:`x`", "md-table-pipe:|", "md-table-pipe:|");
    }
}
