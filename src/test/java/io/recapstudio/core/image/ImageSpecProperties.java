package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the spec parser: any text either parses into a spec that prints back to itself, or is an ImageSpecException. */
class ImageSpecProperties {

    @Provide
    Arbitrary<String> specs() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("Resize", "Fit", "Fill", "Crop", "resize", "CROP", "Smart", "Center", "TopLeft", "webp",
                        "jpg", "png", "gif", "q", "r", "#", "x", "box", "lanczos", "photo", "#fff", "#12345g"),
                Arbitraries.integers().between(-5, 99_999_999).map(String::valueOf),
                Arbitraries.integers().between(-5, 50_000).map(i -> i + "x"),
                Arbitraries.integers().between(-5, 50_000).map(i -> "x" + i),
                Arbitraries.integers().between(-400, 400).map(i -> "r" + i),
                Arbitraries.integers().between(-5, 120).map(i -> "q" + i),
                Arbitraries.strings().ofMaxLength(6));
        return token.list().ofMaxSize(6).map(l -> String.join(" ", l));
    }

    @Property(tries = 2000)
    void anySpecParsesAndPrintsBackOrIsRefusedWithASpecException(@ForAll("specs") String text) {
        ImageSpec spec;
        try {
            spec = ImageSpec.parse(text);
        } catch (ImageSpecException refused) {
            assertThat(refused.getMessage()).startsWith("invalid image spec");
            return;
        }
        assertThat(ImageSpec.parse(spec.toString())).isEqualTo(spec);
        Size out = HugoGeometry.outputSize(spec, new Size(640, 480));
        assertThat(out.width()).isNotNegative();
    }
}
