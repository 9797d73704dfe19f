package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugoVersionDetectorTest {

    @TempDir
    Path dir;

    private HugoVersionPin detect() {
        return HugoVersionDetector.detect(dir, SiteConfigLoader.isSiteRoot(dir) ? SiteConfigLoader.load(dir).values()
                : Map.of()).orElseThrow();
    }

    @Test
    void netlifyProductionContextWinsOverBuildEnvironment() {
        TestSite site = new TestSite(dir);
        site.write("netlify.toml", """
                [build.environment]
                HUGO_VERSION = "0.120.0"
                [context.production.environment]
                HUGO_VERSION = "0.122.0"
                HUGO_EXTENDED = "true"
                [context.deploy-preview.environment]
                HUGO_VERSION = "0.99.0"
                """);
        HugoVersionPin pin = detect();
        assertThat(pin.version()).isEqualTo(HugoVersion.of(122));
        assertThat(pin.extended()).isTrue();
        assertThat(pin.source()).isEqualTo("netlify.toml");
        assertThat(pin.detail()).isEqualTo("context.production.environment.HUGO_VERSION");
    }

    @Test
    void netlifyBuildEnvironmentAlone() {
        new TestSite(dir).write("netlify.toml", "[build]\ncommand = \"hugo\"\n[build.environment]\nHUGO_VERSION = \"0.111.3\"\n");
        assertThat(detect().version()).isEqualTo(new HugoVersion(0, 111, 3));
    }

    @Test
    void hvmAndHugoVersionFiles() {
        TestSite site = new TestSite(dir);
        site.write(".hvm", "v0.125.7\n");
        assertThat(detect()).satisfies(p -> {
            assertThat(p.version()).isEqualTo(new HugoVersion(0, 125, 7));
            assertThat(p.source()).isEqualTo(".hvm");
        });
        Path other = dir.resolve("other");
        new TestSite(other).write(".hugo-version", "\n0.119.0\n");
        assertThat(HugoVersionDetector.detect(other, Map.of()).orElseThrow().version()).isEqualTo(HugoVersion.of(119));
    }

    @Test
    void githubWorkflowsPeaceirisInputAndEnvironment() {
        TestSite site = new TestSite(dir);
        site.write(".github/workflows/a-lint.yml", "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n");
        site.write(".github/workflows/gh-pages.yml", """
                jobs:
                  deploy:
                    steps:
                      - uses: peaceiris/actions-hugo@v2
                        with:
                          hugo-version: '0.118.2'
                          extended: true
                """);
        HugoVersionPin pin = detect();
        assertThat(pin.version()).isEqualTo(new HugoVersion(0, 118, 2));
        assertThat(pin.source()).isEqualTo(".github/workflows/gh-pages.yml");
        assertThat(pin.extended()).isTrue();

        Path env = dir.resolve("env");
        new TestSite(env).write(".github/workflows/hugo.yaml", "env:\n  HUGO_VERSION: 0.128.0\n");
        assertThat(HugoVersionDetector.detect(env, Map.of()).orElseThrow().version()).isEqualTo(HugoVersion.of(128));

        Path latest = dir.resolve("latest");
        new TestSite(latest).write(".github/workflows/hugo.yml", "      with:\n        hugo-version: 'latest'\n");
        assertThat(HugoVersionDetector.detect(latest, Map.of()).orElseThrow().version()).isEqualTo(HugoVersion.LATEST);
    }

    @Test
    void packageJsonHugoExtendedAndHugoBin() {
        new TestSite(dir).write("package.json", """
                {"name": "site", "devDependencies": {"autoprefixer": "^10.0.0", "hugo-extended": "^0.123.8"}}
                """);
        HugoVersionPin pin = detect();
        assertThat(pin.version()).isEqualTo(new HugoVersion(0, 123, 8));
        assertThat(pin.extended()).isTrue();
        Path bin = dir.resolve("bin");
        new TestSite(bin).write("package.json", "{\"dependencies\": {\"hugo-bin\": \">=0.110.0\"}}");
        HugoVersionPin min = HugoVersionDetector.detect(bin, Map.of()).orElseThrow();
        assertThat(min.kind()).isEqualTo(HugoVersionPin.Kind.MINIMUM);
    }

    @Test
    void goModAndModuleMinimum() {
        TestSite site = new TestSite(dir);
        site.write("go.mod", "module example.org/site\n\ngo 1.21\n\nrequire github.com/gohugoio/hugo v0.121.1 // indirect\n");
        assertThat(detect().version()).isEqualTo(new HugoVersion(0, 121, 1));
        Path min = dir.resolve("min");
        new TestSite(min).write("hugo.toml", "[module.hugoVersion]\nmin = \"0.110.0\"\nextended = true\n");
        HugoVersionPin pin = HugoVersionDetector.detect(min, SiteConfigLoader.load(min).values()).orElseThrow();
        assertThat(pin.kind()).isEqualTo(HugoVersionPin.Kind.MINIMUM);
        assertThat(pin.extended()).isTrue();
        assertThat(pin.version()).isEqualTo(HugoVersion.of(110));
    }

    @Test
    void toolVersionsFile() {
        new TestSite(dir).write(".tool-versions", "nodejs 20.1.0\nhugo extended_0.127.0\n");
        assertThat(detect().version()).isEqualTo(HugoVersion.of(127));
    }

    @Test
    void aBrokenPinFileIsReportedAndTheNextPinUsed() {
        TestSite site = new TestSite(dir);
        site.write("netlify.toml", "[build.environment\nHUGO_VERSION = \"0.1\"\n");
        site.write(".hvm", "0.124.1\n");
        HugoVersionDetector.Result result = HugoVersionDetector.detectAll(dir, Map.of());
        assertThat(result.winner().orElseThrow().version()).isEqualTo(new HugoVersion(0, 124, 1));
        assertThat(result.problems()).singleElement().asString().startsWith("netlify.toml:1:");
    }

    @Test
    void noPinAnywhereIsUnknownAndASettingOverridesAPin() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"x\"\n");
        assertThat(site.open().hugoVersionPin()).isEmpty();
        site.write(".hvm", "0.122.0\n");
        assertThat(Site.open(dir, HugoVersion.of(150)).hugoVersion()).contains(HugoVersion.of(150));
        assertThat(Site.open(dir, HugoVersion.of(150)).hugoVersionPin().orElseThrow().source()).isEqualTo("setting");
        assertThat(site.open().hugoVersion()).contains(HugoVersion.of(122));
    }
}
