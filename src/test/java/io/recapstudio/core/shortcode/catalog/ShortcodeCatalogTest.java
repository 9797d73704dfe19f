package io.recapstudio.core.shortcode.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.shortcode.InnerContent;
import io.recapstudio.core.shortcode.ShortcodeKinds;
import io.recapstudio.core.site.HugoVersion;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortcodeCatalogTest {

    @TempDir
    Path dir;

    private ShortcodeEntry entry(ShortcodeCatalog catalog, String name) {
        return catalog.find(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void builtInsHaveTypedParameters() {
        ShortcodeCatalog catalog = ShortcodeCatalog.builtins();
        assertThat(catalog.entries()).extracting(ShortcodeEntry::name).contains("imgproc", "figure", "tweet", "x",
                "youtube", "vimeo", "gist", "gallery", "alert", "note", "warning", "ref", "relref", "highlight");
        ShortcodeEntry imgproc = entry(catalog, "imgproc");
        assertThat(imgproc.inner()).isTrue();
        assertThat(imgproc.file()).isNull();
        assertThat(imgproc.params()).extracting(ParamSpec::position).containsExactly(0, 1, 2);
        assertThat(imgproc.param(0).orElseThrow().type()).isEqualTo(ParamType.RESOURCE);
        assertThat(imgproc.param(1).orElseThrow().choices()).containsExactly("Fit", "Resize", "Fill", "Crop");
        ShortcodeEntry gallery = entry(catalog, "gallery");
        assertThat(gallery.param("rowHeight").orElseThrow().defaultValue()).isEqualTo("150");
        assertThat(gallery.param("previewType").orElseThrow().choices()).containsExactly("blur", "color", "none");
        assertThat(gallery.param("sortOrder").orElseThrow().choices()).containsExactly("asc", "desc");
        assertThat(entry(catalog, "youtube").param("id").orElseThrow().position()).isZero();
        assertThat(entry(catalog, "x").params()).allMatch(ParamSpec::required);
        assertThat(catalog.takesInner("highlight")).contains(true);
        assertThat(catalog.takesInner("figure")).contains(false);
        assertThat(catalog.takesInner("nobody-knows")).isEmpty();
        assertThat(catalog.byGroup().get(ShortcodeGroup.VIDEO)).extracting(ShortcodeEntry::name)
                .containsExactly("vimeo", "youtube");
    }

    @Test
    void aSitePinnedToAnOldHugoOffersTweetAndTheOldYoutubeParameters() {
        ShortcodeCatalog old = ShortcodeCatalog.builtins(HugoVersion.of(122));
        assertThat(old.entries()).extracting(ShortcodeEntry::name).contains("tweet").doesNotContain("x");
        assertThat(entry(old, "x").name()).isEqualTo("x");
        ShortcodeEntry youtube = old.entries().stream().filter(e -> e.name().equals("youtube")).findFirst()
                .orElseThrow();
        assertThat(youtube.params()).extracting(ParamSpec::name).containsExactly("id", "title", "class", "autoplay");
        ShortcodeCatalog recent = ShortcodeCatalog.builtins(HugoVersion.of(156));
        assertThat(recent.entries()).extracting(ShortcodeEntry::name).contains("x").doesNotContain("tweet");
        ShortcodeEntry newYoutube = recent.entries().stream().filter(e -> e.name().equals("youtube")).findFirst()
                .orElseThrow();
        assertThat(newYoutube.params()).extracting(ParamSpec::name).contains("start", "end", "loading");
    }

    @Test
    void siteTemplatesAreReadWithNestedNamesAndBothShortcodeFolders() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        site.write("layouts/shortcodes/blocks/resource.html", """
                {{ $title := .Get "title" | default "Video title" }}
                <section><h3>{{ $title }}</h3>{{ .Inner | markdownify }}</section>
                """);
        site.write("layouts/_shortcodes/buoy.html", "{{ $id := .Get \"id\" | default (.Get 0) }}<b>{{ $id }}</b>");
        site.write("layouts/shortcodes/buoy.amp.html", "{{ .Get \"id\" }}{{ .Get \"size\" }}");
        ShortcodeCatalog catalog = ShortcodeCatalog.forSite(Site.open(dir));
        ShortcodeEntry resource = entry(catalog, "blocks/resource");
        assertThat(resource.source()).isEqualTo(ShortcodeSource.SITE);
        assertThat(resource.file()).isEqualTo("layouts/shortcodes/blocks/resource.html");
        assertThat(resource.inner()).isTrue();
        assertThat(resource.param("title").orElseThrow().defaultValue()).isEqualTo("Video title");
        assertThat(catalog.inner("blocks/resource")).isEqualTo(InnerContent.REQUIRED);
        assertThat(catalog.inner("buoy")).isEqualTo(InnerContent.NEVER);
        assertThat(catalog.inner("tabpane")).isEqualTo(InnerContent.UNKNOWN);
        assertThat(catalog.orElse(ShortcodeKinds.builtIn()).inner("tabpane")).isEqualTo(InnerContent.REQUIRED);
        ShortcodeEntry buoy = entry(catalog, "buoy");
        assertThat(buoy.file()).isEqualTo("layouts/_shortcodes/buoy.html");
        assertThat(buoy.param("id").orElseThrow().position()).isZero();
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void siteBeatsThemeAndThemeBeatsBuiltIn() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "theme = \"harbor\"\n");
        site.write("themes/harbor/layouts/shortcodes/youtube.html",
                "{{ $id := .Get \"id\" | default (.Get 0) }}{{ $t := .Get \"title\" }}{{ .Get \"playlist\" }}");
        site.write("themes/harbor/layouts/shortcodes/alert.html", "<div>{{ .Inner }}</div>{{ .Get \"kind\" }}");
        site.write("layouts/shortcodes/alert.html", "<aside>{{ .Inner | .Page.RenderString }}</aside>");
        site.write("_vendor/github.com/example/reef/layouts/shortcodes/kelp.html", "{{ .Get 0 }}");
        ShortcodeCatalog catalog = ShortcodeCatalog.forSite(Site.open(dir));
        ShortcodeEntry youtube = entry(catalog, "youtube");
        assertThat(youtube.source()).isEqualTo(ShortcodeSource.THEME);
        assertThat(youtube.file()).isEqualTo("themes/harbor/layouts/shortcodes/youtube.html");
        assertThat(youtube.params()).extracting(ParamSpec::name).containsExactly("id", "title", "playlist");
        assertThat(youtube.param("id").orElseThrow().required()).as("kept from the built-in").isTrue();
        assertThat(youtube.group()).isEqualTo(ShortcodeGroup.VIDEO);
        ShortcodeEntry alert = entry(catalog, "alert");
        assertThat(alert.source()).isEqualTo(ShortcodeSource.SITE);
        assertThat(alert.file()).isEqualTo("layouts/shortcodes/alert.html");
        assertThat(alert.params()).isEmpty();
        assertThat(alert.delimiter()).as("the site's template renders Markdown itself").isEqualTo(
                Delimiter.ANGLE);
        assertThat(entry(catalog, "kelp").source()).isEqualTo(ShortcodeSource.THEME);
        assertThat(entry(catalog, "kelp").file()).isEqualTo("_vendor/github.com/example/reef/layouts/shortcodes/kelp.html");
    }

    @Test
    void theSitesCatalogFileAddsDescriptionsTypesChoicesAndNewEntries() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        site.write("layouts/shortcodes/cover.html", "{{ .Get \"height\" }}{{ .Inner }}");
        site.write(".recap/shortcodes.yaml", """
                shortcodes:
                  cover:
                    description: A full-width cover block
                    group: layout
                    delimiter: "<"
                    params:
                      - name: height
                        choices: [min, med, max]
                        default: max
                        description: How tall the cover is
                  imgproc:
                    description: Our card image
                  swell:
                    group: media
                    inner: true
                    params:
                      - {position: 0, type: url, required: true, description: "Source: the video file"}
                """);
        ShortcodeCatalog catalog = ShortcodeCatalog.forSite(Site.open(dir));
        ShortcodeEntry cover = entry(catalog, "cover");
        assertThat(cover.description()).isEqualTo("A full-width cover block");
        assertThat(cover.group()).isEqualTo(ShortcodeGroup.LAYOUT);
        assertThat(cover.delimiter()).isEqualTo(Delimiter.ANGLE);
        assertThat(cover.param("height").orElseThrow()).extracting(ParamSpec::type, ParamSpec::defaultValue)
                .containsExactly(ParamType.CHOICE, "max");
        assertThat(cover.param("height").orElseThrow().choices()).containsExactly("min", "med", "max");
        assertThat(entry(catalog, "imgproc").description()).isEqualTo("Our card image");
        assertThat(entry(catalog, "imgproc").params()).hasSize(3);
        ShortcodeEntry swell = entry(catalog, "swell");
        assertThat(swell.source()).isEqualTo(ShortcodeSource.SITE);
        assertThat(swell.file()).isEqualTo(".recap/shortcodes.yaml");
        assertThat(swell.param(0).orElseThrow().label()).isEqualTo("source");
    }

    @Test
    void aBrokenCatalogFileIsReportedAndTheRestStillWorks() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        site.write(".recap/shortcodes.yaml", "shortcodes:\n  imgproc:\n    group: gadgets\n");
        ShortcodeCatalog catalog = ShortcodeCatalog.forSite(Site.open(dir));
        assertThat(catalog.problems()).singleElement().asString().contains("shortcodes.imgproc.group")
                .contains("gadgets");
        assertThat(catalog.find("imgproc")).isPresent();
    }

    @Test
    void aSitePinnedBelow141KeepsTweetAndItsOwnTweetTemplateIsNeverFlagged() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        site.write("netlify.toml", "[build.environment]\nHUGO_VERSION = \"0.122.0\"\n");
        ShortcodeCatalog catalog = ShortcodeCatalog.forSite(Site.open(dir));
        assertThat(catalog.versionRules().tweetShortcodeName()).isEqualTo("tweet");
        assertThat(catalog.entries()).extracting(ShortcodeEntry::name).doesNotContain("x");
        site.write("netlify.toml", "[build.environment]\nHUGO_VERSION = \"0.157.0\"\n");
        site.write("layouts/shortcodes/tweet.html", "{{ .Get \"user\" }}{{ .Get \"id\" }}");
        ShortcodeCatalog recent = ShortcodeCatalog.forSite(Site.open(dir));
        assertThat(recent.entries()).extracting(ShortcodeEntry::name).contains("tweet", "x");
        assertThat(recent.versionRules().check("tweet", java.util.List.of("user", "id"), entry(recent, "tweet")))
                .isEmpty();
    }
}
