package io.recapstudio.core.shortcode.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.site.HugoVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRecognizerTest {

    private static final UrlRecognizer NEW_HUGO = new UrlRecognizer(ShortcodeCatalog.builtins(HugoVersion.of(150)));
    private static final UrlRecognizer OLD_HUGO = new UrlRecognizer(ShortcodeCatalog.builtins(HugoVersion.of(111)));

    @ParameterizedTest
    @ValueSource(strings = {"https://x.com/harborbay/status/1844203958812345678",
            "https://twitter.com/harborbay/status/1844203958812345678?s=20&t=abc",
            "https://mobile.twitter.com/harborbay/status/1844203958812345678/photo/1",
            "  https://www.x.com/harborbay/status/1844203958812345678  "})
    void statusUrlsBecomeXOnNewHugoAndTweetOnOld(String url) {
        assertThat(NEW_HUGO.callFor(url)).contains("{{< x user=harborbay id=1844203958812345678 >}}");
        assertThat(OLD_HUGO.callFor(url)).contains("{{< tweet user=harborbay id=1844203958812345678 >}}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.youtube.com/watch?v=dQ4xmpl3Tk0|{{< youtube dQ4xmpl3Tk0 >}}",
            "https://youtu.be/dQ4xmpl3Tk0|{{< youtube dQ4xmpl3Tk0 >}}",
            "https://youtube.com/shorts/dQ4xmpl3Tk0?feature=share|{{< youtube dQ4xmpl3Tk0 >}}",
            "https://www.youtube-nocookie.com/embed/dQ4xmpl3Tk0|{{< youtube dQ4xmpl3Tk0 >}}",
            "https://m.youtube.com/watch?feature=x&v=dQ4xmpl3Tk0&t=1m35s|{{< youtube id=dQ4xmpl3Tk0 start=95 >}}",
            "https://youtu.be/dQ4xmpl3Tk0?t=95|{{< youtube id=dQ4xmpl3Tk0 start=95 >}}",
            "https://www.youtube.com/embed/dQ4xmpl3Tk0?start=30|{{< youtube id=dQ4xmpl3Tk0 start=30 >}}",
            "https://vimeo.com/76979871|{{< vimeo 76979871 >}}",
            "https://player.vimeo.com/video/76979871?h=abc|{{< vimeo 76979871 >}}"})
    void videoUrlsBecomeEmbeds(String url, String call) {
        assertThat(NEW_HUGO.callFor(url)).contains(call);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://youtu.be/dQ4xmpl3Tk0?t=95", "https://www.youtube.com/watch?v=dQ4xmpl3Tk0&t=95s"})
    void hugoBeforeTheStartParameterGetsThePlainCall(String url) {
        assertThat(OLD_HUGO.callFor(url)).contains("{{< youtube dQ4xmpl3Tk0 >}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello world", "https://example.org/status/123", "https://x.com/harborbay",
            "https://www.youtube.com/watch?v=short", "https://vimeo.com/about", "ftp://x.com/a/status/1",
            "see https://youtu.be/dQ4xmpl3Tk0", "https://youtu.be/dQ4xmpl3Tk0 https://youtu.be/dQ4xmpl3Tk0"})
    void otherTextIsLeftAlone(String text) {
        assertThat(NEW_HUGO.callFor(text)).isEmpty();
    }
}
