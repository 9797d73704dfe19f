package io.recapstudio.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MojibakeDetectorTest {

    /** Correct text in many languages, symbols and emoji, including the combinations closest to damage. */
    static List<String> legitimateTexts() {
        return List.of(
                "Anaïs", "Müller", "Señor", "São Paulo", "Ñandú", "Ağaoğlu", "Zürich", "Françoise", "Ærøskøbing",
                "Øresund", "Kraków", "Łódź", "Dvořák", "Þingvellir", "Straße", "İstanbul", "Göteborg", "Jürgen",
                "Ελληνικά", "Привет, мир", "日本語のテキスト", "עברית", "العربية", "Tiếng Việt", "Română: șțăîâ",
                "naïve café déjà vu", "piñata", "coração", "À bientôt", "Ça va ?", "Ødegård", "Ísland",
                "SÃO PAULO", "MÃE", "IRMÃ", "CHÂTEAU", "ÎLE-DE-FRANCE", "NAÏVE", "ÉTÉ", "ÖZGÜR", "ESPAÑA",
                "„Fuß“", "“Fuß”", "\"Fuß”", "groß…", "ESPAÑ”", "CAFÉ’s", "ÉTÉ…", "Ö–Ü", "Straße—Weg", "ÜBER“",
                "„ÖL“", "«ÉCOLE»", "ASÍ”", "ÚLTIMO”", "ÓRBITA–", "ÐÞ", "×²", "Ý–", "Û”",
                "±5 %", "3×4", "20 °C", "5 µm", "x²", "½ cup", "€10", "Brand™", "© 2024", "®", "§ 3", "¶", "•",
                "…", "‰", "†", "‡", "¿Qué?", "¡Hola!", "«guillemets»", "‹single›", "a—b", "a–b", "‘single’",
                "“double”", "it’s", "→ ≥ √ ∞ ≠", "¼ ¾ ¹ ³", "¢ £ ¥ ¤", "ª º", "¬", "¯", "´", "¸", "·",
                "non\u00a0breaking", "soft\u00adhyphen", "ƒ(x)", "Š Œ Ž š œ ž Ÿ", "ˆ ˜",
                "🥰", "👍🏽", "👨‍👩‍👧", "🇫🇷", "❤️", "✨ sparkles",
                "We met Anaïs Müller — and João — at the “Día de la Comunidad” in São Paulo; 20 °C, ±2 ° 🥰.",
                "Ağaoğlu’s talk: “Ölçeklenebilir GitOps” (½ day), €0 — free!");
    }

    @ParameterizedTest
    @MethodSource("legitimateTexts")
    void legitimateTextIsNeverFlagged(String text) {
        assertThat(MojibakeDetector.find(text)).isEmpty();
        assertThat(MojibakeDetector.check(text)).isEmpty();
    }

    @Test
    void upperCaseLettersAndSharpSBeforeAnySymbolAreNotFlagged() {
        String letters = "ÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß";
        String symbols = "’‘“”„–—…«»•™°±²³½¼©®€‚ƒ†‡ˆ‰Š‹ŒŽšœžŸ¡¢£¤¥¦§¨ª¬¯´µ¶·¸¹º¾¿\u00a0";
        List<String> flagged = new ArrayList<>();
        for (char letter : letters.toCharArray()) {
            for (char symbol : symbols.toCharArray()) {
                for (String context : List.of("X" + letter + symbol + " y", "a " + letter + symbol + "s")) {
                    if (!MojibakeDetector.find(context).isEmpty()) {
                        flagged.add(context);
                    }
                }
            }
        }
        // Greek letters hide behind Î and Ï (π is Ï€, Δ is Î”); French has few words ending in Î or Ï.
        assertThat(flagged).allSatisfy(s -> assertThat(s).containsAnyOf("Î", "Ï"));
    }

    static List<String> originals() {
        return List.of("what’s", "Anaïs", "🥰", "São Paulo", "Привет", "Ağaoğlu", "Österreich", "中文", "“hi”",
                "Á", "Íñigo", "ș and ț", "π ≈ 3.14", "Łódź", "Dvořák", "naïve café", "€ 5", "© 2024", "½",
                "20 °C", "a — b", "…", "👨‍👩‍👧", "🇫🇷", "❤️", "שלום", "مرحبا", "Ελληνικά", "e\u0301te\u0301",
                "non\u00a0breaking", "ÆØÅ æøå", "Ñandú", "Þór", "ß", "Ÿ", "™", "ĳ", "ő ű");
    }

    @ParameterizedTest
    @MethodSource("originals")
    void textDamagedOnceIsRepairedExactly(String original) {
        String damaged = "Before " + Damage.asWindows1252(original) + " after.";
        assertThat(damaged).isNotEqualTo("Before " + original + " after.");
        assertThat(MojibakeDetector.repair(damaged)).isEqualTo("Before " + original + " after.");
        assertThat(MojibakeDetector.find(damaged)).allSatisfy(d -> assertThat(d.layers()).isEqualTo(1));
    }

    @ParameterizedTest
    @MethodSource("originals")
    void textDamagedTwiceIsRepairedExactly(String original) {
        String damaged = Damage.asWindows1252(Damage.asWindows1252(original));
        assertThat(MojibakeDetector.repair(damaged)).isEqualTo(original);
        assertThat(MojibakeDetector.find(damaged)).allSatisfy(d -> assertThat(d.layers()).isEqualTo(2));
    }

    @ParameterizedTest
    @MethodSource("originals")
    void textReadAsLatin1IsRepairedExactly(String original) {
        assertThat(MojibakeDetector.repair(Damage.asLatin1(original))).isEqualTo(original);
    }

    @Test
    void theClassicExamplesAreRepaired() {
        assertThat(MojibakeDetector.repair("whatâ€™s")).isEqualTo("what’s");
        assertThat(MojibakeDetector.repair("AnaÃ¯s")).isEqualTo("Anaïs");
        assertThat(MojibakeDetector.repair("so happy ðŸ¥°")).isEqualTo("so happy 🥰");
        assertThat(MojibakeDetector.repair("whatÃ¢â‚¬â„¢s")).isEqualTo("what’s");
    }

    @Test
    void damageIsFoundNextToCorrectAccentsInTheSameParagraph() {
        String text = "Müller said whatâ€™s next — in São Paulo with AnaÃ¯s.";
        assertThat(MojibakeDetector.repair(text)).isEqualTo("Müller said what’s next — in São Paulo with Anaïs.");
        assertThat(MojibakeDetector.find(text)).extracting(MojibakeDetector.Damage::damaged)
                .containsExactly("â€™", "Ã¯");
    }

    @Test
    void eachDamagedPlaceIsAWarningWithItsExactFix() {
        String text = "---\ntitle: Recap\n---\nIt was whatâ€™s next,\nthanks AnaÃ¯s ðŸ¥° and Ã¢â‚¬â„¢.";
        List<Diagnostic> found = MojibakeDetector.check(text);
        assertThat(found).extracting(d -> d.line() + ":" + d.column()).containsExactly("4:12", "5:11", "5:15", "5:24");
        assertThat(found).allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo("mojibake");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.fix()).isPresent();
        });
        Diagnostic first = found.get(0);
        assertThat(first.message()).contains("'whatâ€™s'").contains("'what’s'").contains("Windows-1252");
        assertThat(first.fix().orElseThrow().description()).isEqualTo("replace 'â€™' with '’'");
        assertThat(first.fix().orElseThrow().applyTo(text)).contains("It was what’s next,");
        assertThat(found.get(3).message()).contains("twice");
        String allFixed = io.recapstudio.core.text.TextEdit.applyAll(text, found.stream()
                .flatMap(d -> d.fix().orElseThrow().edits().stream()).toList());
        assertThat(allFixed).isEqualTo("---\ntitle: Recap\n---\nIt was what’s next,\nthanks Anaïs 🥰 and ’.");
    }

    @Test
    void invisibleStandInsAreShownInMessages() {
        String damaged = Damage.asWindows1252("Á");
        Diagnostic d = MojibakeDetector.check(damaged).get(0);
        assertThat(d.message()).contains("\\u0081");
    }

    @Test
    void onlyTheGivenRangeIsSearched() {
        String text = "AnaÃ¯s and AnaÃ¯s";
        assertThat(MojibakeDetector.find(text, 6, text.length())).extracting(MojibakeDetector.Damage::range)
                .containsExactly(TextRange.of(14, 16));
    }

    @Test
    void anAllCapsWordEndingBeforeAClosingQuoteIsTakenForCorrectText() {
        assertThat(MojibakeDetector.find("“IRMÃ” and MAÇÃ’s «SÃO PAULO»")).isEmpty();
        // The price: the same two characters ending a damaged all-caps word stay as they are.
        assertThat(MojibakeDetector.repair(Damage.asWindows1252("ALLÔ"))).isEqualTo("ALLÃ”");
        // Inside a word, or a damaged guillemet after one, it is damage.
        assertThat(MojibakeDetector.repair(Damage.asWindows1252("CÔTE «NASA» Lőrinc"))).isEqualTo("CÔTE «NASA» Lőrinc");
    }

    @Test
    void aLostByteCannotBeRepairedAndIsLeftAlone() {
        assertThat(MojibakeDetector.find("â€\uFFFD and Ã\uFFFD")).isEmpty();
    }
}
