package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Hugo's error output without running Hugo. */
class HugoVerifierTest {

    @Test
    void errorLinesAreLocatedInTheMarkdownFileTheyName() {
        String output = """
                Start building sites …
                hugo v0.111.3+extended linux/amd64
                Error: Error building site: "/site/content/blog/recap/index.md:12:3": failed to render shortcode "imgproc": template: shortcodes/imgproc.html:2:3: nil pointer
                WARN 2026/11/25 deprecated thing
                ERROR 2026/11/25 render of "page" failed: something without a place
                Total in 42 ms
                """;

        List<HugoVerifier.Problem> problems = HugoVerifier.problems(output);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).file()).contains(Path.of("/site/content/blog/recap/index.md"));
        assertThat(problems.get(0).line()).isEqualTo(12);
        assertThat(problems.get(0).column()).isEqualTo(3);
        assertThat(problems.get(1).file()).isEmpty();
        assertThat(problems.get(1).message()).contains("something without a place");
    }
}
