package io.recapstudio.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's checks table is the rule registry's, row for row: a rule added, dropped or changed shows here. */
class ReadmeChecksTableTest {

    static String table() {
        return "| Rule | Severity | Fix | What |\n|---|---|---|---|\n" + RuleId.checks().stream()
                .map(r -> "| `" + r.id() + "` | " + r.severities() + " | " + (r.fixable() ? "yes" : "") + " | "
                        + r.summary() + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void theReadmeListsEveryRuleTheCheckerReports() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).as("README.md's checks table; replace it with:\n" + table()).contains(table());
    }

    @Test
    void everyRuleIdIsUniqueAndPrintable() {
        assertThat(RuleId.values()).extracting(RuleId::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)+|[a-z]+"));
        assertThat(RuleId.of("SHORTCODE-UNCLOSED")).contains(RuleId.SHORTCODE_UNCLOSED);
        assertThat(RuleId.of("no-such-rule")).isEmpty();
    }
}
