package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceMetadataTest {

    private static List<BundleResource> resources(String... names) {
        List<BundleResource> out = new ArrayList<>();
        for (String name : names) {
            out.add(new BundleResource(name, Path.of(name), HugoMediaTypes.resourceType(name)));
        }
        return out;
    }

    private static Map<String, Object> entry(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void counterCountsMatchingImagesFromOneInHugoOrder() {
        ResourceMetadata.Result result = ResourceMetadata.resolve(
                List.of(entry("src", "**.{jpg,png}", "title", "Image #:counter")),
                resources("b.jpg", "a.png", "flickr/c.jpg", "booth.jpeg", "notes.txt"));

        assertThat(result.resources()).extracting(ResolvedResource::name, ResolvedResource::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.png", "Image #1"),
                org.assertj.core.groups.Tuple.tuple("b.jpg", "Image #2"),
                org.assertj.core.groups.Tuple.tuple("booth.jpeg", "booth.jpeg"),
                org.assertj.core.groups.Tuple.tuple("flickr/c.jpg", "Image #3"),
                org.assertj.core.groups.Tuple.tuple("notes.txt", "notes.txt"));
    }

    @Test
    void firstMatchingEntryWinsForTitleAndNameWhileParamsMerge() {
        ResourceMetadata.Result result = ResourceMetadata.resolve(List.of(
                entry("src", "stage.jpg", "title", "The stage", "params", Map.of("credit", "Ana")),
                entry("src", "*.jpg", "title", "Photo", "name", "photo-:counter",
                        "params", Map.of("credit", "ignored", "License", "CC-BY"))),
                resources("stage.jpg", "crowd.jpg"));

        Map<String, ResolvedResource> byFile = new LinkedHashMap<>();
        result.resources().forEach(r -> byFile.put(r.resource().name(), r));
        assertThat(byFile.get("stage.jpg").title()).isEqualTo("The stage");
        assertThat(byFile.get("stage.jpg").name()).isEqualTo("photo-2");
        assertThat(byFile.get("stage.jpg").params()).containsExactlyInAnyOrderEntriesOf(
                Map.of("credit", "Ana", "license", "CC-BY"));
        assertThat(byFile.get("crowd.jpg").title()).isEqualTo("Photo");
        assertThat(byFile.get("crowd.jpg").name()).isEqualTo("photo-1");
        assertThat(byFile.get("crowd.jpg").params()).containsEntry("credit", "ignored");
    }

    @Test
    void countersAreKeptPerSrcPattern() {
        ResourceMetadata.Result result = ResourceMetadata.resolve(List.of(
                entry("src", "photos/*", "title", "Photo :counter"),
                entry("src", "*.png", "title", "Diagram :counter")),
                resources("photos/p1.jpg", "photos/p2.jpg", "arch.png", "flow.png"));

        assertThat(result.resources()).extracting(ResolvedResource::title)
                .containsExactly("Diagram 1", "Diagram 2", "Photo 1", "Photo 2");
    }

    @Test
    void resourcesAreOrderedByTypeThenNameAsHugoListsThem() {
        ResourceMetadata.Result result = ResourceMetadata.resolve(List.of(),
                resources("z.jpg", "data.json", "A.png", "clip.mp4", "notes.md", "font.woff2"));

        assertThat(result.resources()).extracting(ResolvedResource::name)
                .containsExactly("data.json", "font.woff2", "A.png", "z.jpg", "notes.md", "clip.mp4");
    }

    @Test
    void getMatchUsesRenamedNamesAndFindsTheFirstPartialMatch() {
        ResourceMetadata.Result result = ResourceMetadata.resolve(List.of(entry("src", "header.png", "name", "hero")),
                resources("deep-dive10.jpg", "deep-dive1.jpg", "header.png"));

        assertThat(result.getMatch("**deep-dive1*").orElseThrow().name()).isEqualTo("deep-dive1.jpg");
        assertThat(result.getMatch("**hero*")).isPresent();
        assertThat(result.getMatch("**header*")).isEmpty();
        assertThat(result.match("*.jpg")).hasSize(2);
    }

    @Test
    void entriesWithoutSrcOrWithABadGlobAreReportedAsHugoWouldFail() {
        ResourceMetadata.Result result = ResourceMetadata.resolve(
                List.of(entry("title", "no src"), entry("src", "{a,b", "title", "x")), resources("a.jpg"));

        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0)).contains("entry 1", "no 'src'");
        assertThat(result.problems().get(1)).contains("entry 2", "unclosed");
        assertThat(result.resources().get(0).title()).isEqualTo("a.jpg");
    }
}
