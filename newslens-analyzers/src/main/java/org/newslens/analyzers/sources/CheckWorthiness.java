package org.newslens.analyzers.sources;

import java.util.List;
import java.util.regex.Pattern;
import org.newslens.core.model.EntityType;

/**
 * Scores how much a fact-checker would want to check a claim, in [0, 1], from features a checker
 * looks for first: numbers, named actors, dates, reported events and causal links raise it; hedges
 * and prescriptions ("should", "perhaps") lower it. A transparent sum, so the reason can list it.
 */
final class CheckWorthiness {

    private static final double BASE = 0.2;
    private static final Pattern NUMBER = Pattern.compile("(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half"
            + "|percent|per cent)\\b");
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|wounded|injur"
            + "(?:ed|ies|y)|captured?|seized?|liberated?|retook|recaptured?|attack(?:ed|s)?|bomb(?:ed|ing|s)?|shell(?:ed"
            + "|ing)|struck|strikes?|fired|launched|withdr(?:ew|awn)|evacuat(?:ed|ion)|surrender(?:ed)?|besieged|siege"
            + "|arrested|detained|executed|massacred?|destroyed|deployed|sent|delivered|supplied|signed|agreed|met"
            + "|announced|passed|voted|recorded|fell|advanced|clash(?:ed|es)|fought|shot|hacked|leaked|invaded"
            + "|occupied|sanctions?|sentenced|charged|indicted|elected|resigned|banned|lost|battles?|fighting|offensive"
            + "|ceasefire|truce|talks|deal|agreement)\\b");
    private static final Pattern CAUSAL = Pattern.compile("(?i)\\b(?:because|caused?|causing|led to|leading to"
            + "|resulted in|due to|as a result|blamed|responsible for)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:should|must|ought|need to|needs to|perhaps|maybe"
            + "|probably|hopefully|clearly|obviously|surely|indeed|seems?|apparently|i think|in my (?:view|opinion))\\b");

    /** The score and the features that made it. */
    record Score(double value, String features) {
    }

    private CheckWorthiness() {
    }

    static Score score(String sentence, List<EntityType> namedTypes, boolean hasDate, boolean attributed) {
        double score = BASE;
        StringBuilder features = new StringBuilder();
        if (NUMBER.matcher(sentence).find()) {
            score += 0.25;
            features.append("number, ");
        }
        double actors = 0;
        for (EntityType type : namedTypes) {
            actors += type == EntityType.LOCATION ? 0.05 : 0.1;
        }
        if (actors > 0) {
            score += Math.min(0.3, actors);
            features.append(namedTypes.size()).append(" named, ");
        }
        if (hasDate) {
            score += 0.1;
            features.append("date, ");
        }
        if (EVENT.matcher(sentence).find()) {
            score += 0.2;
            features.append("event, ");
        }
        if (CAUSAL.matcher(sentence).find()) {
            score += 0.1;
            features.append("causal, ");
        }
        if (attributed) {
            score += 0.05;
        }
        if (HEDGE.matcher(sentence).find()) {
            score -= 0.15;
            features.append("hedged, ");
        }
        String listed = features.length() == 0 ? "nothing specific" : features.substring(0, features.length() - 2);
        return new Score(Math.max(0, Math.min(1, Math.round(score * 100) / 100.0)), listed);
    }
}
