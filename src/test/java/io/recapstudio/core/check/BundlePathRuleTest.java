package io.recapstudio.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recap check} says so whenever a post would read a file outside its bundle, and where. */
class BundlePathRuleTest {

    @TempDir
    Path dir;

    private Path bundle;

    @BeforeEach
    void bundleBesideASecret() throws IOException {
        bundle = Files.createDirectories(dir.resolve("content/blog/post"));
        Files.write(bundle.resolve("stage.jpg"), new byte[] {1});
        Files.writeString(Files.createDirectories(dir.resolve("content/blog/.ssh")).resolve("id_rsa"), "SECRET");
    }

    private List<Diagnostic> check(String body, Optional<Site> site) throws IOException {
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: T\n---\n" + body);
        return Checker.standard().check(CheckContext.of(PageBundle.open(bundle), site)).stream()
                .filter(d -> d.rule().startsWith("path-") || d.rule().startsWith("resource-link")).toList();
    }

    @Test
    void everyWayOutOfTheBundleIsReportedAtTheReference() throws IOException {
        List<Diagnostic> found = check("""
                ![key](../.ssh/id_rsa)
                ![x](%2e%2e/.ssh/id_rsa) ![x](..\\\\.ssh\\\\id_rsa)
                ![x](../../../../../../../../proc/self/environ)
                ![x](~/.ssh/id_rsa) ![x](C:/secret.png) ![x](file:///etc/passwd)
                <img src="&#46;&#46;/.ssh/id_rsa"> <img srcset="stage.jpg 1x, ../.ssh/id_rsa 2x">
                {{< figure src="../.ssh/id_rsa" >}}
                {{< imgproc ../secret Resize "100x" >}}{{< /imgproc >}}
                {{< gallery match="../*" >}}
                ![ref][r]

                [r]: ../.ssh/id_rsa
                ![fine](stage.jpg) [a link is not read](../.ssh/id_rsa) `![in code](../.ssh/id_rsa)`
                """, Optional.empty());
        assertThat(found).allMatch(d -> d.rule().equals("path-outside-bundle"));
        assertThat(found).extracting(Diagnostic::line)
                .containsExactly(4, 5, 5, 6, 7, 7, 7, 8, 8, 9, 10, 11, 12);
        assertThat(found).as("what no browser can load, and lookups that can never match, are warnings; web paths"
                + " a site might serve are notes when no site is known").filteredOn(d -> d.severity()
                == Severity.WARNING).extracting(Diagnostic::line).containsExactly(5, 7, 7, 7, 10, 11);
        assertThat(found.get(0).column()).isEqualTo(8);
        assertThat(found.get(0).message()).contains("../.ssh/id_rsa").contains("climbs out of the bundle")
                .contains("copy the file into the bundle");
    }

    @Test
    void anAbsolutePathIsFineOnlyWhenTheSitesStaticFolderHasIt() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = 'Site'\n");
        Files.createDirectories(dir.resolve("static/images"));
        Files.write(dir.resolve("static/images/logo.png"), new byte[] {1});
        Optional<Site> site = Optional.of(Site.open(dir));
        List<Diagnostic> found = check("![](/images/logo.png)\n![](/etc/passwd)\n", site);
        assertThat(found).extracting(Diagnostic::line).containsExactly(5);
        assertThat(found.get(0).message()).contains("/etc/passwd").contains("static and content folders on disk have no such file")
                .contains("broken image");
        assertThat(check("![](/images/logo.png)\n", Optional.empty())).hasSize(1);
    }

    @Test
    void aLinkOutOfTheBundleIsNamedAndItsUseToo() throws IOException {
        Files.createSymbolicLink(bundle.resolve("leak.png"), dir.resolve("content/blog/.ssh/id_rsa"));
        List<Diagnostic> found = check("![innocent](leak.png)\n", Optional.empty());
        assertThat(found).extracting(Diagnostic::rule).containsExactlyInAnyOrder("resource-link-outside",
                "path-outside-bundle");
        Diagnostic link = found.stream().filter(d -> d.rule().equals("resource-link-outside")).findFirst()
                .orElseThrow();
        assertThat(link.message()).contains("leak.png").contains(dir.resolve("content/blog/.ssh/id_rsa")
                .toRealPath().toString()).contains("does not follow it");
        assertThat(link.path()).isEqualTo(bundle.resolve("index.md"));
    }

    @Test
    void aPostThatStaysInItsBundleGetsNothing() throws IOException {
        Files.createSymbolicLink(bundle.resolve("alias.jpg"), bundle.resolve("stage.jpg"));
        assertThat(check("![a](stage.jpg) ![b](./alias.jpg) <img src=\"stage.jpg\">\n"
                + "{{< figure src=\"stage.jpg\" >}} [up](../other-post/) ![web](https://example.org/x.png)\n",
                Optional.empty())).isEmpty();
    }

    @Test
    void inASiteAPathOutOfTheBundleIsAWarningOnlyWhenTheSitePublishesNoSuchFile() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = 'Site'\n");
        Path sibling = Files.createDirectories(dir.resolve("content/blog/post-figures"));
        Files.write(sibling.resolve("figure-1.png"), new byte[] {1});
        Optional<Site> site = Optional.of(Site.open(dir));

        List<Diagnostic> found = check("![served](../post-figures/figure-1.png)\n![hidden](../.ssh/id_rsa)\n"
                + "![gone](../post-figures/figure-2.png)\n", site);

        assertThat(found).extracting(Diagnostic::line, Diagnostic::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, Severity.INFO),
                org.assertj.core.groups.Tuple.tuple(5, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(6, Severity.WARNING));
        assertThat(found.get(0).message()).contains("the site serves it");
        assertThat(found.get(2).message()).contains("broken image");
    }
}
