package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PermalinksTest {

    private static final ZonedDateTime MAY_25 = ZonedDateTime.of(2022, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC);

    private static PermalinkPage page(String section, String title, String slug, String url, String baseName) {
        return new PermalinkPage(section, title, slug, url, MAY_25, baseName);
    }

    @Test
    void legacyFormExpandsSectionDateAndSlugFromTheTitle() {
        Permalinks p = Permalinks.fromConfig(Map.of("blog", "/:section/:year/:month/:slug/"), Slugs.DEFAULT);
        assertThat(p.pathFor(page("blog", "Kelp Con 2022: Wrap-Up & more!", null, null, "2022-05-25-kelp")))
                .isEqualTo("/blog/2022/05/kelp-con-2022-wrap-up-more/");
        assertThat(p.pathFor(page("blog", "Ignored", "My Own Slug", null, "x")))
                .isEqualTo("/blog/2022/05/my-own-slug/");
    }

    @Test
    void aUrlInFrontMatterWinsOverEveryPattern() {
        Permalinks p = Permalinks.fromConfig(Map.of("blog", "/:year/:slug/"), Slugs.DEFAULT);
        assertThat(p.pathFor(page("blog", "T", null, "/Blog/2022/05/Custom/", "x"))).isEqualTo("/Blog/2022/05/Custom/");
        assertThat(p.pathFor(page("blog", "T", null, "no-slash/", "x"))).isEqualTo("/no-slash/");
    }

    @Test
    void perKindAndListFormsAreRead() {
        Permalinks perKind = Permalinks.fromConfig(Map.of("page", Map.of("posts", "/articles/:year/:slug/"),
                "section", Map.of("posts", "/articles/")), Slugs.DEFAULT);
        assertThat(perKind.pathFor(page("posts", "Reef Day", null, null, "reef"))).isEqualTo("/articles/2022/reef-day/");
        Permalinks list = Permalinks.fromConfig(List.of(Map.of("target", Map.of("kind", "page", "path", "/news/**"),
                "pattern", "/n/:contentbasename/")), Slugs.DEFAULT);
        assertThat(list.pathFor(page("news", "T", null, null, "Big_News"))).isEqualTo("/n/big_news/");
        assertThat(list.pathFor(page("other", "T", null, null, "plain"))).isEqualTo("/other/plain/");
    }

    @Test
    void everyDocumentedTokenExpands() {
        Permalinks p = Permalinks.none();
        PermalinkPage page = new PermalinkPage("docs/guides/deep", "Cove Guide", null, null, MAY_25, "cove-guide-dir");
        assertThat(p.expand("/:year/:month/:monthname/:day/:weekday/:weekdayname/:yearday/", page))
                .isEqualTo("/2022/05/May/25/3/Wednesday/145/");
        assertThat(p.expand("/:section/:sections/:sections[1:]/:sections[last]/:sections[0]/", page))
                .isEqualTo("/docs/docs/guides/deep/guides/deep/deep/docs/");
        assertThat(p.expand("/:title/:slug/:filename/:slugorfilename/:contentbasename/", page))
                .isEqualTo("/cove-guide/cove-guide/cove-guide-dir/cove-guide-dir/cove-guide-dir/");
        assertThat(p.expand("/:2006/:Jan/\\:literal/", page)).isEqualTo("/2022/May/:literal/");
    }

    @Test
    void withoutAPatternThePathIsTheSectionsPlusTheBaseName() {
        Permalinks p = Permalinks.none();
        assertThat(p.pathFor(page("Blog/Sub Dir", "x", null, null, "Leaf_Thing"))).isEqualTo("/blog/sub-dir/leaf_thing/");
        assertThat(p.pathFor(page("blog", "x", "Chosen Slug", null, "folder"))).isEqualTo("/blog/chosen-slug/");
        assertThat(p.pathFor(page("", "x", null, null, "about"))).isEqualTo("/about/");
    }

    @Test
    void aMissingDateGivesHugosZeroYear() {
        Permalinks p = Permalinks.fromConfig(Map.of("blog", "/:year/:slug/"), Slugs.DEFAULT);
        assertThat(p.pathFor(new PermalinkPage("blog", "Undated", null, null, null, "u"))).isEqualTo("/1/undated/");
    }

    @Test
    void disablePathToLowerKeepsCase() {
        Permalinks p = Permalinks.fromConfig(Map.of("blog", "/Blog/:title/"), new Slugs(true, false));
        assertThat(p.pathFor(page("blog", "Reef Day", null, null, "x"))).isEqualTo("/Blog/Reef-Day/");
    }

    @Test
    void anUnknownTokenIsRejectedLikeHugoDoes() {
        Permalinks p = Permalinks.fromConfig(Map.of("blog", "/:nonsense/"), Slugs.DEFAULT);
        assertThatThrownBy(() -> p.pathFor(page("blog", "T", null, null, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":nonsense");
    }
}
