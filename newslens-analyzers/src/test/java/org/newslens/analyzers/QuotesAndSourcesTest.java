package org.newslens.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.model.Claim;
import org.newslens.core.model.Quote;
import org.newslens.core.model.QuoteKind;
import org.newslens.core.model.SourceType;
import org.newslens.core.model.SourcingProfile;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

/** Issue 4: quotes with their kind and speaker, claims with their source, the sourcing profile. */
class QuotesAndSourcesTest {

    private static final Pipeline PIPELINE = StandardPipeline.create(new ModelStore());

    private static Analysis analyse(String text) {
        return PIPELINE.analyze(new Article("t", "t.txt", null, "Jane Roe", null, null, text, List.of(), List.of()));
    }

    private static Quote quoteOf(Analysis analysis, String words) {
        String text = analysis.article().text();
        return analysis.get(Layers.QUOTES).stream().filter(q -> q.span().of(text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in "
                        + analysis.get(Layers.QUOTES)));
    }

    /** The shortest quote holding the words: a quote inside another rather than the outer one. */
    private static Quote innermostQuoteOf(Analysis analysis, String words) {
        String text = analysis.article().text();
        return analysis.get(Layers.QUOTES).stream().filter(q -> q.span().of(text).contains(words))
                .min(java.util.Comparator.comparingInt(q -> q.span().length()))
                .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\""));
    }

    private static Claim claimOf(Analysis analysis, String words) {
        String text = analysis.article().text();
        return analysis.get(Layers.CLAIMS).stream().filter(c -> c.span().of(text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with \"" + words + "\" in "
                        + analysis.get(Layers.CLAIMS)));
    }

    @Test
    void aQuoteInsideAnotherHasTheSpeakerItsOwnFrameNames() {
        Analysis a = analyse("Commentator Daniel Marsh posted a reply on Monday.\n"
                + "Marsh wrote, “In 2009, Governor Edwin Pratt told farmers: ‘Your land is worth nothing to us.’ I read"
                + " that Pratt is setting up a new party called ‘Renewal’, and the minister has vowed ‘no retreat’.”\n");
        Quote inner = innermostQuoteOf(a, "Your land is worth nothing");
        assertEquals("Edwin Pratt", inner.speakerName(), inner.reason());
        assertEquals(QuoteKind.DIRECT, inner.kind());
        assertNull(innermostQuoteOf(a, "Renewal").speakerName(), "a label verb names a thing, not anyone's words");
        assertEquals("Daniel Marsh", quoteOf(a, "In 2009").speakerName());
    }

    @Test
    void aParticipleAfterAClauseSpeaksForThatClausesSubjectAndASubordinateVerbIsNoFrame() {
        Analysis a = analyse("Host Kara Swisher interviewed Senator Helen Brandt and Governor Tom Alder on Monday.\n"
                + "Swisher named the wrong state and Brandt corrected her, adding, “We all make mistakes on air.”\n"
                + "When asked whether voters should know about the plan, Alder said, “That is not for them to know.”\n"
                + "Brandt criticised the plan and Alder, calling it “a fantasy”.\n");
        assertEquals("Helen Brandt", quoteOf(a, "We all make mistakes").speakerName());
        assertEquals(QuoteKind.DIRECT, quoteOf(a, "That is not for them").kind());
        assertEquals("Tom Alder", quoteOf(a, "That is not for them").speakerName());
        assertNotEquals("Tom Alder", quoteOf(a, "a fantasy").speakerName(), "a conjoined object is no clause");
    }

    @Test
    void uttersAndPraisesFrameQuotesAndAQuoteBeforeAVerbWithItsOwnQuoteIsNotItsFrame() {
        Analysis a = analyse("The congregation heard the preacher on Sunday.\n"
                + "Remember when the senator’s \"pastor,\" Aaron Vance uttered \"God save us all!\" at the rally.\n"
                + "In 1995 Leonard Hale praised him as \"a role model\" in a speech.\n");
        assertEquals(QuoteKind.SCARE, quoteOf(a, "pastor").kind());
        assertEquals("Aaron Vance", quoteOf(a, "God save us all").speakerName());
        assertEquals("Leonard Hale", quoteOf(a, "a role model").speakerName());
        assertEquals(SourceType.AUTHOR, claimOf(a, "praised him as").sourceType(),
                "praise in the writer's sentence is the writer's report, as \"called\" is");
    }

    @Test
    void aTitleSaysTheGenderAPronounMustFitAndAHeadingBeforeTheSpeakerIsNoPartOfIt() {
        Analysis a = analyse("A Chilean reporter questioned Pope Gregory on the flight home.\n"
                + "She asked: “Why do you not believe the victims?”\n");
        assertNotEquals("Pope Gregory", quoteOf(a, "Why do you not believe").speakerName());
        Analysis heading = analyse("Leaked Tape: Campaign Staffer: “Nothing we promised will ever happen”\n\n"
                + "The tape was released on Monday.\n");
        String name = quoteOf(heading, "Nothing we promised").speakerName();
        assertTrue(name != null && !name.contains("Tape"), name);
    }

    @Test
    void anImpersonalItIsNoOrganisation() {
        Analysis a = analyse("The European Commission met in Brussels on Monday to discuss the border.\n"
                + "It is believed that as many as 12,000 visitors did not return home after 30 days.\n"
                + "The Central Intelligence Agency kept the files secret for decades.\n"
                + "It would also explain why the agency was monitoring the suspect before the attack.\n");
        Claim believed = claimOf(a, "as many as 12,000");
        assertEquals(SourceType.ANONYMOUS, believed.sourceType(), believed.reason());
        Claim explained = claimOf(a, "It would also explain");
        assertEquals(SourceType.AUTHOR, explained.sourceType(), explained.reason());
    }

    @Test
    void aDocumentSpeaksForUnnamedAuthorsUnlessItsWritersAreNamed() {
        Analysis a = analyse("The council met on Monday to discuss the siege.\n"
                + "In one section, the document states: “The convoys must be allowed through without delay.”\n"
                + "The citation read: “It is fitting that this award be presented in London.”\n"
                + "The letter, written by former envoy Sir Samuel Okafor and former defence chief Lord Brandt, and obtained"
                + " first by Sky News, claims the talks have “failed the people of the city”.\n"
                + "As the historian Marta Kovac wrote in the book, “The Long Siege,” “In fact the city was never cut off.”\n"
                + "The army planned the war in 2001, according to a 2001 memo from the U.S. Secretary of Defense.\n");
        assertEquals("document", quoteOf(a, "convoys must be allowed").speakerName());
        assertEquals("citation", quoteOf(a, "It is fitting").speakerName());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "In one section").sourceType());
        assertEquals(SourceType.NAMED_PERSON, claimOf(a, "The letter, written by").sourceType(),
                claimOf(a, "The letter, written by").reason());
        assertNotEquals("citation", quoteOf(a, "In fact the city").speakerName(),
                "the words after a title are not the last speaker's");
        Claim memo = claimOf(a, "The army planned the war");
        assertEquals(SourceType.ANONYMOUS, memo.sourceType(), "no stray capitalised word as its issuer: " + memo.reason());
    }

    @Test
    void aDocumentSpeaksForTheBodyTheArticleSaidWroteIt() {
        Analysis a = analyse("The plan, authored by the Hudson Policy Council, a national security think-tank with ties to"
                + " the White House, was sent to officials on Monday.\n"
                + "“Sanctions alone will not change the regime,” the plan states.\n"
                + "A report released by Republican senators on the Senate Armed Services Committee said the army had"
                + " lost track of 40 helicopters.\n"
                + "The sale was legal, the report notes.\n"
                + "The report says an army official wrote in an email, “We cannot find them.”\n");
        Quote plan = quoteOf(a, "Sanctions alone");
        assertEquals("Hudson Policy Council", plan.speakerName(), plan.reason());
        Claim released = claimOf(a, "A report released");
        assertEquals(SourceType.NAMED_ORGANIZATION, released.sourceType(), released.reason());
        assertEquals("Senate Armed Services Committee", released.source(), released.reason());
        assertEquals("Senate Armed Services Committee", claimOf(a, "The sale was legal").source());
        // The report records an official's words: the official is the source, the report carries them.
        Claim email = claimOf(a, "The report says");
        assertEquals(SourceType.ANONYMOUS, email.sourceType(), email.reason());
        assertEquals(List.of("Senate Armed Services Committee"), email.via(), email.reason());
        // "think tank" is no verb of belief: the plan's sentence rests on no one it "thinks".
        assertEquals(SourceType.AUTHOR, claimOf(a, "The plan, authored").sourceType(), claimOf(a, "The plan, authored").reason());
    }

    @Test
    void courtDocumentsCarryTheWordsOfThePersonTheyRecord() {
        Analysis a = analyse("Army private Daniel Okafor was arrested in Norfolk in July.\n"
                + "Okafor said he had lost his passport, according to court documents.\n"
                + "Court documents say Okafor told taxi drivers that he was a pilot.\n"
                + "He did not have a licence for the rifle, documents said.\n"
                + "“Keep it quiet,” an email from a State Department official said.\n");
        Claim said = claimOf(a, "Okafor said he had lost");
        assertEquals("Daniel Okafor", said.source(), said.reason());
        assertEquals(List.of("court documents"), said.via(), said.reason());
        Claim told = claimOf(a, "Court documents say");
        assertEquals("Daniel Okafor", told.source(), told.reason());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "He did not have a licence").sourceType());
        Claim email = claimOf(a, "Keep it quiet");
        assertEquals(SourceType.ANONYMOUS, email.sourceType(), "an unnamed official, not the department: " + email.reason());
    }

    @Test
    void aTitleTheLineBreakCutOffNamesThePersonOnTheNextLineAndMadeClearIsSpeech() {
        Analysis a = analyse("“The administration misled the public,” said Sen.\n"
                + "Rita Alvarez, the Ohio Republican who chairs the panel.\n"
                + "Governor Tom Hale made clear earlier in the week that the state would sue.\n");
        Quote misled = quoteOf(a, "misled the public");
        assertEquals("Rita Alvarez", misled.speakerName(), misled.reason());
        Claim sue = claimOf(a, "made clear");
        assertEquals(SourceType.NAMED_PERSON, sue.sourceType(), sue.reason());
        assertEquals("Tom Hale", sue.source());
    }

    @Test
    void theyAreTheUnnamedPeopleLastNamedUnlessABodyCameAfter() {
        Analysis a = analyse("The accusations were rejected on Monday by Obama administration officials in Washington.\n"
                + "They said the senators never interviewed anyone involved.\n"
                + "Local residents waited as the Health Ministry published its figures on Tuesday.\n"
                + "They said 40 people had died in the floods.\n");
        Claim officials = claimOf(a, "never interviewed");
        assertEquals(SourceType.ANONYMOUS, officials.sourceType(), officials.reason());
        assertEquals("Obama administration officials", officials.source(), officials.reason());
        Claim ministry = claimOf(a, "40 people");
        assertEquals(SourceType.NAMED_ORGANIZATION, ministry.sourceType(), ministry.reason());
    }

    @Test
    void aChantAndTheClaimJoinedToItAreTheChantersWordsButAPlaceChantsNothing() {
        Analysis a = analyse("The activist Amos Kline chanted “Down with the bankers” and claimed that “the vote was stolen”"
                + " on Sunday during a rally.\n"
                + "He then spoke against the governor, whom he referred to as the “Grand Thief.”\n"
                + "Crowds were filmed in Lagos, Nigeria chanting “Out with the old”.\n");
        assertEquals("Amos Kline", quoteOf(a, "Down with the bankers").speakerName(), quoteOf(a, "Down with").reason());
        assertEquals("Amos Kline", quoteOf(a, "the vote was stolen").speakerName(), quoteOf(a, "vote was stolen").reason());
        assertEquals("Amos Kline", quoteOf(a, "Grand Thief").speakerName(), quoteOf(a, "Grand Thief").reason());
        assertNotEquals("Nigeria", quoteOf(a, "Out with the old").speakerName(), quoteOf(a, "Out with").reason());
    }

    @Test
    void aRoleNounIsThePersonTheTextTitledSo() {
        Analysis a = analyse("Sen. Mazie Hirono of Hawaii questioned the witness, and Judge Amy Tran listened.\n"
                + "After saying she understood the question, the senator said, “So I will ask you very plainly.”\n");
        assertEquals("Mazie Hirono", quoteOf(a, "So I will ask").speakerName());
    }

    @Test
    void aFamilyNameTheRecogniserMissesLaterStillNamesThePersonAndTheirQuotes() {
        Analysis a = analyse("The think-tank scholar Siobhan O’Donoghue drafted a plan for the region last year.\n"
                + "According to O’Donoghue the government must find “thousands of new soldiers” within a year.\n");
        var person = a.get(Layers.ENTITIES).stream().filter(e -> e.name().contains("Donoghue")).findFirst().orElseThrow();
        assertTrue(person.mentions().size() >= 2, "the bare family name is a mention: " + person);
        assertEquals(person.name(), quoteOf(a, "thousands of new soldiers").speakerName());
    }

    @Test
    void everyFragmentOfAnAttributedSentenceHasItsSpeakerAndAnExcerptsSourceIsATitle() {
        Analysis a = analyse("The think-tank scholar Siobhan O’Donoghue drafted a plan for the region last year.\n"
                + "According to O’Donoghue the government must find “thousands of new soldiers” and “a political"
                + " model for holding the ground” within a year.\n"
                + "Excerpts from: “[Rethinking the Region: a plan for the long war](#)”, Siobhan O’Donoghue.\n");
        String name = quoteOf(a, "thousands of new soldiers").speakerName();
        assertTrue(name != null && name.contains("Donoghue"), name);
        Quote second = quoteOf(a, "a political model");
        assertEquals(name, second.speakerName(), second.reason());
        assertEquals(QuoteKind.TITLE, quoteOf(a, "Rethinking the Region").kind());
        assertEquals(null, quoteOf(a, "Rethinking the Region").speakerName());
    }

    @Test
    void theSpeakerNamedAfterTheQuoteByADescriptionIsThePerson() {
        Analysis a = analyse("UN envoy Staffan de Mistura arrived in Geneva on Monday.\n"
                + "“I will not talk for the sake of talking,” the envoy told reporters.");
        Quote q = quoteOf(a, "for the sake of talking");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Staffan de Mistura", q.speakerName());
        assertEquals("told", q.cue().of(a.article().text()));
    }

    @Test
    void aLongDatelineIsNobodysWords() {
        Analysis a = analyse("Minister hails the harvest\n\n"
                + "BUDAPEST, Hungary, February 19, 2018 (Example News) – The farm minister said in his speech on Sunday"
                + " that, “the harvest was the best in a decade.”\n");
        Quote quote = quoteOf(a, "the harvest was the best");
        assertTrue(quote.speakerName() == null || !quote.speakerName().equalsIgnoreCase("Budapest"), quote.toString());
    }

    @Test
    void whoeverAReportCitesIsTheSourceAndTheReporterCarriesIt() {
        Analysis a = analyse("Rebels shelled the city on Friday, killing five people, state media reported, citing a"
                + " military source.\n");
        Claim claim = claimOf(a, "Rebels shelled");
        assertEquals(SourceType.ANONYMOUS, claim.sourceType(), claim.toString());
        assertTrue(claim.source().contains("military source"), claim.toString());
        assertEquals(List.of("state media"), claim.via(), claim.toString());
    }

    @Test
    void thePopeIsThePersonNamedWithThatTitleAndARoleAfterAClauseSpeaks() {
        Analysis a = analyse("Letter to bishops\n\nPope Francis wrote to the bishops on Monday.\n"
                + "“I have seen no proof,” said Juan Barros.\n"
                + "Divorced couples may receive communion, the pope said in his letter:\n"
                + "“This is the only possible interpretation of the text.”\n");
        assertEquals("Pope Francis", quoteOf(a, "only possible interpretation").speakerName());
    }

    @Test
    void aFamilyNameIsThePersonNamedInFullEvenAMonthsName() {
        Analysis a = analyse("Brexit vote\n\nBritish Prime Minister Theresa May said on Sunday the vote would go ahead.\n"
                + "\"We will hold the vote and I will work hard to win it,\" May told the BBC.\n"
                + "As Faggioli puts it: “The church is at a turning point and nobody knows where it goes.”\n");
        assertEquals("Theresa May", quoteOf(a, "hold the vote").speakerName());
        assertEquals("Faggioli", quoteOf(a, "turning point").speakerName());
    }

    @Test
    void aReplyOrWarningSomeoneHadOrGaveBeforeAColonIsTheirs() {
        Analysis a = analyse("Pardon row\n\nBut Billie Winner-Davis had a blunt reply: “Please pardon my daughter.”\n"
                + "The Kremlin issued a stern warning: “Any strike on Syria will be answered.”\n");
        assertEquals("Billie Winner-Davis", quoteOf(a, "pardon my daughter").speakerName());
        assertEquals("Russian government", quoteOf(a, "Any strike on Syria").speakerName());
    }

    @Test
    void twoSpeakersGiveTheFirstAndACryIsNoStatement() {
        Analysis a = analyse("Report released\n\n“It is imperative to make the full report public,” House Speaker Nancy"
                + " Pelosi and Senate Minority Leader Charles Schumer said in a statement.\n"
                + "“If they want a war we will give them one,” one far-right organizer shouted during a livestream.\n"
                + "Last year a man went up to a restaurant in Amsterdam, shouted “Death to you” and began smashing"
                + " its windows.\n");
        assertEquals("Nancy Pelosi", quoteOf(a, "full report public").speakerName());
        assertEquals("one far-right organizer", quoteOf(a, "want a war").speakerName());
        Claim smashing = claimOf(a, "began smashing");
        assertEquals(SourceType.AUTHOR, smashing.sourceType(), smashing.toString());
    }

    @Test
    void anAbbreviatedTitleIsPartOfTheSpeakerAndAnUnnamedOfficerIsAnonymous() {
        Analysis a = analyse("Coalition investigates strike\n\n"
                + "“We take all allegations of civilian casualties seriously,” Col. John Dorrian, a coalition spokesman,"
                + " said in a statement.\n“We are winning,” said Lt. Gen. Stephen Townsend.\n"
                + "On Thursday, the militants launched a counterattack in the Zanjili neighborhood, according to an Iraqi"
                + " army officer who spoke on condition of anonymity.\n");
        assertEquals("John Dorrian", quoteOf(a, "allegations of civilian").speakerName());
        assertEquals("Stephen Townsend", quoteOf(a, "We are winning").speakerName());
        Claim counterattack = claimOf(a, "launched a counterattack");
        assertEquals(SourceType.ANONYMOUS, counterattack.sourceType(), counterattack.toString());
    }

    @Test
    void soCalledMakesScareQuotesAndDismissedAsFramesALabel() {
        Analysis a = analyse("The army retook Harasta from the so-called “moderate rebels” on Monday.\n"
                + "Russian Defense Ministry spokesman Igor Konashenkov dismissed the claim as “yet another provocation"
                + " staged by the White Helmets.”\nThey rejected the “Great” deal.");
        assertEquals(QuoteKind.SCARE, quoteOf(a, "moderate rebels").kind());
        assertNull(quoteOf(a, "moderate rebels").speakerName());
        assertEquals("Igor Konashenkov", quoteOf(a, "yet another provocation").speakerName());
        assertNull(quoteOf(a, "Great").speakerName(), "a name in quotes after \"rejected\" is nobody's label");
    }

    @Test
    void heIsTheSpeakerOfTheSentenceBeforeNotSomeoneNamedInsideItsQuote() {
        Analysis a = analyse("The president slammed Avenatti.\n“Avenatti is a third rate lawyer who is good at making false"
                + " accusations, like he did on me and like he is now doing on Judge Brett Kavanaugh[,]” Trump wrote on"
                + " Twitter.\n“He is just looking for attention - a total low-life!”\n"
                + "He rejected Swetnick’s allegations as “another beauty” and went on.");
        assertEquals("Trump", quoteOf(a, "another beauty").speakerName().replace("Donald ", ""));
    }

    @Test
    void aFrameBeforeAnAppositiveAndUnnamedFightersAreSources() {
        Analysis a = analyse("Army takes town\n\n"
                + "BEIRUT (Reuters) - Syrian government forces backed by Russian air power seized the town of Maarat"
                + " al-Numan on Tuesday, state media said, the latest gain in an offensive that has driven hundreds of"
                + " thousands of people towards the Turkish border.\n\n"
                + "Rebels said they had repelled an attack near Jisr al-Shughur and killed dozens of soldiers.\n");
        Claim seized = claimOf(a, "seized the town");
        assertEquals(SourceType.ANONYMOUS, seized.sourceType(), seized.toString());
        assertEquals("state media", seized.source(), seized.toString());
        Claim repelled = claimOf(a, "repelled an attack");
        assertEquals(SourceType.ANONYMOUS, repelled.sourceType(), repelled.toString());
        assertEquals("Rebels", repelled.source(), repelled.toString());
    }

    @Test
    void aSourceNamedMidSentenceAfterADatelineIsTheSource() {
        Analysis a = analyse("Army takes town\n\n"
                + "BEIRUT (Reuters) - Government forces backed by Russian air power captured Saraqib on Thursday, the"
                + " Syrian Observatory for Human Rights said, after weeks of shelling.\n\n"
                + "DAMASCUS (Reuters) - The army took the town on Friday, the Syrian Observatory for Human Rights said,"
                + " after weeks of heavy shelling that killed dozens of fighters and civilians.\n");
        for (String words : List.of("captured Saraqib", "took the town")) {
            Claim claim = claimOf(a, words);
            assertEquals(SourceType.NAMED_ORGANIZATION, claim.sourceType(), claim.toString());
            assertTrue(claim.source().contains("Observatory"), claim.toString());
        }
    }

    @Test
    void aPronounSpeakerIsTheLastPersonNamedBeforeTheQuote() {
        Analysis a = analyse("Foreign Minister Sergey Lavrov met his counterpart on Friday.\n"
                + "He said: “The corridor will stay open for civilians.”");
        assertEquals("Sergey Lavrov", quoteOf(a, "corridor will stay open").speakerName());
    }

    @Test
    void anAppositiveDoesNotStealTheSpeaker() {
        Analysis a = analyse("Hassan Nasrallah, Hezbollah's Secretary General, said “the battle is over”.");
        assertEquals("Hassan Nasrallah", quoteOf(a, "the battle is over").speakerName());
    }

    @Test
    void aQuotedAsSayingChainGivesTheInnerSpeakerAndTheOutletAsIntermediary() {
        Analysis a = analyse("Russia's RIA news agency quoted Sergei Lavrov as saying the army had halted its attack.");
        Claim claim = claimOf(a, "had halted its attack");
        assertEquals(SourceType.NAMED_PERSON, claim.sourceType());
        assertEquals("Sergey Lavrov", claim.source());
        assertEquals(1, claim.via().size(), claim.via().toString());
    }

    @Test
    void unnamedSourcesCitedThroughAnOutletAreAnonymousViaTheOutlet() {
        Analysis a = analyse("According to the Reuters news agency, unnamed sources said ten officers were trapped"
                + " in the old city.");
        Claim claim = claimOf(a, "ten officers were trapped");
        assertEquals(SourceType.ANONYMOUS, claim.sourceType());
        assertEquals("unnamed sources", claim.source());
        assertEquals(List.of("Reuters"), claim.via());
        assertEquals("said", claim.cue().of(a.article().text()), "the cue is the innermost source's verb");
    }

    @Test
    void whereAnAnonymousSourceIsStaysOutOfItsName() {
        Analysis a = analyse("According to one Turkish source located in Ankara, the convoy had crossed the border at dawn.");
        Claim claim = claimOf(a, "the convoy had crossed");
        assertEquals(SourceType.ANONYMOUS, claim.sourceType());
        assertEquals("one Turkish source", claim.source());
    }

    @Test
    void thePluralOfANationalityWhoseGovernmentTheArticleNamesIsThatGovernment() {
        Analysis a = analyse("Moscow and Ankara met in Astana on Monday.\n\nThe Russians believe that the convoy carried"
                + " weapons for the rebels.");
        Claim claim = claimOf(a, "the convoy carried weapons");
        assertEquals(SourceType.NAMED_ORGANIZATION, claim.sourceType(), claim.toString());
        assertEquals("Russian government", claim.source());
    }

    @Test
    void residentsAtTheEndOfTheSentenceAreAnAnonymousSource() {
        Analysis a = analyse("The soldiers withdrew from the hospital on Tuesday after heavy fighting, residents said.");
        Claim claim = claimOf(a, "withdrew from the hospital");
        assertEquals(SourceType.ANONYMOUS, claim.sourceType());
        assertEquals("said", claim.cue().of(a.article().text()));
    }

    @Test
    void anUnsourcedSentenceRestsOnTheWriterAndAQuestionIsNoClaim() {
        Analysis a = analyse("The rebels lost 300 fighters in the battle for the airport in March.\n"
                + "Who will pay for this war?");
        Claim claim = claimOf(a, "lost 300 fighters");
        assertEquals(SourceType.AUTHOR, claim.sourceType());
        assertEquals("Jane Roe", claim.source());
        assertNull(claim.cue());
        assertTrue(claim.checkWorthiness() >= 0.5, "numbers and an event rank high: " + claim.checkWorthiness());
        assertEquals(1, a.get(Layers.CLAIMS).size(), a.get(Layers.CLAIMS).toString());
    }

    @Test
    void aWordOrTwoInQuotesWithNobodySpeakingIsAScareQuote() {
        Analysis a = analyse("Washington keeps arming the “moderate” rebels in the north.");
        Quote q = quoteOf(a, "moderate");
        assertEquals(QuoteKind.SCARE, q.kind());
        assertNull(q.speaker());
        assertEquals(List.of("moderate"), a.get(Layers.SOURCING).scareQuotes());
    }

    @Test
    void aNameInQuotesIsNoScareQuoteAndFramesNobody() {
        Analysis a = analyse("Ankara now moves twenty militias in the north, for example “Unit 13”, and the “moderate” rebels"
                + " of “Peace Talks”. Fighters of the “Free Syrian Army” shelled the town.");
        assertEquals(QuoteKind.TITLE, quoteOf(a, "Unit 13").kind(), "a known group's name");
        assertEquals(QuoteKind.SCARE, quoteOf(a, "Free Syrian Army").kind(), "a name held at a distance");
        assertEquals(QuoteKind.SCARE, quoteOf(a, "moderate").kind());
        assertEquals(QuoteKind.SCARE, quoteOf(a, "Peace Talks").kind(), "capitals alone do not make a name");
        assertTrue(a.get(Layers.FRAMING).stream().noneMatch(f -> f.name().equals("Division 13")),
                a.get(Layers.FRAMING).toString());
    }

    @Test
    void aHeadlinesQuoteIsItsSubjectsWordsButNotThoseOfAPersonItMerelyNames() {
        String title = "Senator Lindsey Graham Slams Democrats For \"Most Unethical Sham\" In Years";
        Analysis a = PIPELINE.analyze(new Article("t", "t.txt", title, "Jane Roe", null, null, title
                + "\n\nThe hearing ended in uproar on Thursday.", List.of(), List.of()));
        Quote sham = quoteOf(a, "Most Unethical Sham");
        assertEquals("Lindsey Graham", sham.speakerName(), sham.reason());
        String other = "Ex-MI6 chief says Theresa May's Brexit deal ‘threatens national security’";
        Analysis b = PIPELINE.analyze(new Article("t", "t.txt", other, "Jane Roe", null, null, other
                + "\n\nThe warning came on Monday.", List.of(), List.of()));
        assertNotEquals("Theresa May", quoteOf(b, "threatens national security").speakerName());
    }

    @Test
    void aSpeakerAfterALongDescriptionOfWhereTheyWorkIsTheNameBeforeTheVerb() {
        Analysis a = analyse("\"The rock has been hit many times,\" Trinity College, Dublin, senior lecturer in astronomy"
                + " Maria Lopez told the BBC. He revived the “worker-priest” movement that none other than Pope Pius"
                + " had condemned, as I note here.");
        assertEquals("Maria Lopez", quoteOf(a, "The rock has been hit").speakerName());
        assertEquals(QuoteKind.SCARE, quoteOf(a, "worker-priest").kind(), "\"as I note\" frames nothing here");
    }

    @Test
    void aReportedFragmentBeforeAPrepositionIsTheReportersWordsNotAModifier() {
        Analysis a = analyse("Maria Lopez writes in The Atlantic that the senator put his hand around her waist while they posed"
                + " for a photo and squeezed \"at least twice\" during an event"
                + " in 2009. Washington keeps arming the \"moderate\" rebels.");
        Quote twice = quoteOf(a, "at least twice");
        assertEquals(QuoteKind.PARTIAL, twice.kind());
        assertEquals("Maria Lopez", twice.speakerName());
        assertEquals(QuoteKind.SCARE, quoteOf(a, "moderate").kind(), "a quoted word before its noun");
    }

    @Test
    void aQuotedFragmentInTheWritersSentenceIsPartial() {
        Analysis a = analyse("Paul Manafort called the story “totally false and deliberately libelous” on Tuesday.");
        Quote q = quoteOf(a, "totally false");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Paul Manafort", q.speakerName());
    }

    @Test
    void theSpeakerOfAVerbAfterADashAsideStandsBeforeTheAside() {
        Analysis a = analyse("Observers noted that a former ambassador, Carla Brennan- whose memo proposed “regional councils”"
                + "-advised Governor Paul Reyes “to drop the talks and seek a wider settlement with all sides.”");
        Quote q = quoteOf(a, "drop the talks");
        assertEquals("Carla Brennan", q.speakerName());
        assertNotEquals("Paul Reyes", quoteOf(a, "regional councils").speakerName(), "the governor is advised, not speaking");
    }

    @Test
    void aFragmentInASentenceThatReaffirmsSomethingIsThatPersonsWords() {
        Analysis a = analyse("Mayor Daniel Okafor reaffirmed the city's commitment to the new budget, including its schools,"
                + " because “nobody should decide for the residents what they need”.");
        assertEquals("Daniel Okafor", quoteOf(a, "nobody should decide").speakerName());
    }

    @Test
    void aSentenceThatDescribesInAPersonsVoiceOrRelatesWhatASourceSaidRestsOnThatSource() {
        Analysis a = analyse("According to one official based in Ankara, the talks will resume next month.\n"
                + "The same source relates that the delegations exchanged maps on Monday.\n"
                + "Minister Leyla Durmaz described the meeting in Ankara as “very productive” on Monday.\n"
                + "She also considered that the border crossing at Kilis would reopen in May.\n"
                + "The crossing was built in 1990, where traders described it as “the busiest gate” in the region.");
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "exchanged maps").sourceType());
        assertEquals("Leyla Durmaz", claimOf(a, "described the meeting").source());
        assertEquals("Leyla Durmaz", claimOf(a, "would reopen in May").source());
        assertEquals(SourceType.AUTHOR, claimOf(a, "was built in 1990").sourceType(),
                "a description in a relative clause does not carry the sentence");
    }

    @Test
    void aQuotedTitleAfterAWorkNounIsATitle() {
        Analysis a = analyse("The institute published a report titled “The Hidden Costs Of War” last year.");
        assertEquals(QuoteKind.TITLE, quoteOf(a, "Hidden Costs").kind());
    }

    @Test
    void aRunningQuoteKeepsItsSpeaker() {
        Analysis a = analyse("“We have repaired our relations with our neighbours,” Prime Minister Binali Yildirim said.\n"
                + "“Now we will take further steps.”");
        assertEquals("Binali Yıldırım", quoteOf(a, "further steps").speakerName());
    }

    @Test
    void anExcerptSetOffByLayoutIsABlockQuoteOfTheOutletNamedBeforeIt() {
        Analysis a = analyse("Two Reuters reports today caught my eye:\n"
                + "Army advance slows near the old city\n"
                + "The army's advance slowed on Thursday as fighting continued in the east of the city.\n"
                + "Commanders expected the last districts to fall within days.\n"
                + "It may still take some time, I think.");
        Quote block = a.get(Layers.QUOTES).stream().filter(Quote::block).findFirst()
                .orElseThrow(() -> new AssertionError(a.get(Layers.QUOTES).toString()));
        assertEquals("Reuters", block.speakerName());
        String text = a.article().text();
        assertTrue(block.span().of(text).contains("last districts"), block.span().of(text));
        assertTrue(!block.span().of(text).contains("I think"), "the writer's own line is not part of the excerpt");
        Claim inside = claimOf(a, "advance slowed on Thursday");
        assertEquals(SourceType.MEDIA_OUTLET, inside.sourceType());
        // Events told in the excerpt are in the cited report's voice: facts, as the issue defines them.
        var fighting = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("fighting")).findFirst()
                .orElseThrow(() -> new AssertionError(a.get(Layers.EVENTS).toString()));
        assertEquals(org.newslens.core.model.Modality.FACT, fighting.modality(), fighting.reason());
        var headline = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("advance")).findFirst()
                .orElseThrow(() -> new AssertionError(a.get(Layers.EVENTS).toString()));
        assertEquals(org.newslens.core.model.Modality.FACT, headline.modality(), "the report's headline: " + headline.reason());
    }

    @Test
    void anExcerptReleasedBySomeoneIsABlockQuoteButByTheWayIsNone() {
        Analysis a = analyse("The committee published the interview overnight.\n"
                + "According to a transcript released on Monday by the Senate committee:\n"
                + "The witness described a meeting at a hotel in the capital in the summer of 2016.\n"
                + "The committee will vote next week.\n"
                + "By the way, you can follow all our coverage on our new page:\n"
                + "Our reporters cover the hearings every day from the capital.\n");
        String text = a.article().text();
        List<Quote> blocks = a.get(Layers.QUOTES).stream().filter(Quote::block).toList();
        assertTrue(blocks.stream().anyMatch(q -> q.span().of(text).contains("described a meeting")),
                "the released transcript is an excerpt: " + blocks);
        assertTrue(blocks.stream().noneMatch(q -> q.span().of(text).contains("Our reporters")),
                "\"By the way\" introduces no excerpt: " + blocks);
    }

    @Test
    void unnamedPeopleInThePluralSpeakAsAnonymousSources() {
        Analysis a = analyse("The committee met in the capital on Thursday.\n"
                + "“We will vote on the budget next week,” the lawmakers said in a letter.\n"
                + "“The roads to the north are closed,” exhausted soldiers told reporters.");
        Quote letter = quoteOf(a, "vote on the budget");
        assertEquals("the lawmakers", letter.speakerName());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "vote on the budget").sourceType());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "roads to the north").sourceType());
    }

    @Test
    void aNewDescriptionAfterTheOnePersonJustNamedIsThatPersonButNotSomeoneSetBesideThem() {
        Analysis a = analyse("Brett Kavanaugh appeared before the committee on Thursday.\n"
                + "He called the new allegations ridiculous.\n"
                + "“I do not know who this is and this never happened,” the judicial nominee added.");
        assertEquals("Brett Kavanaugh", quoteOf(a, "never happened").speakerName());
        Analysis b = analyse("When Arnold Smith complained, the professor said the grade would stand.\n"
                + "“Australia is a continent, not a country,” the professor wrote in an email.");
        assertNotEquals("Arnold Smith", quoteOf(b, "Australia is a continent").speakerName(),
                "the professor is not the student he answered");
    }

    @Test
    void aLabelGivenAsSomethingOrAReminderThatIsTheSpeakersButAPassiveLabelHasNoSpeaker() {
        Analysis a = analyse("Viktor Orban spoke in Budapest on Monday.\n"
                + "Orban referred to the new district as an “immigrant zone” in his speech.\n"
                + "Senator Chuck Grassley reminded the lawyers that “the committee decides who testifies.”\n"
                + "The practice, sometimes referred to as “collusion”, is not a crime in itself.");
        assertEquals("Viktor Orban", quoteOf(a, "immigrant zone").speakerName());
        assertEquals("Chuck Grassley", quoteOf(a, "committee decides").speakerName());
        assertNull(quoteOf(a, "collusion").speakerName(), "nobody in particular calls it so");
    }

    @Test
    void aDayBeforeTheSubjectIsNoPartOfTheSpeaker() {
        Analysis a = analyse("The Dallas Police Department said on Friday it would wait.\n"
                + "On Monday the department announced that an inquiry had already “concluded” that the arrest was wrong.");
        assertEquals("Dallas Police Department", quoteOf(a, "concluded").speakerName());
    }

    @Test
    void theSourcingProfileCountsClaimsBySourceType() {
        Analysis a = analyse("The army shelled the town on Monday, killing 12 people.\n"
                + "Unnamed sources said the commander had fled.\n"
                + "“We will rebuild every house,” the mayor of the town, Ali Hassan, said.");
        SourcingProfile profile = a.get(Layers.SOURCING);
        assertEquals(3, profile.claims());
        assertEquals(1, profile.bySourceType().get(SourceType.AUTHOR));
        assertEquals(1, profile.bySourceType().get(SourceType.ANONYMOUS));
        assertEquals(1, profile.bySourceType().get(SourceType.NAMED_PERSON));
        assertEquals(0.333, profile.anonymousShare(), 0.001);
        assertEquals("Ali Hassan", profile.people().get(0).name());
    }

    @Test
    void anArticleOfThousandsOfQuotesIsCutOffWithANote() {
        String text = "Title\n\n" + "“word” said Ali. ".repeat(3000);
        Analysis a = analyse(text);
        assertEquals(2000, a.get(Layers.QUOTES).size());
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains("stopped after 2000 of 3000 quotes")),
                a.diagnostics().toString());
    }

    @Test
    void someoneTheArticleDoesNotNameIsAnAnonymousSpeaker() {
        Analysis a = analyse("“We have no medicine left,” a nurse in the old city said on Monday.\n"
                + "“The water will come back within days,” the governor of the province told reporters.");
        Quote nurse = quoteOf(a, "no medicine");
        assertEquals("a nurse", nurse.speakerName());
        assertNull(nurse.speaker());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "no medicine").sourceType());
        assertTrue(quoteOf(a, "water will come back").speakerName().startsWith("the governor"));
    }

    @Test
    void aPassiveVerbOfSayingIsNoFrameOfItsSubjectButItsAgentSpeaks() {
        Analysis a = analyse("Deputies went to the house of Tom Lopez on Friday.\n"
                + "They were told to stay in separate rooms.\n"
                + "Lopez had been told by his probation officers that the order still held.\n"
                + "It is unclear whether Lopez is still a suspect, but he was the only one mentioned by name in the warrant.\n"
                + "He is suspected of using a stolen rifle.\n");
        assertEquals(SourceType.AUTHOR, claimOf(a, "They were told").sourceType(), "the told are no source");
        Claim agent = claimOf(a, "had been told by");
        assertEquals(SourceType.ANONYMOUS, agent.sourceType());
        assertTrue(agent.source().contains("probation officers"), agent.source());
        assertEquals(SourceType.AUTHOR, claimOf(a, "the only one mentioned").sourceType());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "suspected of using").sourceType(), "unnamed suspicion");
    }

    @Test
    void aSpeechVerbInASecondSubordinateClauseIsNotTheSentencesFrameButHaveSinceSaidIs() {
        Analysis a = analyse("Maria Lopez went to the station on Monday.\n"
                + "Shortly after Lopez spoke with deputies that day, deputies went to the house when Tom Lopez called "
                + "to complain that his wife had locked him out.\n"
                + "Authorities have since said they do not plan to charge her.\n");
        assertEquals(SourceType.AUTHOR, claimOf(a, "deputies went to the house").sourceType());
        Claim authorities = claimOf(a, "have since said");
        assertEquals(SourceType.ANONYMOUS, authorities.sourceType());
        assertEquals("Authorities", authorities.source());
    }

    @Test
    void aRecordByANamedBodySpeaksForItAndWordsItRecordsAreThePersonsItNames() {
        Analysis a = analyse("Tom Baker sold ammunition to the gunman in September.\n"
                + "But newly released court records filed last week by the Denver Police Department say Baker "
                + "\"may have helped the gunman plan the attack.\"\n"
                + "Maria Lopez went to the station on Monday.\n"
                + "She told officers that her husband had come home drunk earlier in the week and had "
                + "\"pushed her down the stairs,\" the report said.\n"
                + "\"He left at noon,\" the report said.\n");
        assertEquals("Denver Police Department", quoteOf(a, "may have helped").speakerName());
        assertEquals(SourceType.NAMED_ORGANIZATION, claimOf(a, "newly released court records").sourceType());
        Quote recorded = quoteOf(a, "pushed her down");
        assertEquals("Maria Lopez", recorded.speakerName(), recorded.reason());
        assertEquals(QuoteKind.PARTIAL, recorded.kind());
        Quote report = quoteOf(a, "He left at noon");
        assertEquals(QuoteKind.DIRECT, report.kind(), "\"the report said\" is a frame, not the verb \"report\"");
        assertEquals("report", report.speakerName());
    }

    @Test
    void tailFramesNameAReporterARecordOrACitySpokeswoman() {
        Analysis a = analyse("The suspect was taken to hospital on Monday, reports CBS News correspondent Jane Doe.\n"
                + "Police in Colorado had gone to the home three times, police records show.\n"
                + "The gunman was shot by officers and taken to hospital, a Denver city spokeswoman said.\n");
        assertEquals("Jane Doe", claimOf(a, "taken to hospital on Monday").source());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "police records show").sourceType());
        Claim city = claimOf(a, "city spokeswoman");
        assertEquals(SourceType.NAMED_ORGANIZATION, city.sourceType());
        assertEquals("Denver", city.source());
    }

    @Test
    void aFrameOnTheNextLineARepeatedCryAndNamedCounsel() {
        Analysis a = analyse("Tom Baker sold the rifle to the man.\n"
                + "\"I am still asking myself what I missed.\nWhy did I not see it?\"\nhe said.\n"
                + "\"Call the police,\" Maria Lopez repeats several times in a call at noon. \"He hit the guard.\"\n"
                + "Baker, represented by his attorneys Mark Vine and Anna Stone, has not been charged.\n"
                + "His attorneys say he continues to cooperate with investigators.\n"
                + "\"It was a mistake,\" Baker's lawyer, Greg Rinckey, said.\n");
        assertEquals("Tom Baker", quoteOf(a, "still asking myself").speakerName());
        assertEquals("Maria Lopez", quoteOf(a, "Call the police").speakerName());
        assertEquals("Maria Lopez", quoteOf(a, "He hit the guard").speakerName());
        assertEquals("Mark Vine", claimOf(a, "His attorneys say").source());
        assertEquals("Greg Rinckey", quoteOf(a, "It was a mistake").speakerName());
    }

    @Test
    void aRelativeClauseKeepsItsOwnSubjectAndABracketOpensASentence() {
        Analysis a = analyse("Senator Cory Booker questioned the judge on Monday.\n"
                + "When asked by Senator Cory Booker whether Ford was part of what Kavanaugh referred to as a "
                + "\"political hit\" against him, Kavanaugh steered clear.\n"
                + "Members are being admitted without change and the rule---which John Paul insisted involves a moral norm binding \u201cwithout exception\u201d---is being dropped.\n"
                + "Crowds were said to be chanting \u201cwe want Trump.\u201d (President Donald Trump later repeated the false "
                + "claim on Twitter.)\n"
                + "Viktor Orban spoke in Budapest. He continued by stating that migration, \u201cwill ruin our nation.\u201d\n");
        assertEquals("Kavanaugh", quoteOf(a, "political hit").speakerName());
        assertEquals(SourceType.AUTHOR, claimOf(a, "Members are being admitted").sourceType());
        assertNull(quoteOf(a, "we want Trump").speakerName(), "the next sentence is no frame");
        assertEquals("Viktor Orban", quoteOf(a, "will ruin our nation").speakerName(), "\"continued by\" is no passive");
    }

    @Test
    void anInterpreterSpeaksForTheLeaderAndAQualityCitedIsNoSource() {
        Analysis a = analyse("Even Kim seemed to enjoy the day.\n"
                + "\"Many people will think of this as fantasy,\" his translator was overheard saying as they walked.\n"
                + "\"He is very talented,\" Trump said, citing Kim's ability to \"run it, and run it tough.\"\n"
                + "At the same time, he'd admitted he didn't prepare.\n"
                + "Trump showed Kim the movie on an iPad during their talks.\n"
                + "Pope Francis named seven members, according to a statement from the Vatican.\n"
                + "Some members are survivors of abuse, according to the statement, but they were not named.\n"
                + "Jim Scanlan, another survivor, said \"the timing of it is too perfect\" for the pope.\n");
        assertEquals("Kim", quoteOf(a, "Many people will think").speakerName());
        assertEquals("Donald Trump", quoteOf(a, "run it tough").speakerName(), "Kim's ability is no source");
        assertEquals("Donald Trump", claimOf(a, "he'd admitted").source());
        assertEquals(SourceType.AUTHOR, claimOf(a, "showed Kim the movie").sourceType());
        assertEquals("Vatican", claimOf(a, "according to the statement").source());
        assertEquals("Jim Scanlan", quoteOf(a, "the timing of it").speakerName());
    }

    @Test
    void aClosingFrameSpeaksAFragmentAndADocumentOrOutletIsTakenUpAgain() {
        Analysis a = analyse("Nine people in the north of Ruritania have died of a fever, the health ministry said on Monday, "
                + "calling it a \"grave emergency for the region.\"\n"
                + "\"Twelve cases of fever and nine deaths\" have been recorded in Westmark province, it said, citing a "
                + "report sent to the ministry as of June 2.\n"
                + "The World Health Organization said it had sent experts to the province.\n"
                + "\"The plan drawn up by the ministry has been approved,\" an official statement issued after a cabinet "
                + "meeting said.\n"
                + "\"No new deaths have been reported since the first report,\" it said.\n"
                + "According to NBC News, the column has grown to 3,000 people.\n"
                + "The media outlet also reported that border guards had been sent to the river.\n"
                + "Dr Alan Brooks told a magazine in 2019 that such a device would not be \"very quiet\" as a "
                + "\"huge stack of loudspeakers\" would be needed.\n");
        assertEquals("health ministry", quoteOf(a, "Twelve cases of fever").speakerName().replaceFirst("^the ", ""),
                "\"it said\" after the fragment, citing a report");
        assertEquals("health ministry", claimOf(a, "have been recorded in Westmark").source().replaceFirst("^the ", ""));
        assertEquals(claimOf(a, "The plan drawn up").source(), claimOf(a, "No new deaths").source(),
                "\"it\" is the statement just before");
        assertEquals(SourceType.MEDIA_OUTLET, claimOf(a, "The media outlet also reported").sourceType());
        assertEquals("NBC News", claimOf(a, "The media outlet also reported").source());
        assertEquals("Alan Brooks", quoteOf(a, "huge stack of loudspeakers").speakerName(),
                "a second fragment of the reported clause");
    }

    @Test
    void aThreatOrPledgeWithAnInfinitiveIsTheNamedSpeakersButAnActOrANounIsNot() {
        Analysis a = analyse("President Donald Trump has threatened to send the military to the border.\n"
                + "\"I will call up the Military and CLOSE OUR BORDER!\" Trump wrote of the caravan in a series of tweets.\n"
                + "Hamas issued a statement on Monday. Hamas published its own claims that the plan works.\n"
                + "Two men threatened to kill him if he did not leave.\n"
                + "Investigators also speculated that a faulty device was to blame.\n"
                + "China's foreign ministry did not comment on the report.\n");
        assertEquals("Donald Trump", claimOf(a, "has threatened to send").source());
        assertEquals("Donald Trump", quoteOf(a, "I will call up").speakerName(), "a name and its verb after \"!\"");
        Analysis b = analyse("Two young men came to my house near Lyon.\nI asked them, \"Why did you come?\" "
                + "They told me that they had a meeting.\n");
        assertEquals("Jane Roe", quoteOf(b, "Why did you come").speakerName(),
                "the writer asks; \"They told me that\" is a sentence of its own");
        String told = "The Red Cross sent two young men to my house.\nI asked them, \"Why did you come?\" They told me that "
                + "they had a meeting.\n";
        Analysis c = PIPELINE.analyze(new Article("t", "t.txt", null, null, null, null, told, List.of(), List.of()));
        assertNull(quoteOf(c, "Why did you come").speakerName(), "a pronoun after \"?\" starts a sentence of its own");
        assertEquals(SourceType.AUTHOR, claimOf(a, "Hamas published").sourceType(), "\"its own claims\": a noun");
        assertEquals(SourceType.AUTHOR, claimOf(a, "Two men threatened").sourceType(), "an act, not words");
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "Investigators also speculated").sourceType());
        assertEquals(SourceType.AUTHOR, claimOf(a, "did not comment").sourceType(), "nobody said anything");
    }

    @Test
    void aProgrammeAfterItsBroadcasterIsATitleThatTheFrameRunsThrough() {
        Analysis a = analyse("Rudy Giuliani is the president's lawyer.\n"
                + "On Sunday, Giuliani told NBC's \u201cMeet the Press\u201d: \u201cCollusion is not a crime at all.\n"
                + "It never was.\u201d\n"
                + "Laura Reyes, a law professor at Yale, agreed that the inquiry could not be stopped.\n"
                + "But Reyes also cast doubt on whether the tweets amount to anything.\n");
        assertEquals(QuoteKind.TITLE, quoteOf(a, "Meet the Press").kind());
        assertEquals("Rudy Giuliani", quoteOf(a, "Collusion is not a crime").speakerName(),
                "the frame runs through the programme's title");
        assertEquals("Laura Reyes", claimOf(a, "agreed that the inquiry").source());
        assertEquals("Laura Reyes", claimOf(a, "also cast doubt").source());
    }

    @Test
    void anAgencysDatelineAnAcronymInBracketsAndADashAsideAreNoSpeakers() {
        Analysis a = analyse("Washington (CNN) President Donald Trump suggested Tuesday that he would have chosen another lawyer.\n"
                + "The World Health Organization (WHO) said on Monday that it was sending experts to the region.\n"
                + "In his latest attack on Jeff Sessions -- who, citing his work for the campaign, stepped aside, clearing "
                + "the way for Robert Mueller -- Trump said he would have \"quickly picked someone else\" had he known.\n");
        assertEquals("Donald Trump", claimOf(a, "President Donald Trump suggested").source(), "\"Washington (CNN)\" is a dateline");
        assertEquals("World Health Organization", claimOf(a, "said on Monday that it was sending").source());
        assertEquals("Donald Trump", quoteOf(a, "quickly picked someone else").speakerName(), "the subject after the aside");
    }

    @Test
    void aQuotedHeadlineIsATitleAndNoOneSayingIsNoSource() {
        Analysis a = analyse("The storm reached the coast on Friday.\n"
                + "The front-page headline of the Daily Courier read: \u201cCity Falls Silent After Storm.\u201d\n"
                + "No one has ever suggested the harbour would close.\n");
        Quote headline = quoteOf(a, "City Falls Silent");
        assertEquals(QuoteKind.TITLE, headline.kind(), headline.reason());
        Claim nobody = claimOf(a, "No one has ever suggested");
        assertEquals(org.newslens.core.model.SourceType.AUTHOR, nobody.sourceType(), nobody.reason());
    }

    @Test
    void aPersonMetAtTheSceneIsAnUnnamedSourceAndHeStaysThatPerson() {
        Analysis a = analyse("Flowers were left outside the house on Sunday.\n"
                + "The manager of a local garage said he had called the police a couple of hours before the attack.\n"
                + "He said they came and went around 3am.\n");
        Claim manager = claimOf(a, "The manager of a local garage");
        assertEquals(org.newslens.core.model.SourceType.ANONYMOUS, manager.sourceType(), manager.reason());
        Claim he = claimOf(a, "He said they came");
        assertEquals(org.newslens.core.model.SourceType.ANONYMOUS, he.sourceType(), he.reason());
    }

    @Test
    void theManIsThePersonLastNamedUnlessAnUnnamedManWasBroughtIn() {
        Analysis a = analyse("Defence Secretary Tom Hale gave a speech in London on Monday.\n"
                + "\u201cToday our rivals are resurgent,\u201d Mr Hale said.\n"
                + "It gets worse: \u201cSuch action must come at a cost.\u201d\n"
                + "\u201cProvocations,\u201d the man said.\n");
        Quote provocations = quoteOf(a, "Provocations");
        assertEquals("Tom Hale", provocations.speakerName(), provocations.reason());
        Analysis b = analyse("Defence Secretary Tom Hale gave a speech in London on Monday.\n"
                + "Outside, a man in a red coat shouted at the crowd.\n"
                + "\u201cGo home,\u201d the man said.\n");
        Quote goHome = quoteOf(b, "Go home");
        assertTrue(!"Tom Hale".equals(goHome.speakerName()), goHome.reason());
    }

    @Test
    void anEventOrTreatyTheKnowledgeBaseKnowsIsNobodysVoice() {
        Analysis a = analyse("Brexit dominated the debate in Parliament on Tuesday.\n"
                + "\u201cWe must decide now,\u201d she said.\n");
        Quote decide = quoteOf(a, "We must decide");
        assertTrue(!"Brexit".equals(decide.speakerName()), decide.reason());
        Analysis b = analyse("A former spy chief has warned that the Brexit deal threatens security by placing control"
                + " \u201cin foreign hands.\u201d\n");
        Quote hands = quoteOf(b, "in foreign hands");
        assertTrue(!"Brexit".equals(hands.speakerName()), hands.reason());
    }

    @Test
    void anUnnamedGroupIsAnAnonymousSourceNotTheGroupNamedLater() {
        Analysis a = analyse("A jihad group explained it back in 2012: \u201cThe month of fasting is a month of holy war.\n"
                + "It is a month for fighting the enemies.\u201d\nLater al-Qaeda sought to attack the US.\n");
        Claim claim = claimOf(a, "A jihad group explained");
        assertEquals(SourceType.ANONYMOUS, claim.sourceType(), claim.reason());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "It is a month for fighting").sourceType());
        Analysis militia = analyse("An Iranian-backed militia said that it had repelled the attack near Deir ez-Zor.\n");
        Claim said = claimOf(militia, "militia said");
        assertEquals(SourceType.ANONYMOUS, said.sourceType(), said.reason());
    }

    @Test
    void aStatementIssuedClaimingThatQuotesItsIssuerAsPartOfTheWritersSentence() {
        Analysis a = analyse("In contrast, President Trump issued a statement claiming that \u201cThe holiday reminds us "
                + "of the richness of American life.\u201d\n");
        Quote q = quoteOf(a, "The holiday reminds us");
        assertEquals("Donald Trump", q.speakerName(), q.reason());
        assertEquals(QuoteKind.PARTIAL, q.kind(), q.reason());
        assertEquals(SourceType.NAMED_PERSON, claimOf(a, "President Trump issued").sourceType());
        Analysis when = analyse("Trump was following his predecessors when he claimed that \u201cThe holiday reminds us of "
                + "the richness of American life,\u201d and was misleading the people.\n");
        Quote claimed = quoteOf(when, "The holiday reminds us");
        assertEquals(QuoteKind.PARTIAL, claimed.kind(), "words after \"that\" belong to the writer's sentence: "
                + claimed.reason());
        Analysis minister = analyse("Defence minister Sergei Shoigu said that \u201cThe army will stay in the city until "
                + "the war is over.\u201d\n");
        Quote stay = quoteOf(minister, "The army will stay");
        assertEquals(QuoteKind.PARTIAL, stay.kind(), stay.reason());
        Analysis video = analyse("Louis Farrakhan was captured on video in Tehran chanting slogans and stating that "
                + "America is the \u201cGreat Satan.\u201d\n");
        assertEquals(SourceType.AUTHOR, claimOf(video, "was captured on video").sourceType(),
                "caught on video saying: the writer tells what the video shows");
        Analysis declaring = analyse("By contrast, Trump appeared to back off on Tuesday, declaring the US will stop the "
                + "\u201cwar games,\u201d an apparent reference to joint exercises.\n");
        assertEquals("Donald Trump", quoteOf(declaring, "war games").speakerName(), quoteOf(declaring, "war games").reason());
    }

    @Test
    void madeItClearReportsItsSubjectsWords() {
        Analysis a = analyse("Osama bin Laden made it clear why al-Qaeda sought to attack the US.\n");
        Claim claim = claimOf(a, "made it clear");
        assertEquals(SourceType.NAMED_PERSON, claim.sourceType(), claim.reason());
    }

    @Test
    void aWordHeldUpAsAWordIsAScareQuoteWhoeverSpeaks() {
        Analysis a = analyse("As I explained to Giuliani ten years ago, the concept of \u201cblowback\u201d is well-known "
                + "in the intelligence community.\n");
        assertEquals(QuoteKind.SCARE, quoteOf(a, "blowback").kind(), quoteOf(a, "blowback").reason());
    }

    @Test
    void thePaperAfterAPolicyPaperIsTheDocumentNotANewspaper() {
        Analysis a = analyse("Late last week the Washington Free Beacon published a three-page policy paper being "
                + "circulated among officials.\nThe paper suggests that the US focus on ethnic minorities.\n");
        Claim claim = claimOf(a, "The paper suggests");
        assertEquals(SourceType.ANONYMOUS, claim.sourceType(), claim.reason());
    }

    @Test
    void aHistoriansAccountIntroducedByDetailedHowIsAnExcerptUntilTheWriterAddressesTheReader() {
        Analysis a = analyse("Title\n\nThe historian Ibn Baydhaq detailed how the Almohads treated the Jews as they advanced:\n"
                + "Abd al-Mumin captured Tlemcen and killed all those who were in it.\n"
                + "One hundred thousand persons were killed in Fez on that occasion.\n"
                + "Don't allow yourself to be deceived by the likes of the cleric.\n"
                + "He spoke in Kuwait in May.\n");
        Quote block = a.get(Layers.QUOTES).stream().filter(Quote::block).findFirst()
                .orElseThrow(() -> new AssertionError("no excerpt in " + a.get(Layers.QUOTES)));
        String text = a.article().text();
        assertEquals("Ibn Baydhaq", block.speakerName(), block.reason());
        assertTrue(block.span().of(text).contains("in Fez") && !block.span().of(text).contains("deceived"),
                block.span().of(text));
        Analysis summary = analyse("Title\n\nA CNBC summary describes Swetnick:\nShe said she has held clearances.\n"
                + "At the time, Kavanaugh and Judge were students at Georgetown Prep.\n"
                + "There is no indication so far that the president will oblige them.\n");
        assertTrue(summary.get(Layers.QUOTES).stream().noneMatch(Quote::block), "a line or two, no excerpt of paragraphs");
    }

    @Test
    void singleQuotedSpeechGoesOnIntoTheNextParagraphOrEndsUnclosedAtItsOwn() {
        Analysis a = analyse("Talks on the harbour deal ended in Oslo on Tuesday.\n"
                + "Lena Dahl, deputy spokeswoman for the fisheries council, was asked what would happen next.\n"
                + "She said: 'We have said many times this is the only deal on offer.\n"
                + "'And the ministers confirmed it in their conclusions.'\n"
                + "Minister Petter Holm spoke to reporters later.\n"
                + "He added: 'In sailing terms the wind has turned against us.\n"
                + "Holm also said the fleet would stay in port.\n"
                + "'I feel relieved.\n"
                + "They offered me a deal which I thought was fair,' Holm said in a statement.\n"
                + "'Oumuamua \"appears to be tumbling\" in space, astronomers said.\n");
        Quote spanning = quoteOf(a, "We have said many times");
        assertTrue(spanning.span().of(a.article().text()).contains("And the ministers confirmed"), spanning.toString());
        assertEquals("Lena Dahl", spanning.speakerName(), spanning.reason());
        Quote unclosed = quoteOf(a, "In sailing terms");
        assertEquals("Petter Holm", unclosed.speakerName(), unclosed.reason());
        assertTrue(!unclosed.span().of(a.article().text()).contains("fleet"), "ends with its paragraph");
        Quote runOn = quoteOf(a, "I feel relieved");
        assertTrue(runOn.span().of(a.article().text()).contains("thought was fair"), runOn.toString());
        assertEquals("Petter Holm", runOn.speakerName(), runOn.reason());
        assertTrue(a.get(Layers.QUOTES).stream().noneMatch(q -> q.span().of(a.article().text()).startsWith("'Oumuamua")),
                "a name's apostrophe in a line quoting with double marks is no quote");
    }

    @Test
    void aFragmentInTheClauseASpeechVerbReportsIsThatSpeakersWords() {
        Analysis a = analyse("Leaders met in Brussels on Thursday.\n"
                + "Premier Anna Lindqvist said she had spoken to the chancellor by telephone on Thursday and the two"
                + " leaders agreed to 'stand by' the fishing pact.\n"
                + "A spokeswoman for the council said the members 'have been very clear' that the text"
                + " 'will not be reopened'.\n"
                + "The ministers asked for 'more time' amid fears of a 'trade war'.\n"
                + "Ms Lindqvist said the council had 'started the ratification' of the pact in March, adding:"
                + " 'For now, no more meetings are planned.'\n");
        Quote standBy = quoteOf(a, "stand by");
        assertEquals(QuoteKind.PARTIAL, standBy.kind(), standBy.reason());
        assertEquals("Anna Lindqvist", standBy.speakerName());
        assertEquals(QuoteKind.PARTIAL, quoteOf(a, "will not be reopened").kind(), "the 'that' clause goes on");
        assertEquals(QuoteKind.SCARE, quoteOf(a, "trade war").kind(), "'amid fears of' carries no one's words");
        assertEquals("Anna Lindqvist", quoteOf(a, "For now, no more").speakerName(), quoteOf(a, "For now").reason());
    }

    @Test
    void aSpeakersPartyTagDescriptionOrTimeIsNotTheSpeaker() {
        Analysis a = analyse("Senate leaders reacted to the report on Friday.\n"
                + "Senate Minority Leader Charles Whitford, D-N.Y., said in a statement: 'The full report must be public.'\n"
                + "Senator Ruth Okafor, a Vermont Democrat, told MSNBC there was a 'high probability' of more charges.\n"
                + "'Maybe not by this department, but by other offices,' the former prosecutor and Whitford ally continued.\n"
                + "Another senior Labour MP told reporters: 'Nothing has changed.'\n"
                + "'The deal is as dead as it was in December.'\n"
                + "The Ohio Department of State last week said the forms had been changed.\n"
                + "Brexiteers fear the court will keep Britain bound to the rules.\n"
                + "The Green Party has condemned the plan because it risks splitting the coalition.\n"
                + "Senator Ann Wray was condemned for the vote.\n"
                + "Ms Wray did not respond to calls to condemn the vote.\n"
                + "A spokeswoman for European Commission president Jean-Claude Juncker said the text was final.\n"
                + "An EU commission spokeswoman also said there were no plans for more talks.\n");
        assertEquals("Charles Whitford", quoteOf(a, "The full report").speakerName(), quoteOf(a, "The full report").reason());
        Quote described = quoteOf(a, "Maybe not by this");
        assertEquals("Ruth Okafor", described.speakerName(), described.reason());
        Claim mp = claimOf(a, "Another senior Labour MP");
        assertEquals(SourceType.ANONYMOUS, mp.sourceType(), mp.reason());
        Claim goesOn = claimOf(a, "The deal is as dead");
        assertEquals(SourceType.ANONYMOUS, goesOn.sourceType(), goesOn.reason());
        assertEquals("Ohio Department of State", claimOf(a, "Ohio Department").source());
        assertEquals(SourceType.ANONYMOUS, claimOf(a, "Brexiteers fear").sourceType(), claimOf(a, "Brexiteers").reason());
        assertEquals(SourceType.NAMED_ORGANIZATION, claimOf(a, "has condemned").sourceType());
        assertEquals(SourceType.AUTHOR, claimOf(a, "was condemned for").sourceType(), "a passive is no report");
        assertEquals(SourceType.AUTHOR, claimOf(a, "calls to condemn").sourceType(), "an infinitive is no report");
        Claim forBody = claimOf(a, "A spokeswoman for European");
        assertEquals(SourceType.NAMED_ORGANIZATION, forBody.sourceType(), forBody.reason());
        assertEquals("European Commission", forBody.source());
        assertEquals(SourceType.NAMED_ORGANIZATION, claimOf(a, "An EU commission spokeswoman").sourceType());
    }
}
