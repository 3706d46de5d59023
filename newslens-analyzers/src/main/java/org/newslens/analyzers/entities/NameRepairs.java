package org.newslens.analyzers.entities;

import org.newslens.core.model.CharSpan;
import org.newslens.core.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends the recogniser's spans where news text trips it: initials cut off a name ("H.R." and
 * "McMaster" as two people), a pope's title that belongs to the name ("Pope Francis"), and the
 * compass words of geopolitics ("the West") taken for places, a lone word for a kind of institution taken for
 * an organisation ("State secretary John Kerry", "the Intelligence branch"), and a "The" taken into a generic
 * place name ("through The Port of Aqaba").
 */
final class NameRepairs {

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?:^|\\s)((?:\\p{Lu}\\.){1,3})\\s$");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:^|\\s)(Pope)\\s$");
    /** Offices written before a name that the recogniser takes for part of it ("Taoiseach Leo Varadkar"). */
    private static final Pattern LEADING_OFFICE = Pattern.compile("(?:Taoiseach|Tánaiste|Tanaiste|Chancellor|Premier"
            + "|Minister|Secretary|Ambassador|Envoy|Governor|Mayor|Senator|Congressman|Congresswoman|Speaker|Commissioner"
            + "|Chairman|Chairwoman|Spokesman|Spokeswoman|Attorney General|Prime Minister|President|Vice President)\\s+");
    private static final Set<String> COMPASS = Set.of("East", "West", "North", "South");
    /** Words that name a kind of institution, never one institution, when they stand alone. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("State", "Intelligence", "Defense", "Defence",
            "Interior", "Foreign", "Justice", "Security", "Government", "Ministry", "Department", "Administration",
            "Agency", "Office", "Committee", "Council", "Commission", "Authority", "Command", "Branch", "Service",
            "Services");
    private static final Pattern THE_GENERIC_PLACE = Pattern.compile("The (?=(?:Port|City|Town|Province|Governorate|"
            + "District|Region|Village|Island|Gulf|Bay|Valley|Plain|Mount|Strait) of )");

    /** Two short capitalised words, as the recogniser leaves a Korean name whose given name is hyphenated. */
    private static final Pattern KOREAN_STYLE = Pattern.compile("\\p{Lu}\\p{Ll}{1,3} \\p{Lu}\\p{Ll}{1,4}");
    private static final Pattern HYPHENED_SYLLABLE = Pattern.compile("-\\p{Ll}{1,3}\\b");

    private NameRepairs() {
    }

    /** The mentions of one sentence, in text order, mended. */
    static List<EntityGrouper.RawMention> repair(String text, List<EntityGrouper.RawMention> mentions) {
        List<EntityGrouper.RawMention> out = new ArrayList<>();
        for (EntityGrouper.RawMention m : mentions) {
            String surface = m.span().of(text);
            if (m.type() == EntityType.LOCATION && COMPASS.contains(surface)) {
                continue;
            }
            // ("secretary of state Mike Pompeo": written in lower case too)
            if (m.type() == EntityType.ORGANIZATION && m.actor() == null && !surface.isEmpty()
                    && INSTITUTION_WORDS.contains(Character.toUpperCase(surface.charAt(0)) + surface.substring(1))) {
                continue;
            }
            if (m.type() == EntityType.PERSON && m.actor() == null && FAITH_OR_PEOPLE_WORDS.contains(surface)) {
                continue; // "Virginia: Muslim gets 20 years": a person described, not named
            }
            if (m.type() == EntityType.PERSON && m.actor() == null) {
                java.util.regex.Matcher syllable = HYPHENED_SYLLABLE.matcher(text).region(m.span().end(), text.length());
                if (KOREAN_STYLE.matcher(surface).matches() && syllable.lookingAt()) {
                    // "Moon Jae" of "Moon Jae-in", "Kim Jong" of "Kim Jong-un": the given name's second syllable
                    m = new EntityGrouper.RawMention(new CharSpan(m.span().start(), syllable.end()), m.type(),
                            m.confidence(), m.actor());
                }
            }
            if (m.type() == EntityType.LOCATION && THE_GENERIC_PLACE.matcher(surface).lookingAt()) {
                m = new EntityGrouper.RawMention(new CharSpan(m.span().start() + 4, m.span().end()), m.type(),
                        m.confidence(), m.actor());
            }
            EntityGrouper.RawMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.span().start() <= m.span().start() && m.span().end() <= last.span().end()) {
                continue; // "Aragon" inside "Rigoberto Gonzalez-Aragon", already joined
            }
            if (m.type() == EntityType.PERSON && last != null && last.type() == EntityType.PERSON
                    && INITIALS.matcher(last.span().of(text)).matches()
                    && text.substring(last.span().end(), m.span().start()).equals(" ")) {
                out.set(out.size() - 1, new EntityGrouper.RawMention(new CharSpan(last.span().start(), m.span().end()),
                        EntityType.PERSON, (last.confidence() + m.confidence()) / 2, null));
                continue;
            }
            java.util.regex.Matcher office = LEADING_OFFICE.matcher(m.span().of(text));
            if (m.type() == EntityType.PERSON && m.actor() == null && office.lookingAt()
                    && m.span().of(text).substring(office.end()).strip().contains(" ")) {
                // "Taoiseach Leo Varadkar": an office the recogniser does not know as a title, taken into the name
                m = new EntityGrouper.RawMention(new CharSpan(m.span().start() + office.end(), m.span().end()), m.type(),
                        m.confidence(), m.actor());
            }
            if (m.type() == EntityType.PERSON) {
                String before = text.substring(Math.max(0, m.span().start() - 12), m.span().start());
                var initials = INITIALS_BEFORE.matcher(before);
                var title = TITLE_BEFORE.matcher(before);
                int start = initials.find() ? m.span().start() - before.length() + initials.start(1)
                        : title.find() ? m.span().start() - before.length() + title.start(1) : m.span().start();
                if (start < m.span().start() && (last == null || last.span().end() <= start)) {
                    m = new EntityGrouper.RawMention(new CharSpan(start, m.span().end()), m.type(), m.confidence(), m.actor());
                }
            }
            var rest = HYPHENATED_REST.matcher(text).region(m.span().end(), text.length());
            if (m.type() == EntityType.PERSON && rest.lookingAt() && (m.span().of(text).strip().contains(" ")
                    || introducedInFull(text, m.span().of(text).strip() + rest.group()))) {
                // "Rigoberto Gonzalez-Aragon": the recogniser stops at the hyphen of a double family name; a
                // family name alone is joined only where the text gave the full name ("Nixon-Reagan" pairs two).
                m = new EntityGrouper.RawMention(new CharSpan(m.span().start(), rest.end()), m.type(), m.confidence(),
                        m.actor());
            }
            var cut = DANGLING_WORD.matcher(m.span().of(text));
            var more = CAPITALISED_RUN.matcher(text).region(m.span().end(), text.length());
            if (m.type() == EntityType.ORGANIZATION && m.actor() == null && cut.find() && more.lookingAt()) {
                // "the Washington Institute for | Near East Policy": the recogniser stopped at the preposition.
                m = new EntityGrouper.RawMention(new CharSpan(m.span().start(), more.end()), m.type(), m.confidence(),
                        null);
            }
            out.add(m);
        }
        return out;
    }

    private static final Set<String> FAITH_OR_PEOPLE_WORDS = Set.of("Muslim", "Muslims", "Christian", "Christians",
            "Jew", "Jews", "Catholic", "Catholics", "Protestant", "Protestants", "Hindu", "Hindus", "Buddhist",
            "Buddhists", "Sikh", "Sikhs", "Shiite", "Shiites", "Shia", "Sunni", "Sunnis", "Alawite", "Alawites",
            "Druze", "Arab", "Arabs", "Kurd", "Kurds", "Turkmen", "Yazidi", "Yazidis", "Evangelical", "Evangelicals",
            "Mormon", "Mormons", "Atheist", "Atheists", "Jihadist", "Jihadists", "Islamist", "Islamists");

    private static final Pattern DANGLING_WORD = Pattern.compile("\\s(?:for|of|on|and)$");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            " +\\p{Lu}[\\p{L}'’-]*(?: +(?:and +|of +)?\\p{Lu}[\\p{L}'’-]*){0,5}");

    /** True when a given name stands before {@code familyName} somewhere in the text. */
    private static boolean introducedInFull(String text, String familyName) {
        return java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+" + java.util.regex.Pattern.quote(familyName)
                + "(?![\\p{L}-])").matcher(text).find();
    }

    /** "-Aragon", not "-Alexandria Ocasio" (a name of its own) nor "-Two". */
    private static final java.util.regex.Pattern HYPHENATED_REST = java.util.regex.Pattern.compile(
            "-(?!(?:One|Two|Three|Loving|Style|Era|Led|Backed)\\b)\\p{Lu}\\p{Ll}\\p{L}*+(?!\\s+\\p{Lu}|-)");
}
