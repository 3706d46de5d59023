package org.newslens.analyzers.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newslens.core.model.SourceType;

/** The source type of a speaker known only by the article's words. */
class SpeakerWordsTypeTest {

    @Test
    void aCommonNounIsAnonymousABodyIsAnOrganisationAndANameAPerson() {
        assertEquals(SourceType.ANONYMOUS, ClaimAttribution.typeOfWords("report"));
        assertEquals(SourceType.ANONYMOUS, ClaimAttribution.typeOfWords("another attendee"));
        assertEquals(SourceType.NAMED_ORGANIZATION, ClaimAttribution.typeOfWords("the group"));
        assertEquals(SourceType.NAMED_PERSON, ClaimAttribution.typeOfWords("Rick"));
    }
}
