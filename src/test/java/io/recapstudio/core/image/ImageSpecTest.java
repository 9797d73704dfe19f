package io.recapstudio.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSpecTest {

    @Test
    void readsEveryOptionInAnyOrderAndCase() {
        ImageSpec spec = ImageSpec.parse("fill q80 BOTTOMRIGHT 600x400 #FFF r90 Lanczos webp drawing");

        assertThat(spec.command()).isEqualTo(ImageCommand.FILL);
        assertThat(spec.width()).isEqualTo(600);
        assertThat(spec.height()).isEqualTo(400);
        assertThat(spec.anchor()).isEqualTo(Anchor.BOTTOM_RIGHT);
        assertThat(spec.quality()).isEqualTo(80);
        assertThat(spec.rotation()).isEqualTo(90);
        assertThat(spec.background()).isEqualTo(new Rgb(255, 255, 255));
        assertThat(spec.filter()).isEqualTo(ResampleFilter.LANCZOS);
        assertThat(spec.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(spec.hint()).isEqualTo(EncodingHint.DRAWING);
        assertThat(spec.warnings()).isEmpty();
    }

    @Test
    void resizeTakesOneSideOrBoth() {
        assertThat(ImageSpec.parse("Resize 600x")).extracting(ImageSpec::width, ImageSpec::height)
                .containsExactly(600, 0);
        assertThat(ImageSpec.parse("Resize x600")).extracting(ImageSpec::width, ImageSpec::height)
                .containsExactly(0, 600);
        assertThat(ImageSpec.parse("Resize 400x450")).extracting(ImageSpec::width, ImageSpec::height)
                .containsExactly(400, 450);
    }

    @Test
    void leftOutOptionsComeFromTheSiteDefaults() {
        ImageSpec spec = ImageSpec.parse("Crop 300x200");
        ImagingDefaults site = new ImagingDefaults(90, ResampleFilter.CATMULL_ROM, Anchor.TOP, Rgb.WHITE);

        assertThat(spec.anchor(ImagingDefaults.HUGO)).isEqualTo(Anchor.SMART);
        assertThat(spec.anchor(site)).isEqualTo(Anchor.TOP);
        assertThat(spec.filter(ImagingDefaults.HUGO)).isEqualTo(ResampleFilter.BOX);
        assertThat(spec.quality(ImageFormat.JPEG, ImagingDefaults.HUGO)).contains(75);
        assertThat(spec.quality(ImageFormat.PNG, ImagingDefaults.HUGO)).isEmpty();
        assertThat(spec.targetFormat(ImageFormat.PNG)).isEqualTo(ImageFormat.PNG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Resize 600x", "Fit 600x400", "Fill 600x400 TopLeft q80 r270 #102030 CatmullRom png",
        "Crop 10x20 Smart gif", "Resize x45 r-90 NearestNeighbor bmp"})
    void canonicalTextReadsBackToTheSameSpec(String text) {
        ImageSpec spec = ImageSpec.parse(text);

        assertThat(ImageSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void docsyPassesCommandAndOptionsSeparatelyAndComparesTheCommandExactly() {
        assertThat(ImageSpec.parse("Fill", "600x300 Center").anchor()).isEqualTo(Anchor.CENTER);
        assertThat(ImageCommand.fromDocsy("Fill")).contains(ImageCommand.FILL);
        assertThat(ImageCommand.fromDocsy("fill")).isEmpty();
        assertThat(ImageCommand.parse("fill")).contains(ImageCommand.FILL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Resize; no options: write a width, a height or both, e.g. \"Resize 600x\"",
        "Resize x; no size: write a width, a height or both",
        "Resize 0x0; no size",
        "Fit 600x; Fit needs both width and height: write the box to fit in, e.g. \"Fit 600x400\"",
        "Fill x400; Fill needs both width and height",
        "Crop 600x; Crop needs both width and height",
        "Fill 600; size \"600\" has no \"x\" (Hugo ignores it): write 600x for a width, x600 for a height",
        "Resize 600x q0; quality \"q0\" is out of range: it ranges from q1 to q100",
        "Resize 600x q101; out of range",
        "Resize 600x qx; \"qx\" is not a number: quality is q followed by 1 to 100",
        "Resize 600x #12345; background \"#12345\" is not a colour: write #rgb or #rrggbb",
        "Resize 600x rot; \"rot\" is not a number: rotation is r followed by degrees",
        "Resize 600x400x3; has more than two sides",
        "Resize -600x; is negative",
        "Resize abcx; \"abcx\" is not a number",
        "Shrink 600x; unknown command \"Shrink\": use Resize, Fit, Fill or Crop",
        "'   '; no command"})
    void invalidSpecsSayWhatIsWrongAndShowAValidOne(String text, String message) {
        assertThatThrownBy(() -> ImageSpec.parse(text))
                .isInstanceOf(ImageSpecException.class)
                .hasMessageStartingWith("invalid image spec \"" + text.strip() + "\": ")
                .hasMessageContaining(message);
    }

    @Test
    void whatHugoRejectsFailsTheBuildAndWhatHugoIgnoresDoesNot() {
        ImageSpecException missing = catchSpec("Fit 600x");
        ImageSpecException unknown = catchSpec("Fit 600x400 sepia");
        ImageSpecException zeroSide = catchSpec("Resize 0x400");

        assertThat(missing.hugoFailsBuild()).isTrue();
        assertThat(unknown.hugoFailsBuild()).isFalse();
        assertThat(unknown).hasMessageContaining("unknown option \"sepia\" (Hugo ignores it)");
        assertThat(zeroSide.hugoFailsBuild()).isFalse();
        assertThat(zeroSide).hasMessageContaining("leave it out to keep the aspect ratio, e.g. x400");
    }

    @Test
    void lenientParsingReadsAsHugoDoesAndKeepsWarnings() {
        ImageSpec spec = ImageSpec.parseLenient(ImageCommand.FIT, "600x400 sepia 300");

        assertThat(spec.width()).isEqualTo(600);
        assertThat(spec.warnings()).hasSize(2);
        assertThat(spec.warnings().get(1)).contains("\"300\" has no \"x\"");
        assertThatThrownBy(() -> ImageSpec.parseLenient(ImageCommand.FIT, "600x"))
                .isInstanceOf(ImageSpecException.class);
    }

    @Test
    void imgprocCallsAreReadAsDocsyReadsThem() {
        ImageSpec quoted = ImageSpec.forImgproc(List.of("booth", "Fill", "600x400 Center"));
        ImageSpec unquoted = ImageSpec.forImgproc(List.of("booth", "Fill", "600x400", "Center"));

        assertThat(quoted.anchor()).isEqualTo(Anchor.CENTER);
        assertThat(quoted.warnings()).isEmpty();
        assertThat(unquoted.anchor()).isNull();
        assertThat(unquoted.warnings()).containsExactly("Docsy passes only the third argument to Hugo, so "
                + "\"Center\" is ignored: quote the options, e.g. \"600x400 Center\"");
        assertThatThrownBy(() -> ImageSpec.forImgproc(List.of("booth", "fill", "600x400")))
                .isInstanceOfSatisfying(ImageSpecException.class, e -> assertThat(e.hugoFailsBuild()).isTrue())
                .hasMessageContaining("it must be exactly Fit, Fill, Crop or Resize (case-sensitive)");
        assertThatThrownBy(() -> ImageSpec.forImgproc(List.of("booth", "Resize")))
                .hasMessageContaining("no options");
    }

    private static ImageSpecException catchSpec(String text) {
        try {
            ImageSpec.parse(text);
        } catch (ImageSpecException e) {
            return e;
        }
        throw new AssertionError("no exception for " + text);
    }
}
