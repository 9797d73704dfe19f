package io.recapstudio.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MojibakeProperties {

    /** Real accented words and names of many languages (and a few other scripts), written by people every day. */
    private static final List<String> WORDS = List.of(("café déjà naïve Anaïs Noël Zoë forêt hôtel où dû garçon "
            + "français Françoise cœur sœur œuvre élève été très après château île maître brûlé ça voilà Hélène Chloé "
            + "Éloïse Müller Straße Fuß groß Köln München Zürich Jürgen Björn Gärten Äpfel Öl Übung schön für über "
            + "Señor niño año mañana Ñandú José María Díaz Pérez Martín canción corazón qué pingüino São Paulo João "
            + "coração ação irmã maçã Gonçalves avô você Conceição Lukáš Tomáš Dvořák Jiří Růžena Šťastný Žižka ještě "
            + "příští Ježíš Aleš kůň Łódź Kraków Wałęsa Gdańsk żółw Paweł Łukasz Józef Ağaoğlu İstanbul Çağlar Şükrü "
            + "Gökçe Öztürk Ünal Işık Ærøskøbing Øresund Søren Bjørn Åsa Märta Göteborg Jönköping Kierkegård Þórður "
            + "Guðrún Ísland Reykjavík Eyjafjallajökull București Ștefan mâine încă Erdős Győr Gödöllő Lőrinc Pécs tűz "
            + "Việt Nguyễn Hà Nội phở Ελλάδα Привет 日本語 中文 한국어 עברית العربية conference talk booth keynote")
            .split(" "));
    private static final List<String> SYMBOLS = List.of("±", "×", "°", "µ", "²", "½", "€", "™", "©", "®", "§", "—",
            "–", "…", "•", "→", "≥", "✓", "🥰", "👍🏽", "🇫🇷", "❤️", "20 °C", "±0.5", "3×4", "x²", "€10", "½", "¼");

    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> word = word();
        Arbitrary<String> opening = Arbitraries.of("", "", "", "“", "„", "«", "¿", "¡", "‘", "(");
        Arbitrary<String> closing = Arbitraries.of("", "", "", "’s", "”", "“", "»", "…", ",", ".", "!", "’", ")");
        Arbitrary<String> token = Arbitraries.oneOf(
                Combinators.combine(opening, word, closing).as((o, w, c) -> o + w + c),
                Arbitraries.of(SYMBOLS));
        return token.list().ofMinSize(1).ofMaxSize(25).map(tokens -> String.join(" ", tokens));
    }

    /** A real word as written, capitalised, or in capitals (as in headings). */
    private static Arbitrary<String> word() {
        return Combinators.combine(Arbitraries.of(WORDS), Arbitraries.integers().between(0, 5)).as((word, form) ->
                switch (form) {
                    case 0 -> word.toUpperCase(Locale.ROOT);
                    case 1 -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
                    default -> word;
                });
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0x20, 0x7E),
                Arbitraries.integers().between(0xA0, 0x23F),
                Arbitraries.integers().between(0x2000, 0x2BFF),
                Arbitraries.integers().between(0x1F300, 0x1FAFF));
        // Kana and ideographs come in words of two or more: a lone one between Latin letters is not repaired.
        Arbitrary<String> cjkWord = Arbitraries.oneOf(Arbitraries.integers().between(0x3041, 0x3096),
                Arbitraries.integers().between(0x4E00, 0x9FFF)).filter(Character::isDefined).list().ofMinSize(2)
                .ofMaxSize(4).map(Mojibake::text);
        Arbitrary<String> single = codePoint.filter(Character::isDefined).map(cp -> Mojibake.text(List.of(cp)));
        return Arbitraries.oneOf(single, single, single, cjkWord).list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    /** Text of the given code points. */
    private static final class Mojibake {
        static String text(List<Integer> codePoints) {
            StringBuilder out = new StringBuilder();
            codePoints.forEach(out::appendCodePoint);
            return out.toString();
        }
    }

    @Property(tries = 400)
    void realisticTextIsNeverFlagged(@ForAll("prose") String text) {
        assertThat(MojibakeDetector.find(text)).isEmpty();
    }

    @Property(tries = 400)
    void realisticTextDamagedOnceOrTwiceIsRepairedExactly(@ForAll("prose") String text) {
        Assume.that(!endsAllCapsWordAmbiguously(text));
        String once = Damage.asWindows1252(text);
        assertThat(MojibakeDetector.repair(once)).isEqualTo(text);
        assertThat(MojibakeDetector.repair(Damage.asWindows1252(once))).isEqualTo(text);
        assertThat(MojibakeDetector.repair(Damage.asLatin1(text))).isEqualTo(text);
    }

    /**
     * The one ambiguity the detector settles for correct text: a capital, then a character whose damaged form is a
     * letter and a quote or dash, at the end of a word ({@code AÃ”} is both {@code AÔ} damaged and an all-caps word
     * before a quote).
     */
    private static boolean endsAllCapsWordAmbiguously(String text) {
        for (int i = 1; i < text.length(); i++) {
            String damaged = Damage.asWindows1252(String.valueOf(text.charAt(i)));
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (Character.isUpperCase(text.charAt(i - 1)) && Character.isLetter(text.charAt(i))
                    && damaged.length() == 2 && "’”“»…".indexOf(damaged.charAt(1)) >= 0
                    && (!Character.isLetter(next) || next == 's')) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 400)
    void anyLatinSymbolCjkOrEmojiTextDamagedOnceIsRepairedExactly(@ForAll("anyText") String text) {
        Assume.that(!endsAllCapsWordAmbiguously(text));
        Assume.that(MojibakeDetector.find(text).isEmpty()); // random text can look damaged itself ("Â" + NBSP)
        String damaged = Damage.asWindows1252(text);
        String repaired = MojibakeDetector.repair(damaged);
        assertThat(repaired).isEqualTo(text);
        assertThat(MojibakeDetector.repair(Damage.asWindows1252(damaged))).isEqualTo(text);
    }

    @Property(tries = 300)
    void eachFixReplacesExactlyItsDamage(@ForAll("prose") String text) {
        String damaged = Damage.asWindows1252(text);
        List<MojibakeDetector.Damage> found = MojibakeDetector.find(damaged);
        IntStream.range(1, found.size()).forEach(i -> assertThat(found.get(i).range().start())
                .isGreaterThanOrEqualTo(found.get(i - 1).range().end()));
        assertThat(found).allSatisfy(d -> assertThat(d.range().of(damaged)).isEqualTo(d.damaged()));
        assertThat(MojibakeDetector.check(damaged)).hasSameSizeAs(found);
    }
}
