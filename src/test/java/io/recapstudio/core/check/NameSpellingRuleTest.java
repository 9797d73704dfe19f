package io.recapstudio.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The standard checker warns about a person spelled two ways in one post, and only then. */
class NameSpellingRuleTest {

    private static List<Diagnostic> names(String fixture) throws IOException {
        PageBundle bundle = PageBundle.open(Path.of("src/test/resources/fixtures/names", fixture));
        return Checker.standard().check(CheckContext.of(bundle, Optional.empty())).stream()
                .filter(d -> d.rule().equals(RuleId.NAME_SPELLING.id())).toList();
    }

    @Test
    void aNameSpelledTwoWaysIsAWarningAtTheOtherSpellingNamingTheOneToKeep() throws IOException {
        List<Diagnostic> found = names("spelled-two-ways");

        assertThat(found).hasSize(2).allMatch(d -> d.severity() == Severity.WARNING)
                .allMatch(d -> d.fix().isEmpty());
        assertThat(found.get(0).line()).isEqualTo(8);
        assertThat(found.get(0).message()).startsWith("\"Zoe Nakamura\" here, \"Zoë Nakamura\" on line 4:");
        assertThat(found.get(1).line()).isEqualTo(15);
        assertThat(found.get(1).message()).startsWith("\"Russ Parmer\" here, \"Russ Palmer\" on line 12:");
    }

    @Test
    void aPostThatSpellsEveryoneOneWayHasNoWarningWhateverItsStyleOrCode() throws IOException {
        assertThat(names("spelled-one-way")).isEmpty();
    }

    @Test
    void theSampleRecapHasNoNameWarning() throws IOException {
        PageBundle sample = PageBundle.open(Path.of("assets/sample-recap"));

        assertThat(Checker.standard().check(CheckContext.of(sample, Optional.empty())))
                .noneMatch(d -> d.rule().equals(RuleId.NAME_SPELLING.id()));
    }
}
