package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import io.recapstudio.core.image.ImageProcessor;
import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.Size;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's imgproc figures show the image Hugo picks ({@code GetMatch "**NAME*"}) at the width and height
 * Hugo produces: checked against the image core's math always, and against a real Hugo build when hugo is on PATH
 * (a small template of our own that does what Docsy's imgproc does to find and size the image).
 */
class ImgprocHugoSizesTest {

    static final String CALLS = String.join("\n\n",
            "{{< imgproc welcome Resize \"600x\" >}}{{< /imgproc >}}",
            "{{< imgproc welcome Resize \"x333\" >}}{{< /imgproc >}}",
            "{{< imgproc keynote Resize \"333x\" >}}{{< /imgproc >}}",
            "{{< imgproc keynote Fill \"300x300 Center\" >}}{{< /imgproc >}}",
            "{{< imgproc keynote Fit \"400x400\" >}}{{< /imgproc >}}",
            "{{< imgproc welcome Fit \"2000x2000\" >}}{{< /imgproc >}}",
            "{{< imgproc welcome Crop \"500x500 TopLeft\" >}}{{< /imgproc >}}",
            "{{< imgproc deep-dive1 Resize \"320x\" >}}{{< /imgproc >}}",
            "{{< imgproc HALL-02 Resize \"101x\" >}}{{< /imgproc >}}") + "\n";

    private static final Pattern PREVIEW_IMG = Pattern.compile(
            "<img class=\"card-img-top\" src=\"[^\"]*/([^/\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\">");
    private static final Pattern HUGO_IMG = Pattern.compile(
            "<img data-name=\"(?:[^\"]*/)?([^/\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\">");

    static List<String> sizes(Pattern pattern, String html) {
        List<String> sizes = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            // The preview shows a cache file named after its source: "stage-<20 hex digits>.jpg".
            String source = m.group(1).replaceFirst("-[0-9a-f]{20}(\\.\\w+)$", "$1");
            sizes.add(source + " " + m.group(2) + "x" + m.group(3));
        }
        return sizes;
    }

    static List<String> previewSizes(Path bundle) {
        RenderResult result = TestRenderers.preview()
                .render(new RenderInput(CALLS, bundle, 1, RenderOptions.preview()));
        return sizes(PREVIEW_IMG, result.html());
    }

    @Test
    void imgprocShowsEachImageAtTheSizeTheImageCoreComputes(@TempDir Path dir) throws Exception {
        Path bundle = TestBundle.create(dir);
        ImageProcessor processor = new ImageProcessor();
        List<String> expected = new ArrayList<>();
        Matcher call = Pattern.compile("imgproc (\\S+) (\\w+) \"([^\"]+)\"").matcher(CALLS);
        while (call.find()) {
            Path source = TestRenderers.images().open(Optional.of(bundle), List.of())
                    .getMatch("**" + call.group(1) + "*").orElseThrow().file();
            Size size = processor.outputSize(source, ImageSpec.forImgproc(List.of(call.group(1), call.group(2),
                    call.group(3))));
            expected.add(source.getFileName() + " " + size.width() + "x" + size.height());
        }
        assertThat(previewSizes(bundle)).hasSize(9).isEqualTo(expected);
    }

    @Test
    @EnabledIf("io.recapstudio.core.markdown.HugoSite#hugoOnPath")
    void imgprocSizesAreTheSizesOfARealHugoBuild(@TempDir Path dir) throws Exception {
        HugoSite site = new HugoSite(dir.resolve("site"), true);
        site.shortcode("imgproc", String.join("",
                "{{ $img := .Page.Resources.GetMatch (printf \"**%s*\" (.Get 0)) }}",
                "{{ $cmd := .Get 1 }}{{ $opts := .Get 2 }}{{ $r := $img }}",
                "{{ if eq $cmd \"Resize\" }}{{ $r = $img.Resize $opts }}",
                "{{ else if eq $cmd \"Fit\" }}{{ $r = $img.Fit $opts }}",
                "{{ else if eq $cmd \"Fill\" }}{{ $r = $img.Fill $opts }}",
                "{{ else }}{{ $r = $img.Crop $opts }}{{ end }}",
                "<img data-name=\"{{ $img.Name }}\" width=\"{{ $r.Width }}\" height=\"{{ $r.Height }}\">",
                "{{ with .Inner }}{{ . }}{{ end }}"));
        Path bundle = site.page("sizes", CALLS);
        TestBundle.create(bundle);
        Files.delete(bundle.resolve("notes.txt"));
        List<String> fromHugo = sizes(HUGO_IMG, site.build().get("sizes"));
        assertThat(fromHugo).hasSize(9);
        assertThat(previewSizes(bundle)).isEqualTo(fromHugo);
    }
}
