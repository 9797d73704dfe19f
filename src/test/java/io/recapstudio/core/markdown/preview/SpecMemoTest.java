package io.recapstudio.core.markdown.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ImageSpecException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpecMemoTest {

    @Test
    void theSameArgumentsAreParsedOnceAndABadSpecIsReportedEveryTime() {
        AtomicInteger parses = new AtomicInteger();
        SpecMemo<List<String>> memo = new SpecMemo<>(arguments -> {
            parses.incrementAndGet();
            return ImageSpec.forImgproc(arguments);
        });

        ImageSpec first = memo.get(List.of("welcome", "Resize", "600x"));
        ImageSpec again = memo.get(List.of("welcome", "Resize", "600x"));
        assertThat(again).isSameAs(first);
        assertThat(parses).hasValue(1);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> memo.get(List.of("welcome", "Shrink", "600x")))
                    .isInstanceOf(ImageSpecException.class);
        }
        assertThat(parses).hasValue(3);
    }
}
