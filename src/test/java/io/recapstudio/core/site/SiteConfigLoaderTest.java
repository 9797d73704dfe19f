package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsATomlRootFile() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", """
                baseURL = "https://lanternfish.example/"
                title = "Lanternfish"
                contentDir = "src/content"
                theme = ["harbor", "docsy"]
                [markup.goldmark.renderer]
                unsafe = true
                [taxonomies]
                tag = "tags"
                speaker = "speakers"
                [params]
                gallerySortOrder = "desc"
                """);
        SiteConfig config = SiteConfigLoader.load(dir);
        assertThat(config.baseURL()).contains("https://lanternfish.example/");
        assertThat(config.title()).contains("Lanternfish");
        assertThat(config.contentDir()).isEqualTo("src/content");
        assertThat(config.themes()).containsExactly("harbor", "docsy");
        assertThat(config.unsafeHtml()).isTrue();
        assertThat(config.taxonomies()).containsEntry("speaker", "speakers").doesNotContainKey("category");
        assertThat(config.params()).containsEntry("gallerysortorder", "desc");
        assertThat(config.files()).containsExactly(Path.of("hugo.toml"));
    }

    @Test
    void readsYamlAndJsonRootFilesWithTheSameMeaning() {
        Path yamlSite = dir.resolve("y");
        new TestSite(yamlSite).write("config.yaml", """
                baseURL: https://yaml.example/
                languages:
                  de: {languageName: Deutsch, weight: 2, contentDir: content/de}
                  en: {languageName: English, weight: 1, contentDir: content/en}
                module:
                  mounts:
                    - {source: content/en, target: content, lang: en}
                  imports:
                    - path: github.com/google/docsy
                    - {path: github.com/example/off, disable: true}
                """);
        Path jsonSite = dir.resolve("j");
        new TestSite(jsonSite).write("hugo.json", """
                {"baseURL": "https://json.example/", "defaultContentLanguage": "de",
                 "permalinks": {"blog": "/:year/:slug/"}, "markup": {"goldmark": {"renderer": {"unsafe": false}}}}
                """);
        SiteConfig yaml = SiteConfigLoader.load(yamlSite);
        assertThat(yaml.baseURL()).contains("https://yaml.example/");
        assertThat(yaml.languages()).extracting(Language::code).containsExactly("en", "de");
        assertThat(yaml.languages().get(0)).isEqualTo(new Language("en", "English", 1, "content/en"));
        assertThat(yaml.mounts()).containsExactly(new ModuleMount("content/en", "content", "en"));
        assertThat(yaml.imports()).containsExactly(new ModuleImport("github.com/google/docsy", false),
                new ModuleImport("github.com/example/off", true));
        SiteConfig json = SiteConfigLoader.load(jsonSite);
        assertThat(json.defaultContentLanguage()).isEqualTo("de");
        assertThat(json.permalinks().patternForPage("blog", "x")).contains("/:year/:slug/");
        assertThat(json.unsafeHtml()).isFalse();
    }

    @Test
    void hugoFileWinsOverConfigFile() {
        TestSite site = new TestSite(dir);
        site.write("config.toml", "title = \"old\"\n");
        site.write("hugo.yaml", "title: new\n");
        assertThat(SiteConfigLoader.load(dir).title()).contains("new");
    }

    @Test
    void mergesTheConfigDirectoryAsHugoDoes() {
        TestSite site = new TestSite(dir);
        site.write("config/_default/hugo.toml", "baseURL = \"https://dev.example/\"\ntitle = \"Split\"\n");
        site.write("config/_default/params.toml", "description = \"Our site\"\n[social]\nmastodon = \"@x\"\n");
        site.write("config/_default/languages.yaml", "en:\n  weight: 1\n  contentDir: content/en\n");
        site.write("config/_default/menus.en.toml", "[[main]]\nname = \"Blog\"\nurl = \"/blog/\"\n");
        site.write("config/_default/permalinks.toml", "[page]\nposts = \"/:year/:month/:slug/\"\n");
        site.write("config/production/hugo.toml", "baseURL = \"https://www.example/\"\n");
        SiteConfig config = SiteConfigLoader.load(dir);
        assertThat(config.baseURL()).contains("https://www.example/");
        assertThat(config.title()).contains("Split");
        assertThat(config.params()).containsEntry("description", "Our site");
        assertThat(Maps.getPath(config.params(), List.of("social", "mastodon"))).isEqualTo("@x");
        assertThat(config.languages()).extracting(Language::contentDir).containsExactly("content/en");
        assertThat(Maps.getPath(config.values(), List.of("languages", "en", "menus", "main"))).isInstanceOf(List.class);
        assertThat(config.permalinks().patternForPage("posts", "p")).contains("/:year/:month/:slug/");
        assertThat(SiteConfigLoader.isSiteRoot(dir)).isTrue();
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        TestSite site = new TestSite(dir);
        site.write("hugo.toml", "title = \"ok\"\n\nbaseURL = \n");
        assertThatThrownBy(() -> SiteConfigLoader.load(dir)).isInstanceOf(SiteException.class)
                .hasMessageContaining("hugo.toml:3:").hasMessageContaining("TOML");
        site.write("hugo.toml", "");
        Path yaml = dir.resolve("y");
        new TestSite(yaml).write("hugo.yaml", "title: ok\nparams:\n  a: [1, 2\n");
        assertThatThrownBy(() -> SiteConfigLoader.load(yaml)).isInstanceOf(SiteException.class)
                .hasMessageContaining("hugo.yaml:").hasMessageContaining("YAML");
    }

    @Test
    void aFolderWithoutConfigIsNotASite() {
        assertThatThrownBy(() -> Site.open(dir)).isInstanceOf(SiteNotFoundException.class)
                .hasMessageContaining("hugo.toml");
    }
}
