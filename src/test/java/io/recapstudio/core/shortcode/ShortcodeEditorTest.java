package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.text.TextEdit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class ShortcodeEditorTest {

    /** Applies {@code edit} to the first call of {@code text}. */
    private static String edit(String text, BiFunction<String, ShortcodeCall, TextEdit> edit) {
        ShortcodeCall call = ShortcodeParser.parse(text).allCalls().get(0);
        TextEdit change = edit.apply(text, call);
        assertThat(call.openingRange().contains(change.range())).isTrue();
        return change.applyTo(text);
    }

    @Test
    void replacingANamedValueKeepsEverythingElse() {
        String text = "A {{<  tweet   user=jdoe   id=\"1526\"  >}} B";
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "user", "someone_else")))
                .isEqualTo("A {{<  tweet   user=someone_else   id=\"1526\"  >}} B");
    }

    @Test
    void aReplacedValueKeepsItsQuoteStyle() {
        String text = "{{< gallery match=\"a/*\" sortOrder=`asc` >}}";
        String once = edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "match", "b/*"));
        assertThat(once).isEqualTo("{{< gallery match=\"b/*\" sortOrder=`asc` >}}");
        assertThat(edit(once, (t, c) -> ShortcodeEditor.setNamed(t, c, "sortOrder", "desc")))
                .isEqualTo("{{< gallery match=\"b/*\" sortOrder=`desc` >}}");
    }

    @Test
    void aBareValueIsQuotedOnlyWhenItNeedsIt() {
        String text = "{{< figure src=a.jpg >}}";
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "src", "b.jpg")))
                .isEqualTo("{{< figure src=b.jpg >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "src", "my photo.jpg")))
                .isEqualTo("{{< figure src=\"my photo.jpg\" >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "src", "say \"hi\"")))
                .isEqualTo("{{< figure src=\"say \\\"hi\\\"\" >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "src", "x>}}y")))
                .isEqualTo("{{< figure src=\"x>}}y\" >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "src", "")))
                .isEqualTo("{{< figure src=\"\" >}}");
    }

    @Test
    void valuesHugoCannotReadInDoubleQuotesGoInBackticks() {
        String text = "{{< figure src=a.jpg >}}";
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "src", "C:\\say \"x\"")))
                .isEqualTo("{{< figure src=`C:\\say \"x\"` >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "src", "two\nlines")))
                .isEqualTo("{{< figure src=`two\nlines` >}}");
        ShortcodeCall call = ShortcodeParser.parse(text).allCalls().get(0);
        assertThatThrownBy(() -> ShortcodeEditor.setNamed(text, call, "src", "`a`\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backtick");
    }

    @Test
    void aBareValueTouchingTheClosingDelimiterIsQuoted() {
        String text = "{{< youtube id=abc>}}";
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "id", "def")))
                .isEqualTo("{{< youtube id=\"def\">}}");
    }

    @Test
    void aNewNamedArgumentFollowsTheLastOneWithTheSameSeparator() {
        String text = "{{< gallery\n    match=\"a/*\"\n    sortOrder=\"asc\" >}}";
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "rowHeight", "150")))
                .isEqualTo("{{< gallery\n    match=\"a/*\"\n    sortOrder=\"asc\"\n    rowHeight=150 >}}");
        assertThat(edit("{{< youtube >}}", (t, c) -> ShortcodeEditor.setNamed(t, c, "id", "abc")))
                .isEqualTo("{{< youtube id=abc >}}");
        assertThat(edit("{{< alert />}}", (t, c) -> ShortcodeEditor.setNamed(t, c, "title", "Note")))
                .isEqualTo("{{< alert title=Note />}}");
    }

    @Test
    void positionalArgumentsAreReplacedAndAppended() {
        String text = "{{< imgproc pic Resize 600x >}}{{< /imgproc >}}";
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setPositional(t, c, 2, "800x")))
                .isEqualTo("{{< imgproc pic Resize 800x >}}{{< /imgproc >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setPositional(t, c, 3, "webp")))
                .isEqualTo("{{< imgproc pic Resize 600x webp >}}{{< /imgproc >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setPositional(t, c, 2, "600x q80")))
                .isEqualTo("{{< imgproc pic Resize \"600x q80\" >}}{{< /imgproc >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.setPositional(t, c, 0, "photos/a")))
                .isEqualTo("{{< imgproc \"photos/a\" Resize 600x >}}{{< /imgproc >}}");
    }

    @Test
    void removingAnArgumentTakesTheSpaceBeforeIt() {
        String text = "{{< gallery\n    match=\"a/*\"\n    sortOrder=\"asc\"\n    rowHeight=150 >}}";
        assertThat(edit(text, (t, c) -> ShortcodeEditor.removeNamed(t, c, "sortOrder")))
                .isEqualTo("{{< gallery\n    match=\"a/*\"\n    rowHeight=150 >}}");
        assertThat(edit(text, (t, c) -> ShortcodeEditor.removeNamed(t, c, "match")))
                .isEqualTo("{{< gallery\n    sortOrder=\"asc\"\n    rowHeight=150 >}}");
        assertThat(edit("{{< imgproc pic Resize 600x >}}", (t, c) -> ShortcodeEditor.removePositional(t, c, 2)))
                .isEqualTo("{{< imgproc pic Resize >}}");
    }

    @Test
    void mixingStylesOrLeavingGapsIsRefused() {
        String named = "{{< tweet user=a id=1 >}}";
        ShortcodeCall namedCall = ShortcodeParser.parse(named).allCalls().get(0);
        assertThatThrownBy(() -> ShortcodeEditor.setPositional(named, namedCall, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named arguments");
        String positional = "{{< youtube abc >}}";
        ShortcodeCall positionalCall = ShortcodeParser.parse(positional).allCalls().get(0);
        assertThatThrownBy(() -> ShortcodeEditor.setNamed(positional, positionalCall, "start", "30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positional");
        assertThatThrownBy(() -> ShortcodeEditor.setPositional(positional, positionalCall, 3, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShortcodeEditor.removeNamed(named, namedCall, "title"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no argument named 'title'");
        assertThatThrownBy(() -> ShortcodeEditor.setNamed(named, namedCall, "bad name", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEditedCallParsesBackWithTheNewValue() {
        String text = "Before\n{{< tweet user=jdoe id=1 >}}\nAfter";
        String edited = edit(text, (t, c) -> ShortcodeEditor.setNamed(t, c, "user", "an \"odd\" name"));
        ShortcodeCall call = ShortcodeParser.parse(edited).allCalls().get(0);
        assertThat(call.arguments().named("user").map(Argument::value)).contains("an \"odd\" name");
        assertThat(call.arguments().named("id").map(Argument::value)).contains("1");
        assertThat(edited).startsWith("Before\n").endsWith("\nAfter");
    }
}
