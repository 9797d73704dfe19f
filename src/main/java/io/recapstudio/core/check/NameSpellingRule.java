package io.recapstudio.core.check;

import io.recapstudio.core.recap.People;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The same person spelled two ways in one post ({@link People#inconsistent()}): a warning at the first mention of
 * each other spelling, naming the one to keep (the front matter's, else the most frequent). No automatic fix: two
 * names one letter apart can be two people, so the author decides.
 */
final class NameSpellingRule implements CheckRule {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        for (People.Spellings spellings : People.in(context.text(), context.post().bodyStart()).inconsistent()) {
            for (String other : spellings.otherSpellings()) {
                List<People.Mention> mentions = spellings.others().stream()
                        .filter(m -> m.spelling().equals(other)).toList();
                int line = context.lines().line(spellings.preferred().range().start());
                found.add(context.at(mentions.get(0).range(), Severity.WARNING, RuleId.NAME_SPELLING, "\"" + other
                        + "\" here" + (mentions.size() > 1 ? " (" + mentions.size() + " times)" : "") + ", \""
                        + spellings.preferred().spelling() + "\" on line " + line + ": the same person spelled two"
                        + " ways? Write one spelling throughout (or ignore this if they are two people)"));
            }
        }
        return found;
    }
}
