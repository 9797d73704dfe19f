package io.recapstudio.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTest {

    private static People of(String body) {
        String text = "---\ntitle: \"Harbor Day\"\nauthor: \"José Pérez\"\n---\n\n" + body;
        return People.in(text, text.indexOf("---\n", 4) + 4);
    }

    @Test
    void namesAreRunsOfCapitalisedWordsWithoutTheWordsThatStartASentence() {
        People people = of("Thanks Ana Kelp and Jean-Luc O'Neil for the CNCF Ambassador Lunch. Mira Osei's talk.\n");

        assertThat(people.names()).contains("Harbor Day", "José Pérez", "Ana Kelp", "Jean-Luc O'Neil",
                "Ambassador Lunch", "Mira Osei").doesNotContain("Thanks Ana Kelp", "Mira Osei's");
    }

    @Test
    void codeLinkTargetsAndAddressesHoldNoNames() {
        People people = of("`Ana Kelp` and\n\n```\nBob Stone\n```\n[slides](https://example.org/Carl Vance) "
                + "www.Dana Lee\n");

        assertThat(people.names()).containsExactly("Harbor Day", "José Pérez");
    }

    @Test
    void accentsOrOneLetterMakeTheSamePersonAndTheFrontMatterSpellingIsKept() {
        People people = of("Jose Perez opened. Russ Palmer, Russ Palmer and Russ Parmer spoke.\n");

        List<People.Spellings> found = people.inconsistent();

        assertThat(found).hasSize(2);
        assertThat(found.get(0).preferred().spelling()).isEqualTo("José Pérez");
        assertThat(found.get(0).otherSpellings()).containsExactly("Jose Perez");
        assertThat(found.get(1).preferred().spelling()).as("the most frequent").isEqualTo("Russ Palmer");
        assertThat(found.get(1).otherSpellings()).containsExactly("Russ Parmer");
    }

    @Test
    void styleIsNotAnotherPersonAndTwoPeopleWithOneFirstNameAreTwo() {
        assertThat(People.sameName("Krzysztof Dryś", "Krzysztof Drys")).isTrue();
        assertThat(People.sameName("Michael Bridgen", "Michel Bridgen")).isTrue();
        assertThat(People.sameName("Matei David", "Matei Davis")).isTrue();
        assertThat(People.sameName("GitOps Days", "Gitops Days")).as("case").isFalse();
        assertThat(People.sameName("Server-Side Apply", "Server Side Apply")).as("hyphen").isFalse();
        assertThat(People.sameName("Lookaside Load Balancing", "Look-aside Load Balancing")).isFalse();
        assertThat(People.sameName("Weave GitOps", "Weave GitOp")).as("plural").isFalse();
        assertThat(People.sameName("Ana Kelp", "Ana Stone")).isFalse();
        assertThat(People.sameName("Ana Kelp", "Ana Kelp")).isFalse();
        assertThat(People.sameName("Jon Kelp", "Jan Kelp")).as("too short to tell").isFalse();
        assertThat(People.sameName("Operator’s Target", "Operator's Target")).as("apostrophes").isFalse();
        assertThat(People.sameName("Zoë Nakamura", "Zoe Nakamura")).isTrue();
    }

    @Test
    void aPostSpellingEveryoneOneWayHasNothingInconsistent() {
        People people = of("## Day One\n\nJosé Pérez and Ana Kelp opened; Ana Kelp's demo, then GitOps Days and "
                + "Gitops Days style. Thanks Mira Osei!\n");

        assertThat(people.names()).contains("Ana Kelp", "Mira Osei");
        assertThat(people.inconsistent()).isEmpty();
    }
}
