package org.newslens.analyzers;

import org.junit.jupiter.api.Test;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.json.AnalysisJson;
import org.newslens.core.model.Article;
import org.newslens.core.model.EventMention;
import org.newslens.core.model.EventType;
import org.newslens.core.model.Modality;
import org.newslens.core.pipeline.Analysis;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5: events with type, actor, target, place, date and modality, on sentences written for this test. */
class EventsTest {

    private static final Pipeline PIPELINE = StandardPipeline.create(new ModelStore());

    private static Analysis analyse(String text) {
        return PIPELINE.analyze(new Article("t", "t.txt", null, "Jane Roe", "Test Wire", LocalDate.of(2017, 3, 10), text,
                List.of(), List.of()));
    }

    private static EventMention eventOf(Analysis analysis, String trigger) {
        return analysis.get(Layers.EVENTS).stream().filter(e -> e.text().equalsIgnoreCase(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event \"" + trigger + "\" in "
                        + analysis.get(Layers.EVENTS).stream().map(EventMention::text).toList()));
    }

    @Test
    void aStatesWarningIsAnEventInItsOwnCountryButADoctorsIsNone() {
        Analysis a = analyse("Rebels shelled Aleppo on Monday, monitors said. Iran has backed the army since 2012.\n"
                + "The next day the Iranian regime warned of a \"crushing\" response if the United States sent more"
                + " troops to the region.\n"
                + "Doctors in Aleppo warned that the outbreak of cholera would spread.\n");
        EventMention warning = eventOf(a, "warned");
        assertEquals(EventType.STATEMENT, warning.type());
        assertEquals("Iranian government", warning.actor().name(), warning.reason());
        assertEquals("Iran", warning.location() == null ? null : warning.location().name(), warning.reason());
        assertEquals(1, a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("warned")).count(),
                "a doctors' warning about a disease is no conflict event");
        Analysis others = analyse("The Kremlin warned that the outbreak of flu would spread across Russia.\n"
                + "Aid agencies warned that the battle would trap a million people in Mosul.\n");
        assertTrue(others.get(Layers.EVENTS).stream().noneMatch(e -> e.type() == EventType.STATEMENT),
                "a government's warning of no war, and a warning no state or armed side gives, are no events: "
                        + others.get(Layers.EVENTS));
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.text().equals("crushing")), "a crushing response is no battle");
        Analysis un = analyse("Rebels shelled Aleppo on Monday. Iran has backed the army since 2012.\n"
                + "Nikki Haley used her speech to the UN Security Council on Wednesday to denounce the Iranian regime's"
                + " missile attacks.\n");
        EventMention speech = eventOf(un, "denounce");
        assertEquals("United Nations Headquarters", speech.location() == null ? null : speech.location().name(),
                speech.reason());
    }

    @Test
    void aStatementAboutAPlaceStaysThereAndTheSpeakersCountryIsNotHandedOn() {
        Analysis a = analyse("Turkish troops shelled Afrin on Monday.\n"
                + "The U.S. has announced plans to create a border force to keep ISIS out of Syria.\n"
                + "President Trump has called the regime's bluff with his announcement on Tuesday. Fighting went on for"
                + " hours.\n");
        assertNotEquals("United States", eventOf(a, "announced").location().name(), "the plans are about Syria");
        EventMention announcement = eventOf(a, "announcement");
        assertEquals("Donald Trump", announcement.actor() == null ? null : announcement.actor().name(),
                announcement.reason());
        assertNotEquals("United States", eventOf(a, "Fighting").location() == null ? null
                : eventOf(a, "Fighting").location().name(), "the speaker's country is not the next event's place");
    }

    @Test
    void armsTransfersDeploymentsDefeatsAndTalksWithTheirSides() {
        Analysis a = analyse("Iran will continue to supply weaponry to Syria, experts said.\n"
                + "North Korea's transfer of missile parts to Iran went on for years.\n"
                + "The IRGC established a command center and five bases near Kirkuk on Monday.\n"
                + "Hezbollah vowed that once ISIS is defeated it will attack American troops in Iraq.\n"
                + "Major General Bagheri landed in Damascus for talks with President Bashar Assad.\n"
                + "Iran violated the nuclear deal. The senator was defeated in the election.\n");
        assertEquals(EventType.ARMS_TRANSFER, eventOf(a, "supply weaponry").type());
        assertEquals(EventType.ARMS_TRANSFER, eventOf(a, "transfer of missile parts").type());
        assertEquals(EventType.DEPLOYMENT, eventOf(a, "established a command center").type());
        EventMention defeat = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("defeated")).findFirst()
                .orElseThrow(() -> new AssertionError(a.get(Layers.EVENTS).toString()));
        assertEquals("Islamic State", defeat.target() == null ? null : defeat.target().name(), defeat.reason());
        assertEquals(1, a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("defeated")).count(),
                "an election defeat is no battle");
        EventMention talks = eventOf(a, "talks");
        assertTrue(talks.actor() != null && talks.actor().name().contains("Bagheri"), talks.reason());
        assertEquals("Bashar al-Assad", talks.target() == null ? null : talks.target().name(), talks.reason());
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.text().equals("deal")),
                "an agreement made long ago, named as a thing, is no event");
    }

    @Test
    void anActiveVerbGivesTypeActorPlaceAndTheResolvedDay() {
        Analysis a = analyse("Hezbollah fighters captured the town of Zabadani on Wednesday after weeks of clashes.");
        EventMention e = eventOf(a, "captured");
        assertEquals(EventType.TERRITORY_CAPTURED, e.type());
        assertEquals("Hezbollah", e.actor().name());
        assertEquals("Zabadani", e.location().name());
        assertEquals("stated", e.location().basis());
        assertNotNull(e.location().geo(), "the place is geocoded");
        assertEquals("2017-03-08", e.date().value(), "Wednesday before the publication date");
        assertEquals(Modality.FACT, e.modality());
        assertEquals(EventType.BATTLE, eventOf(a, "clashes").type(), "one sentence can hold several events");
    }

    @Test
    void fightingToldAfterTalksAbroadDoesNotTakeTheTalksPlace() {
        Analysis a = analyse("Army units pushed into Idlib province on Monday. Rebels near Saraqib held their ground.\n\n"
                + "Envoys had hoped to agree a truce at the peace talks in Vienna. But when tanks broke through and forced"
                + " the rebels to retreat, the envoy suspended the negotiations.");
        EventMention retreat = eventOf(a, "retreat");
        assertNotEquals("Vienna", retreat.location() == null ? null : retreat.location().name(), retreat.reason());
        assertEquals("Vienna", eventOf(a, "negotiations").location().name(), "talks go on where they were");
        Analysis later = analyse("Army units pushed into Idlib province on Monday. Rebels near Saraqib held their ground.\n\n"
                + "Envoys met for peace talks in Vienna.\n\nShelling went on in Idlib and Saraqib.\n\n"
                + "Critics said the stillborn negotiations had achieved nothing.");
        assertEquals("Vienna", eventOf(later, "negotiations").location().name(),
                "paragraphs later, the same talks: " + eventOf(later, "negotiations").reason());
    }

    @Test
    void talksNamedBeforeTheirVenueAreHeldThereNotWhereTheFightingIs() {
        Analysis a = analyse("Peace Talks Stall after Army Triumph in Idlib\n\n"
                + "Army units pushed into Idlib province on Monday. Rebels near Saraqib held their ground in Idlib.\n\n"
                + "Envoys had hoped to agree a truce at the peace talks in Vienna.\n\n"
                + "Rebels in Saraqib are negotiating with officers to surrender.");
        EventMention headline = eventOf(a, "Peace Talks");
        assertEquals("Vienna", headline.location().name(), headline.reason());
        EventMention local = eventOf(a, "negotiating");
        assertEquals("Saraqib", local.location().name(), "local bargaining stays where it is: " + local.reason());
    }

    @Test
    void aPassiveAgreementIsTalksAndItsTownIsNotWhereLaterClausesHappen() {
        Analysis a = analyse("Army units pushed into Idlib province on Monday. Rebels near Saraqib held their ground.\n\n"
                + "Turkey blocked the plan on the front, in Vienna it was agreed that the front is no different from ISIS, but even though the front was"
                + " branded as such, it was never bombed.");
        EventMention agreed = eventOf(a, "was agreed");
        assertEquals(EventType.AGREEMENT, agreed.type());
        assertEquals("Vienna", agreed.location().name());
        assertNull(agreed.actor(), "passive, with no \"by\": " + agreed.reason());
        assertNull(agreed.target(), "the subject is an empty \"it\": " + agreed.reason());
        EventMention bombed = eventOf(a, "bombed");
        assertNotEquals("Vienna", bombed.location() == null ? null : bombed.location().name(), bombed.reason());
    }

    @Test
    void aHeadlineEventTakesTheDateOfTheLeadsEvent() {
        Analysis a = analyse("Army breaks siege of two towns near Aleppo\n\nSyrian forces broke a three-year siege of Nubl"
                + " and Zahraa on Wednesday, a monitoring group said.");
        EventMention headline = a.get(Layers.EVENTS).get(0);
        assertEquals(EventType.SIEGE, headline.type(), headline.toString());
        assertEquals("2017-03-08", headline.date().value(), headline.reason());
        assertEquals("lead", headline.date().basis());
    }

    @Test
    void aircraftThatFightAreAnAirStrikeAircraftThatHelpAreNot() {
        Analysis a = analyse("Russian bombers continue to inflict heavy losses on rebels in Idlib.\n\n"
                + "Troops backed by Russian jets attacked rebels in Hama.");
        assertEquals(EventType.AIR_STRIKE, eventOf(a, "inflict heavy losses").type());
        assertEquals(EventType.BATTLE, eventOf(a, "attacked").type());
    }

    @Test
    void whoeverLostATownIsTheTargetAndWhoeverItWentToTheActor() {
        Analysis a = analyse("In March of last year, the militants lost the ancient city of Palmyra to Syrian government"
                + " forces backed by Russian jets.\n\nIslamic State lost Manbij to the SDF in August.\n\n"
                + "Shaela was at the Lost Sock Laundromat in Wichita.");
        EventMention palmyra = eventOf(a, "lost");
        assertEquals(EventType.TERRITORY_CAPTURED, palmyra.type());
        assertEquals("Syrian Arab Army", palmyra.actor().name(), palmyra.reason());
        assertEquals("Militants", palmyra.target().name(), palmyra.reason());
        assertEquals("Palmyra", palmyra.location().name());
        EventMention manbij = a.get(Layers.EVENTS).stream().filter(e -> e.location() != null
                && e.location().name().equals("Manbij")).findFirst().orElseThrow();
        assertEquals("Islamic State", manbij.target().name(), manbij.reason());
        assertEquals(2, a.get(Layers.EVENTS).stream().filter(e -> e.text().equalsIgnoreCase("lost")).count());
    }

    @Test
    void convoysAndWarshipsSentAreDeploymentsWhereTheyGo() {
        Analysis a = analyse("Turkey sent a convoy of about 50 armored vehicles to its observation posts in Idlib on"
                + " Wednesday.\n\nRussia dispatched warships to the eastern Mediterranean.\n\nThe Pentagon sent 200"
                + " marines to Syria.\n\nHe sent a letter to Assad.");
        EventMention convoy = eventOf(a, "sent a convoy of about 50 armored vehicles");
        assertEquals(EventType.DEPLOYMENT, convoy.type());
        assertEquals("Idlib", convoy.location().name());
        EventMention warships = eventOf(a, "dispatched warships");
        assertEquals("Mediterranean", warships.location().name(), warships.reason());
        EventMention marines = eventOf(a, "sent 200 marines");
        assertEquals("Syria", marines.location().name(), marines.reason());
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.text().contains("letter")));
    }

    @Test
    void firingGunsIsFightingAndTransportingHelicoptersIsADeployment() {
        Analysis a = analyse("Jets struck a school in Raqqa from which the militants were firing machine guns.\n\n"
                + "Russian units started transporting attack helicopters to Hama.\n\n"
                + "Around 1986, the administration sold arms to Iran.");
        assertEquals(EventType.BATTLE, eventOf(a, "firing machine guns").type());
        assertEquals(EventType.DEPLOYMENT, eventOf(a, "transporting attack helicopters").type());
        assertEquals(EventType.ARMS_TRANSFER, eventOf(a, "sold arms").type());
    }

    @Test
    void whatAnEventRetaliatesForIsAnotherEventWithItsOwnPlace() {
        Analysis a = analyse("On Saturday, Jordan launched new air strikes against gun positions in Syria in retaliation"
                + " for shells fired into Irbid.");
        assertEquals("Syria", eventOf(a, "air strikes").location().name(), eventOf(a, "air strikes").reason());
    }

    @Test
    void theCountryIsTheCountryTheArticleIsAbout() {
        Analysis a = analyse("Troops advanced in Aleppo and Idlib in Syria on Monday. Aleppo was quiet by night.\n\n"
                + "The hawks still want a military intervention to occupy the country.");
        EventMention intervention = eventOf(a, "military intervention");
        assertEquals("Syria", intervention.location().name(), intervention.reason());
    }

    @Test
    void whatASentenceTellsBeforeItsAttributionOpensIsTheWritersOwn() {
        Analysis a = analyse("Zabadani was captured last week, and on Tuesday officials said that militants in Madaya had"
                + " agreed to evacuate.\n\nRebels in Homs were shelled overnight, officials said.");
        assertEquals(Modality.FACT, eventOf(a, "captured").modality(), eventOf(a, "captured").reason());
        assertEquals(Modality.CLAIM, eventOf(a, "evacuate").modality(), eventOf(a, "evacuate").reason());
        assertEquals(Modality.CLAIM, eventOf(a, "shelled").modality(), "an attribution after: " + eventOf(a, "shelled").reason());
    }

    @Test
    void aDatelineIsNotTheSubjectOfTheClauseBefore() {
        Analysis a = analyse("RAQQA, Syria — Kurdish militiamen advanced into the stadium on Tuesday, but were forced to"
                + " withdraw the following day, two officers said.");
        EventMention withdraw = eventOf(a, "withdraw");
        assertNotEquals("Syria", withdraw.actor() == null ? null : withdraw.actor().name(), withdraw.reason());
    }

    @Test
    void theMilitantsJustNamedAreThatGroup() {
        Analysis a = analyse("Syrian tanks crashed through al Nusra's defenses in Idlib and forced the jihadists to"
                + " retreat.\n\nIn Homs, officials said the terrorists would be crushed.");
        EventMention retreat = eventOf(a, "retreat");
        assertEquals("Jabhat al-Nusra", retreat.actor() == null ? null : retreat.actor().name(), retreat.reason());
        EventMention crushed = eventOf(a, "crushed");
        assertEquals("Militants", crushed.target() == null ? null : crushed.target().name(),
                "no group named close before: " + crushed.reason());
    }

    @Test
    void theyIsTheSideLastNamedUnlessCiviliansOrAQuoteCameBetween() {
        Analysis a = analyse("Local papers said defeats at the hands of the army left the besieged jihadist militants"
                + " desperate.\nThey fired mortars on the hospital in Deir ez-Zor.\n"
                + "Rebels entered Saraqib and residents fled. They shelled the market.\n"
                + "Hezbollah fighters dug in near Qusayr.\n\"They are killing every man who stays,\" a farmer said.");
        EventMention fired = eventOf(a, "fired mortars");
        assertEquals("Militants", fired.actor() == null ? null : fired.actor().name(), fired.reason());
        EventMention shelled = eventOf(a, "shelled");
        assertNull(shelled.actor(), "residents were named after the rebels: " + shelled.reason());
        EventMention burned = eventOf(a, "killing");
        assertNull(burned.actor(), "the farmer's 'they' is his own: " + burned.reason());
    }

    @Test
    void aLongSecondObjectStaysInItsClauseAndTheDeploymentGoesWhereItSends() {
        Analysis a = analyse("Russian special forces arrived in Salamiyah on Monday, and started transporting attack"
                + " helicopters, and artillery pieces to Hama in preparation of the coming assault in Raqqa.");
        EventMention transport = eventOf(a, "transporting attack helicopters");
        assertEquals("Hama", transport.location() == null ? null : transport.location().name(), transport.reason());
        assertNotNull(transport.actor(), "the subject of the clause before: " + transport.reason());
    }

    @Test
    void whoeverReportsTheDeadIsNeitherKillerNorKilledAndAnUntaggedTownIsThePlace() {
        Analysis a = analyse("Syrian and Russian jets struck Idlib province on Monday. The White Helmets said 12 civilians"
                + " were killed in Binnish.");
        EventMention killed = eventOf(a, "killed");
        assertEquals("Civilians", killed.target() == null ? null : killed.target().name(), killed.reason());
        assertEquals("Binnish", killed.location() == null ? null : killed.location().name(), killed.reason());
    }

    @Test
    void aStruckFacilityIsThePlaceNotTheTownItLiesNear() {
        Analysis a = analyse("Israeli jets struck the Shayrat airbase near Homs on Tuesday, a monitor said.");
        EventMention struck = eventOf(a, "struck");
        assertEquals("Shayrat Airbase", struck.location() == null ? null : struck.location().name(), struck.reason());
    }

    @Test
    void aMediatorOrSomeoneLeftOutIsNoPartyToTheTalks() {
        Analysis a = analyse("The advance came as United Nations-mediated peace talks in Geneva stalled.\n\n"
                + "The rivals sat at one table, without Washington, and agreed on who should police the truce.");
        EventMention talks = eventOf(a, "peace talks");
        assertNull(talks.actor(), "the mediator is no party: " + talks.reason());
        EventMention truce = eventOf(a, "truce");
        assertTrue(truce.actor() == null || !truce.actor().name().contains("United States"), truce.reason());
    }

    @Test
    void aCommaSpliceWithItsOwnTimeAndSubjectIsAnotherClause() {
        Analysis a = analyse("Raqqa was quiet on Monday. Traders in Raqqa reopened their shops.\n\n"
                + "The brigade supposedly withdrew in 2014, two years later they still find ways into Manbij.");
        EventMention withdrew = eventOf(a, "withdrew");
        assertNotEquals("Manbij", withdrew.location() == null ? null : withdrew.location().name(), withdrew.reason());
    }

    @Test
    void theMainClauseResumesAfterARelativeClauseAndItsSubjectActs() {
        Analysis a = analyse("Hezbollah fighters who stormed a Raqqa school believed to be used as an Islamic State depot"
                + " were forced to withdraw from the building on Monday.");
        EventMention withdraw = eventOf(a, "withdraw");
        assertNotEquals("Islamic State", withdraw.actor() == null ? null : withdraw.actor().name(), withdraw.reason());
        assertEquals("Hezbollah", withdraw.actor() == null ? null : withdraw.actor().name(), withdraw.reason());
        assertEquals(org.newslens.core.model.SourceType.AUTHOR, a.get(Layers.CLAIMS).get(0).sourceType(),
                "\"a school believed to be used as\" is nobody's belief");
    }

    @Test
    void anOutletThatReportsIsNoActorOfTheEventsItTellsOf() {
        Analysis a = analyse("Erdogan in his interview with Al Jazeera described the negotiations on Idlib as slow.");
        EventMention talks = eventOf(a, "negotiations");
        assertNull(talks.actor(), talks.reason());
    }

    @Test
    void thePluralOfANationalityIsItsStateAndANationalityBeforeAPlaceIsNone() {
        Analysis a = analyse("The Russians started preparations by sending special forces to Hama on Monday.\n\n"
                + "Observers asked whether the Turks would decide to seal the border with Iraq, or the Iranians would decide to"
                + " send troops to Deir ez-Zor.");
        EventMention sending = eventOf(a, "sending special forces");
        assertEquals("Russian government", sending.actor() == null ? null : sending.actor().name(), sending.reason());
        EventMention send = eventOf(a, "send troops");
        assertEquals("Iranian government", send.actor() == null ? null : send.actor().name(),
                "a clause after \", or\" has its own subject: " + send.reason());
        EventMention shelled = eventOf(analyse("Turkish guns shelled the Syrian border on Tuesday."), "shelled");
        assertNull(shelled.target(), "a border is not the state: " + shelled.reason());
    }

    @Test
    void aCountryThatIsTakenIsWhereTheTakingHappens() {
        Analysis a = analyse("Homs and Hama were calm on Monday, and traders in Homs reopened.\n"
                + "The struggle to liberate Lebanon is far from over.");
        EventMention liberate = eventOf(a, "liberate");
        assertEquals("Lebanon", liberate.location() == null ? null : liberate.location().name(), liberate.reason());
        EventMention bombed = eventOf(analyse("Rebels left the town of Manbij last week, right after Washington bombed"
                + " Jordan again."), "bombed");
        assertEquals("Jordan", bombed.location() == null ? null : bombed.location().name(),
                "the country bombed, not the town named before: " + bombed.reason());
        EventMention attacked = eventOf(analyse("Havana was hot that week.\n\nCuban agents attacked U.S. diplomats with"
                + " a device."), "attacked");
        assertEquals("Havana", attacked.location() == null ? null : attacked.location().name(),
                "\"U.S. diplomats\" are not the US: " + attacked.reason());
    }

    @Test
    void understandingsArrivalsAndShipmentsAreEventsAndAnOffensiveWeaponIsNot() {
        Analysis a = analyse("Ankara and Moscow have come to an understanding on Idlib.\n\n"
                + "Some 400 Iranian forces arrived in Palmyra and started moving offensive helicopters to the T-4 airbase.\n\n"
                + "Ammunition was shipped from Batumi into northern Iraq.");
        assertEquals(EventType.AGREEMENT, eventOf(a, "come to an understanding").type());
        EventMention arrived = eventOf(a, "forces arrived");
        assertEquals(EventType.DEPLOYMENT, arrived.type());
        assertEquals("Palmyra", arrived.location() == null ? null : arrived.location().name(), arrived.reason());
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.text().equals("offensive")), "an offensive helicopter");
        EventMention shipped = eventOf(a, "Ammunition was shipped");
        assertEquals(EventType.ARMS_TRANSFER, shipped.type());
        assertEquals("Iraq", shipped.location() == null ? null : shipped.location().geo().place(),
                "where the arms go, not the ports they left: " + shipped.reason());
    }

    @Test
    void theSoldiersAreTheStateForcesNamedBeforeNotTheGroupTheyFight() {
        Analysis a = analyse("Iraqi troops pushed into the Zuhur district of Mosul to crush Islamic State fighters.\n"
                + "The soldiers seized the district's school on Tuesday.");
        EventMention seized = eventOf(a, "seized");
        assertEquals("Iraqi Security Forces", seized.actor() == null ? null : seized.actor().name(), seized.reason());
    }

    @Test
    void commonWordingsOfProtestsWithdrawalsDeploymentsShipmentsAndFightingAreFound() {
        Analysis a = analyse("Students in Basra were protesting the power cuts.\n\nIn 2011, the president removed the remaining"
                + " combat troops from Iraq.\n\nThe group has sent its militia to Aleppo.\n\nSyria served as a transit point"
                + " for shipments of guided rockets to Lebanon.\n\nThe army vowed to repel any incursion.\n\n"
                + "The coalition continues to drive ISIS from its bases in Syria.");
        assertEquals(EventType.PROTEST, eventOf(a, "protesting").type());
        EventMention removed = eventOf(a, "removed the remaining combat troops");
        assertEquals(EventType.WITHDRAWAL, removed.type());
        assertEquals("Iraq", removed.location() == null ? null : removed.location().name(),
                "the country left is where the withdrawal happens: " + removed.reason());
        assertEquals(EventType.DEPLOYMENT, eventOf(a, "sent its militia").type());
        assertEquals(EventType.ARMS_TRANSFER, eventOf(a, "shipments of guided rockets").type());
        assertEquals(EventType.BATTLE, eventOf(a, "repel").type());
        assertEquals(EventType.TERRITORY_CAPTURED, eventOf(a, "drive ISIS from").type());
    }

    @Test
    void thisLastPocketIsThePlaceTheSentenceBeforeNamed() {
        Analysis a = analyse("On Monday the militants of the besieged town of Madaya agreed to evacuate to Idlib.\n"
                + "With this last pocket cleared, all of Rif Dimashq will be free.");
        EventMention cleared = eventOf(a, "cleared");
        assertEquals("Madaya", cleared.location() == null ? null : cleared.location().name(), cleared.reason());
    }

    @Test
    void aThatClauseOpenedByAnAuxiliaryTakesTheNounBeforeThatAsItsSubject() {
        Analysis a = analyse("Russian support has brought Bashar al-Assad closer to victory than at any point since the"
                + " start of a war that has killed hundreds of thousands of people.\n\nIt was the Syrian army that"
                + " had captured the town of Nubl.");
        EventMention killed = eventOf(a, "killed");
        assertNull(killed.actor(), "the war killed, not Assad: " + killed.reason());
        EventMention captured = eventOf(a, "captured");
        assertEquals("Syrian Arab Army", captured.actor() == null ? null : captured.actor().name(), captured.reason());
    }

    @Test
    void whoeverDealsADefeatAtTheHandsOfIsItsActor() {
        Analysis a = analyse("Rebel factions suffered repeated defeats at the hands of Hezbollah near Qusayr.");
        EventMention e = eventOf(a, "defeats");
        assertEquals("Hezbollah", e.actor() == null ? null : e.actor().name(), e.reason());
    }

    @Test
    void aRelativeClausesSubjectBeforeItDoesNotBreakANounTriggerInsideIt() {
        // "who evaded police during the raid": the subject stands before the clause (an index out of range once).
        Analysis a = analyse("A police spokesman gave Reuters the names of the men who evaded officers during the"
                + " raid in Homs.");
        assertNotNull(eventOf(a, "raid"));
    }

    @Test
    void aNationalityBeforeANounTriggerIsTheActorAndAircraftMakeItAnAirStrike() {
        Analysis a = analyse("Russian air strikes hit rebel positions near Idlib on Tuesday, activists said.");
        EventMention e = eventOf(a, "air strikes");
        assertEquals(EventType.AIR_STRIKE, e.type());
        assertEquals("Russian Armed Forces", e.actor().name());
        assertEquals("Idlib", e.location().name());
        assertEquals(Modality.CLAIM, e.modality(), "attributed to activists: " + e.reason());
    }

    @Test
    void aProgressiveIsActiveAndAParticipleClauseKeepsTheSubjectOfTheClauseBefore() {
        Analysis a = analyse("Syrian and allied troops are pushing into Aleppo steadily, recapturing one district"
                + " after another.\n\nSeveral rebel factions are negotiating with officials in Homs.");
        EventMention push = eventOf(a, "pushing into");
        assertEquals("Syrian Arab Army", push.actor().name(), "\"are pushing\" is not a passive: " + push.reason());
        assertNull(push.target());
        EventMention recapture = eventOf(a, "recapturing");
        assertEquals("Syrian Arab Army", recapture.actor() == null ? null : recapture.actor().name(), recapture.reason());
        EventMention talks = eventOf(a, "negotiating");
        assertEquals("Rebels", talks.actor() == null ? null : talks.actor().name(), talks.reason());
    }

    @Test
    void anotherActsPlaceIsNotTheEventsAndThemIsWhoTheClauseBeforeNamed() {
        Analysis a = analyse("Hezbollah fighters retook the town of Qusayr on Monday, a year after Islamic State"
                + " militants drove them out in an offensive praised and celebrated in Raqqa with a parade.");
        EventMention out = eventOf(a, "drove them out");
        assertEquals("Islamic State", out.actor().name());
        assertEquals("Hezbollah", out.target() == null ? null : out.target().name(), out.reason());
        assertTrue(out.location() == null || !"Raqqa".equals(out.location().name()), "celebrated in Raqqa: " + out.reason());
        EventMention offensive = eventOf(a, "offensive");
        assertEquals("Islamic State", offensive.actor() == null ? null : offensive.actor().name(), offensive.reason());
    }

    @Test
    void inTextWithALinePerParagraphAPlaceIsNotCarriedFarAndACountryThatActsIsNoPlace() {
        Analysis a = analyse("A title\n\nRebels shelled the outskirts of Hama on Monday.\n"
                + "The U.S. was unhappy.\nThe U.S. said nothing more, and the U.S. ambassador was silent.\n"
                + "Life in Syria is hard, and prices in Syria are rising.\n"
                + "Elsewhere, an offensive began.\n");
        EventMention offensive = eventOf(a, "offensive");
        assertEquals("Syria", offensive.location() == null ? null : offensive.location().name(),
                "Hama is five lines back; the U.S. acts but is no place here: " + offensive.reason());
    }

    @Test
    void aBackerInAModifierAnOpeningClauseAndAPronounDoNotHideTheActor() {
        Analysis a = analyse("The U.S.-backed Syrian Democratic Forces captured Tabqa on Monday.\n\n"
                + "As their American allies watched, Hezbollah fighters were driven out of Qusayr.\n\n"
                + "While Israel stayed out of the war, it has bombed convoys inside Syria.");
        assertEquals("Syrian Democratic Forces", eventOf(a, "captured").actor().name());
        EventMention out = eventOf(a, "driven out");
        assertEquals("Hezbollah", out.target() == null ? null : out.target().name(), out.reason());
        EventMention bombed = eventOf(a, "bombed");
        assertEquals("Israel", bombed.actor() == null ? null : bombed.actor().name(), bombed.reason());
    }

    @Test
    void thePassiveAgentAfterByIsTheActorAndTheSubjectTheTarget() {
        Analysis a = analyse("Dozens of civilians were killed by Islamic State fighters in Deir ez-Zor on Sunday.");
        EventMention e = eventOf(a, "killed");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, e.type());
        assertEquals("Islamic State", e.actor().name());
        assertEquals("Civilians", e.target().name());
    }

    @Test
    void negationPredictionAndConditionAreTold() {
        Analysis a = analyse("The army did not withdraw from Palmyra.\n\n"
                + "Officials said the remaining fighters will be evacuated to Idlib next week.\n\n"
                + "If the talks fail, the government could storm the valley.");
        assertEquals(Modality.NEGATED, eventOf(a, "withdraw").modality());
        EventMention evacuation = eventOf(a, "evacuated");
        assertEquals(Modality.PREDICTION, evacuation.modality());
        assertTrue(evacuation.location() == null || !"Idlib".equals(evacuation.location().name()),
                "where they go is not where the evacuation happens: " + evacuation.location());
        assertEquals(Modality.HYPOTHETICAL, eventOf(a, "storm").modality());
    }

    @Test
    void forcesDeployedBySomeoneAreSentByThemAndNeverTheTarget() {
        Analysis a = analyse("Jordanian troops reached the Syrian frontier at dawn, deployed by King Abdullah after the raids.\n\n"
                + "Later, 600 Jordanian troops were deployed to Ramtha.");
        EventMention byTheKing = eventOf(a, "deployed");
        assertTrue(byTheKing.actor() != null && byTheKing.actor().name().contains("Abdullah"),
                "the one after \"by\" sends them: " + byTheKing.reason());
        assertNull(byTheKing.target(), byTheKing.reason());
        EventMention sent = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("deployed") && e != byTheKing)
                .findFirst().orElseThrow();
        assertNull(sent.target(), "the troops sent are no target: " + sent.reason());
    }

    @Test
    void aircraftShotDownAndStrikesByJetsNamedInTheSentenceBeforeAreFoundButFiguresOfSpeechAreNot() {
        Analysis a = analyse("A drone crossed into Jordanian airspace and was shot down by a helicopter.\n"
                + "The air force then sent F-16s to strike the airfield it came from.\n"
                + "A dozen bases and radar positions were struck.\n\n"
                + "A solar flare is expected to strike Earth tonight, and the report shoots down her claims.");
        assertEquals(EventType.BATTLE, eventOf(a, "shot down").type());
        assertEquals(EventType.AIR_STRIKE, eventOf(a, "strike").type());
        assertEquals(EventType.AIR_STRIKE, eventOf(a, "struck").type(), "the jets of the sentence before struck them");
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.sentence().of(a.article().text()).contains("solar flare")),
                a.get(Layers.EVENTS).toString());
    }

    @Test
    void territoryTakenFromAGroupAPurposeAndAPlaceAttackedOrThreatened() {
        Analysis a = analyse("To recapture oil fields, Syrian troops crossed the Euphrates into territory taken from ISIS by"
                + " the Kurds.\n\n"
                + "In northern Syria, Turkey has sent its Syrian allies to attack Afrin and Erdogan has threatened Manbij.");
        EventMention taken = eventOf(a, "taken from");
        assertEquals(EventType.TERRITORY_CAPTURED, taken.type());
        assertEquals(Modality.PREDICTION, eventOf(a, "recapture").modality(), "a purpose, not a deed");
        assertEquals("Afrin", eventOf(a, "attack").location().name());
        assertEquals("Afrin", eventOf(a, "sent its Syrian allies").location().name());
        assertEquals("Manbij", eventOf(a, "threatened").location().name());
    }

    @Test
    void aConditionCutOffAsItsClauseStillMakesTheEventHypothetical() {
        Analysis a = analyse("The ministry has sent 2,000 soldiers to the frontier.\n\n"
                + "And if 9,000 more soldiers are deployed to the frontier, they will outnumber the garrison.");
        assertEquals(Modality.HYPOTHETICAL, eventOf(a, "deployed").modality());
    }

    @Test
    void whatASentenceAboutTheTalksTellsHappensWhereTheTalksAre() {
        Analysis a = analyse("Envoys met for peace talks in Vienna on Monday.\n\nArmy units shelled Idlib and Saraqib on"
                + " Tuesday. Idlib was quiet later.\n\n(AFP) The mediator then announced a pause in the stillborn"
                + " negotiations on Wednesday.");
        EventMention announced = eventOf(a, "announced");
        assertEquals("Vienna", announced.location().name(), announced.reason());
        assertEquals("Vienna", eventOf(a, "negotiations").location().name());
        assertEquals("Idlib", eventOf(a, "shelled").location().name());
    }

    @Test
    void aClauseOpensAtCitingAndJustAsAndADeploymentGoesWhereItIsSent() {
        Analysis a = analyse("Rebels still hold much of Idlib.\n\nAccording to one analyst, citing sources in Beirut, just as the army's southern Idlib offensive was"
                + " reaching its peak, the offensive was ordered to halt and the elite units to be redeployed to Daraa.");
        List<EventMention> offensives = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("offensive")).toList();
        assertEquals(2, offensives.size(), offensives.toString());
        assertEquals("Idlib", offensives.get(1).location().name(), offensives.get(1).reason());
        EventMention redeployed = eventOf(a, "redeployed");
        assertEquals("Daraa", redeployed.location().name(), redeployed.reason());
    }

    @Test
    void drivenFromIsACaptureAndAParticipleWithoutHaveIsPassive() {
        Analysis a = analyse("The last two weeks have seen rebels driven from Syria’s largest city.\n\n"
                + "Thousands of families were driven from their homes.");
        List<EventMention> driven = a.get(Layers.EVENTS).stream().filter(e -> e.text().startsWith("driven")).toList();
        assertEquals(1, driven.size(), "fleeing one's home is no capture: " + driven);
        EventMention capture = driven.get(0);
        assertEquals(EventType.TERRITORY_CAPTURED, capture.type());
        assertNull(capture.actor(), "the rebels are driven out, they do not drive: " + capture.reason());
        assertEquals("Rebels", capture.target().name());
        assertEquals("Aleppo", capture.location().name());
    }

    @Test
    void aDateFarAwayInAnotherClauseOfALongSentenceDoesNotDateTheEvent() {
        Analysis a = analyse("Only 48 groups have agreed to negotiate with the Russian officers in Hama, and it is still"
                + " unclear how many belligerents inside these groups will respect any of it, given that the sponsors of"
                + " the talks deliberately stopped implementing the communique that the envoys had written together,"
                + " excepting that one time when one of its branches was bombed in July of 2015 in Sarmada.");
        EventMention negotiate = eventOf(a, "negotiate");
        assertNotEquals("stated", negotiate.date().basis(), negotiate.reason());
        assertEquals("2015-07", eventOf(a, "bombed").date().value());
        EventMention driven = eventOf(analyse("Rebels were driven from most of Aleppo, the eastern section of which they"
                + " have controlled since 2012."), "driven from");
        assertNotEquals("2012", driven.date() == null ? null : driven.date().value(), "since 2012 is when control began");
    }

    @Test
    void aPlaceTheSentenceOpensWithAsItsCaseIsWhereItsEventHappens() {
        Analysis a = analyse("Fighting goes on in Aleppo and around Aleppo.\n\n"
                + "Take Iraq for example, Washington supposedly withdrew in 2011.");
        EventMention withdrew = eventOf(a, "withdrew");
        assertEquals("Iraq", withdrew.location().name(), withdrew.reason());
    }

    @Test
    void aParticipleAfterAPassiveWithByIsTheAgentsAct() {
        Analysis a = analyse("Liwa Thuwar al-Raqqa’s positions and bases were taken over by Al-Nusra in Idlib, late last"
                + " year, expelling many of their members to Antakya.");
        EventMention expelling = eventOf(a, "expelling");
        assertEquals("Jabhat al-Nusra", expelling.actor().name(), expelling.reason());
    }

    @Test
    void anInfinitiveClauseHasNoSubjectOfItsOwn() {
        Analysis a = analyse("Washington wants to bleed Russia and Hezbollah, and to contain ISIS, not to eliminate them.\n\n"
                + "To deal with the threat the US has deployed 5,200 troops to Texas.");
        EventMention eliminate = eventOf(a, "eliminate");
        assertTrue(eliminate.actor() == null || !eliminate.actor().name().equals("Islamic State"), eliminate.reason());
        assertEquals("United States", eventOf(a, "deployed").actor().name(), "a purpose that opens the sentence");
    }

    @Test
    void anEventInsideACountryIsPlacedInTheCountryNotInTheArticlesTown() {
        Analysis a = analyse("Aleppo was quiet on Monday. Aleppo's markets reopened.\n\n"
                + "Israel has bombed weapons convoys inside Syria for years.");
        EventMention e = eventOf(a, "bombed");
        assertEquals("Syria", e.location().name());
        assertEquals("stated", e.location().basis());
    }

    @Test
    void anOffensiveInNorthernSyriaIsThereAndPartsOfTheCountryStillMakeItTheArticlesPlace() {
        Analysis a = analyse("Russian jets backed an offensive in northern Syria. Rebels fled to southern Syria and"
                + " eastern Syria. Douma was quiet. Douma's markets reopened. Life in Syria was hard.\n\nDiplomats said a ceasefire was close.");
        EventMention offensive = eventOf(a, "offensive");
        assertEquals("Northern Syria", offensive.location().name());
        assertTrue(offensive.location().geo().lat() > 35.7, offensive.location().geo().toString());
        EventMention ceasefire = eventOf(a, "ceasefire");
        assertEquals("Syria", ceasefire.location().name(), "Syria and three parts of it outweigh two mentions of Douma: "
                + ceasefire.reason());
        assertEquals("article", ceasefire.location().basis());
    }

    @Test
    void whoIsForcedToActIsTheActorAndABracketedDatelineIsNot() {
        Analysis a = analyse("The army shelled their positions and forced the rebels to retreat from Rastan.\n\n"
                + "(Reuters) Staffan de Mistura announced a pause in the talks.");
        assertEquals("Rebels", eventOf(a, "retreat").actor().name());
        assertEquals("Staffan de Mistura", eventOf(a, "announced").actor().name());
    }

    @Test
    void aParticipleDescribingANounIsNotAnEvent() {
        Analysis a = analyse("Residents of the besieged neighbourhoods queued for bread.");
        assertTrue(a.get(Layers.EVENTS).isEmpty(), "no event: " + a.get(Layers.EVENTS));
    }

    @Test
    void anEventWithoutAPlaceTakesThePlaceOfTheParagraphsEarlierEventAndSaysSo() {
        Analysis a = analyse("Government forces shelled Douma on Monday. A ceasefire was announced hours later.");
        EventMention ceasefire = eventOf(a, "ceasefire");
        assertEquals("Douma", ceasefire.location().name());
        assertEquals("previous", ceasefire.location().basis());
        assertNull(ceasefire.location().span());
    }

    @Test
    void protestsCrushedAreAnAttackOnCiviliansAndThreatsTweetedAStatement() {
        Analysis a = analyse("The president spoke of the recent protests in Iran, crushed with extreme ruthlessness by"
                + " the Revolutionary Guards.\n\n"
                + "“When the people of Iran rose up against a corrupt dictatorship, I did not stay silent,” he said.\n\n"
                + "Soon the president began tweeting threats to Tehran.\n\n"
                + "The author of the exposé “The Long Retreat: America’s Battle Over Saigon” disagreed.\n");
        EventMention crushed = eventOf(a, "crushed");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, crushed.type());
        assertEquals("Islamic Revolutionary Guard Corps", crushed.actor() == null ? null : crushed.actor().name(),
                crushed.toString());
        assertEquals(EventType.PROTEST, eventOf(a, "rose up").type());
        assertEquals(EventType.STATEMENT, eventOf(a, "tweeting threats").type());
        Analysis boats = analyse("The Revolutionary Guards seized two patrol boats and their crews near Farsi Island"
                + " on Tuesday.\n");
        assertEquals(EventType.ARREST, eventOf(boats, "seized two patrol boats and their crews").type());
        // A book's title tells no battle.
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.text().equals("Battle")),
                a.get(Layers.EVENTS).stream().map(EventMention::text).toList().toString());
    }

    @Test
    void anAttackDeniedAfterItsNameIsNegatedAndOneAnnouncedIsAClaim() {
        Analysis a = analyse("When the government announced that its ships had been the victim of an unprovoked attack,"
                + " the press repeated it.\n\n"
                + "Years later the minister admitted that the August 4 attack never happened.\n\n"
                + "The general claimed that the second attack had been imaginary.\n");
        assertEquals(Modality.CLAIM, eventOf(a, "attack").modality(), eventOf(a, "attack").toString());
        List<EventMention> attacks = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("attack")).toList();
        assertEquals(3, attacks.size(), attacks.toString());
        assertEquals(Modality.NEGATED, attacks.get(1).modality(), attacks.get(1).toString());
        assertEquals(Modality.NEGATED, attacks.get(2).modality(), attacks.get(2).toString());
    }

    @Test
    void aFacilityNamedOnceIsNotTheArticlesPlace() {
        Analysis a = analyse("Inspectors still work in Iran.\n\nThe Arak reactor was redesigned.\n\n"
                + "Kerry negotiated the deal for two years.\n");
        EventMention talks = eventOf(a, "negotiated");
        assertEquals("Iran", talks.location().name(), talks.toString());
        assertEquals("article", talks.location().basis());
    }

    @Test
    void eventsSurviveTheJsonContract() throws Exception {
        Analysis a = analyse("Turkish troops deployed to Afrin on Saturday, the ministry said.");
        String json = new AnalysisJson().write(a);
        assertTrue(json.contains("\"events\""), json);
        Analysis back = new AnalysisJson().read(json);
        assertEquals(a.get(Layers.EVENTS), back.get(Layers.EVENTS));
    }

    @Test
    void streetAttacksOnPeopleAreAttacksOnCiviliansAtTheTownTheLinesBeforeNamed() {
        Analysis a = analyse("A man stabbed four people at a station near Munich on Friday.\n"
                + "Witnesses said he shouted at them.\n"
                + "Officials concluded that the attack had nothing to do with politics.\n"
                + "And in Russia.\n"
                + "A nanny beheaded a girl in the street.\n"
                + "In May, Malek stabbed three people in The Hague.\n"
                + "On the loose, Malek cut a man's throat.\n"
                + "Passers-by saw everything.\n"
                + "He also stabbed two others.\n"
                + "An old man was attacked by a teenager outside a bakery in Paris.\n"
                + "Prosecutors reopened the murder of a doctor in Paris.\n");
        EventMention munich = eventOf(a, "stabbed");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, munich.type());
        EventMention theAttack = eventOf(a, "attack");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, theAttack.type(), "the same attack again");
        assertEquals("Munich", theAttack.location().name(), theAttack.reason());
        EventMention beheaded = eventOf(a, "beheaded");
        assertEquals("Russia", beheaded.location().name(), "the line that only names a place sets the scene");
        EventMention hague = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("stabbed")).toList().get(1);
        assertEquals(Modality.FACT, hague.modality(), "\"In May\" is the month: " + hague.reason());
        EventMention others = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("stabbed")).toList().get(2);
        assertEquals("The Hague", others.location().name(), others.reason());
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "attacked").type());
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "murder of").type());
    }

    @Test
    void summitsCommuniquesTroopCutsAndInvasions() {
        Analysis a = analyse("Trump met Kim at the Singapore summit on Tuesday.\n"
                + "The final communiqué was signed by both leaders.\n"
                + "Trump may consider cutting the number of US troops in South Korea.\n"
                + "Analysts said a US invasion of North Korea would cost 250,000 lives.\n"
                + "Critics decried the migrant invasion of Europe.\n");
        EventMention summit = eventOf(a, "summit");
        assertEquals(EventType.NEGOTIATION, summit.type());
        assertTrue(summit.actor() == null || !"Singapore".equals(summit.actor().name()), "the venue is no side");
        assertEquals("Singapore", summit.location().name(), summit.reason());
        assertEquals(EventType.AGREEMENT, eventOf(a, "final communiqué").type());
        assertEquals(EventType.WITHDRAWAL, eventOf(a, "cutting the number of US troops").type());
        EventMention invasion = eventOf(a, "invasion");
        assertEquals(EventType.BATTLE, invasion.type());
        assertEquals("North Korea", invasion.location().name());
        assertEquals(1, a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("invasion")).count(),
                "a \"migrant invasion\" is rhetoric, no battle");
    }

    @Test
    void shootingsAndTheAttackToldAgainAreTheAttackOnCiviliansWithItsDay() {
        Analysis a = analyse("The February 12 massacre in Orlando left 20 people dead.\n"
                + "Witnesses told reporters how they hid in the dark for hours, how the music kept playing, how friends "
                + "carried the wounded out through a side door, and how long it took for ambulances to arrive. Volunteers "
                + "queued for hours to give blood, businesses closed their doors, and schools held vigils in the evening "
                + "for the victims and their families. Donations came from all over the country within days.\n"
                + "Many questions have been asked since the attack, and the city is still in mourning.\n"
                + "Survivors of the Orlando shooting spoke to reporters.\n"
                + "It was the worst mass shooting in the state.\n");
        EventMention massacre = eventOf(a, "massacre");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, massacre.type());
        assertEquals("Civilians", massacre.target().name(), "violence against civilians targets civilians");
        EventMention attack = eventOf(a, "attack");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, attack.type(), "the attack told paragraphs before: " + attack.reason());
        assertEquals("2017-02-12", attack.date().value(), attack.reason());
        EventMention shooting = eventOf(a, "shooting");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, shooting.type());
        assertEquals("2017-02-12", shooting.date().value(), shooting.reason());
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "mass shooting").type());
    }

    @Test
    void threatsToSendTheMilitaryAreDeploymentsButMigrantsPushingAndRhetoricAreNone() {
        Analysis a = analyse("President Donald Trump threatened to send the military to the border.\n"
                + "\"I will call up the National Guard and close the border!\" Trump wrote on Twitter.\n"
                + "Mexico has sent 500 additional federal police to its southern border.\n"
                + "Not only did Trump threaten to cut aid, he also blamed Democrats.\n"
                + "The migrants keep coming, and Trump does nothing but arrest them.\n"
                + "The caravan of migrants seemed intent on pushing towards the border.\n"
                + "The assault on our country at our southern border must stop.\n"
                + "Trump may back out of his new trade deal, which favours Mexico.\n"
                + "\"There are shooters on the runway,\" the dispatcher declared.\n"
                + "\"A woman screamed that I should be killed,\" Douglas Haig told reporters.\n");
        EventMention send = eventOf(a, "send the military");
        assertEquals(EventType.DEPLOYMENT, send.type());
        assertEquals(Modality.PREDICTION, send.modality());
        EventMention callUp = eventOf(a, "call up the National Guard");
        assertEquals(EventType.DEPLOYMENT, callUp.type());
        assertEquals("Donald Trump", callUp.actor().name(), "\"I\" in his quote: " + callUp.reason());
        assertEquals(EventType.DEPLOYMENT, eventOf(a, "sent 500 additional federal police").type());
        assertEquals(Modality.FACT, eventOf(a, "threaten").modality(), "\"not only\" affirms");
        EventMention arrest = eventOf(a, "arrest");
        assertTrue(arrest.target() == null || !"Donald Trump".equals(arrest.target().name()), "one man is never \"them\"");
        List<String> triggers = a.get(Layers.EVENTS).stream().map(EventMention::text).toList();
        assertFalse(triggers.contains("pushing towards"), "migrants push towards no front: " + triggers);
        assertFalse(triggers.contains("assault"), "an assault on \"our country\" is rhetoric: " + triggers);
        assertFalse(triggers.contains("deal"), "a trade deal is no conflict agreement: " + triggers);
        assertFalse(triggers.contains("declared"), "a frame of a dispatcher's words: " + triggers);
        EventMention killed = eventOf(a, "killed");
        assertTrue(killed.actor() == null || !"Douglas Haig".equals(killed.actor().name()), "he would suffer it");
    }

    @Test
    void terroristAttacksAreAttacksOnCiviliansAndTheAttacksToldAgainAreThem() {
        Analysis a = analyse("Officials in Tehran admitted they had helped the hijackers before the 9/11 terrorist attacks.\n"
                + "The remarks were broadcast on state television and then translated into English by a Gulf channel, which "
                + "published them on its website with a long commentary and an interview with a former intelligence "
                + "officer who had worked on the case for many years and who had written two books on the subject.\n"
                + "A commission was set up to investigate the attacks.\n");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "attacks").type());
        assertEquals("2001-09-11", eventOf(a, "attacks").date().value(), "\"9/11\" is the day: " + eventOf(a, "attacks").reason());
        Analysis b = analyse("The board met on 9/11/2016 and again on 9/12.\n");
        assertTrue(b.get(Layers.DATES).stream().noneMatch(d -> "2001-09-11".equals(d.value())), "a full date is its own");
        EventMention again = a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("attacks")).toList().get(1);
        assertEquals(EventType.ATTACK_ON_CIVILIANS, again.type(), "\"the attacks\" told again: " + again.reason());
    }

    private static java.util.List<EventMention> eventsAt(Analysis analysis, String trigger) {
        return analysis.get(Layers.EVENTS).stream().filter(e -> e.text().equalsIgnoreCase(trigger)).toList();
    }

    @Test
    void aPersonKilledOrShotWithNoArmedSideAboutIsAnAttackOnCiviliansADiseaseOrAccidentKillsNoOne() {
        Analysis a = analyse("Maria Lopez was killed when she tried to stop a gang from entering a party in Leeds.\n"
                + "Later that night a woman was shot in a bar in Bradford.\n"
                + "The outbreak of plague has killed 40 people in the region.\n"
                + "A boy was killed in an accidental shooting at a school in Hull.\n");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "killed").type(), eventOf(a, "killed").reason());
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "shot").type(), eventOf(a, "shot").reason());
        assertEquals(2, a.get(Layers.EVENTS).size(), "a plague and an accident are no one's act: " + a.get(Layers.EVENTS));
        Analysis war = analyse("Rebels killed the commander of an army brigade near Hama on Monday.\n"
                + "On Tuesday police killed John Doe, the leader of a drugs gang, in Leeds.\n");
        assertEquals(EventType.BATTLE, eventOf(war, "killed").type(), "a commander killed by rebels is fighting");
        assertEquals(EventType.BATTLE, eventsAt(war, "killed").get(1).type(), "a gang leader killed by police is no civilian");
    }

    @Test
    void weaponsNamedForAnAssaultGoodsSeizedAPupilExpelledAndFiguresOfSpeechAreNoEvents() {
        Analysis a = analyse("The law does not ban assault-style weapons like the AR-15.\n"
                + "It increases the power of the police to seize or ban guns.\n"
                + "Expelled former student Adam Smith, 19, has been charged in the attack.\n"
                + "Under the mayor there has been an explosion of violent crime.\n"
                + "Two guards were treated for non life-threatening injuries.\n"
                + "Activists hope the law is a turning point in their battle with the gun lobby.\n");
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.type() != EventType.ATTACK_ON_CIVILIANS
                && e.type() != EventType.BATTLE || !e.text().equalsIgnoreCase("attack")), "" + a.get(Layers.EVENTS));
        Analysis war = analyse("Syrian troops and Hezbollah fighters pressed on with the battle for Aleppo.\n"
                + "Rebels said the battle would last for months.\n"
                + "The battle has lasted for weeks, a commander said.\n");
        assertEquals(3, eventsAt(war, "battle").size(), "in a war a battle is fought: " + war.get(Layers.EVENTS));
        assertEquals(1, eventsAt(analyse("Historians still write about the battle for Mosul.\n"), "battle").size(),
                "a battle named by its town is fought");
    }

    @Test
    void knifingsRemandsAndTheMurderAreEventsTheMurderRateIsNot() {
        Analysis a = analyse("A security guard and a young mother were knifed to death in London on Tuesday.\n"
                + "His son was remanded on firearms charges and remains a suspect in the murder.\n"
                + "Last year the murder rate in London rose by a tenth.\n");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "knifed").type());
        assertEquals(EventType.ARREST, eventOf(a, "remanded").type());
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "murder").type());
        assertEquals(3, a.get(Layers.EVENTS).size(), "the murder rate tells no event: " + a.get(Layers.EVENTS));
    }

    @Test
    void theOneChargedOverAnAttackIsItsActorAndARelativeClauseBelongsToTheNounBeforeIt() {
        Analysis a = analyse("Seventeen people were killed at a school in Lakeland, Florida.\n"
                + "Former student Adam Smith, 19, has been charged in the attack.\n"
                + "Officers of the British Transport Police tackled the man who stabbed three people in Manchester.\n");
        EventMention attack = eventOf(a, "attack");
        assertEquals("Adam Smith", attack.actor() == null ? null : attack.actor().name(), attack.reason());
        EventMention stabbing = eventOf(a, "stabbed");
        assertNull(stabbing.actor(), "the man who stabbed is not the police: " + stabbing.reason());
        Analysis apposition = analyse("Dan Hale, an Ohio man who sold ammunition to the gunman, was arrested on Friday.\n");
        EventMention arrest = eventOf(apposition, "arrested");
        assertEquals("Dan Hale", arrest.target() == null ? null : arrest.target().name(), arrest.reason());
    }

    @Test
    void aHedgeOnALaterPredicateOrInAnAsideLeavesTheEventAFact() {
        Analysis a = analyse("A man was stabbed in the street in Blackheath and was said to be critically ill in hospital.\n"
                + "He died at the scene after being attacked by up to ten men \u2014 including, allegedly, the son of a preacher.\n"
                + "Three soldiers were reportedly killed in Idlib.\n");
        assertEquals(org.newslens.core.model.Modality.FACT, eventOf(a, "stabbed").modality(), eventOf(a, "stabbed").reason());
        assertEquals(org.newslens.core.model.Modality.FACT, eventOf(a, "attacked").modality(), eventOf(a, "attacked").reason());
        assertEquals(org.newslens.core.model.Modality.CLAIM, eventOf(a, "killed").modality(), eventOf(a, "killed").reason());
    }

    @Test
    void thoseKilledArePassiveAndWhoseDaughterIsNotTheOneItNames() {
        Analysis a = analyse("Seventeen people were killed at a school in Parkland, Florida.\n"
                + "Ryan Petty, whose daughter was among those killed, hailed the vote.\n"
                + "Many students have lobbied for gun control since the Parkland shooting.\n");
        EventMention killed = eventsAt(a, "killed").get(1);
        assertNull(killed.actor(), killed.reason());
        assertTrue(killed.target() == null || !"Ryan Petty".equals(killed.target().name()), killed.reason());
        EventMention shooting = eventOf(a, "shooting");
        assertEquals("Parkland", shooting.location() == null ? null : shooting.location().name(), shooting.reason());
        assertEquals(2, a.get(Layers.ENTITIES).stream().filter(e -> e.name().equals("Parkland")).findFirst()
                .orElseThrow().mentions().size(), "a small town tagged once is found again where the recogniser missed it");
    }

    @Test
    void theAttackerNamedForAnAttackOnCiviliansAtAPlaceIsTheAttackerOfItsOtherMentionsThere() {
        Analysis a = analyse("Seventeen people were killed at a school in Lakeland, Florida.\n"
                + "Former student Adam Smith, 19, has been charged in the attack.\n"
                + "Many students have lobbied for gun control since the Lakeland shooting.\n");
        EventMention killed = eventOf(a, "killed");
        assertEquals("Adam Smith", killed.actor() == null ? null : killed.actor().name(), killed.reason());
        EventMention shooting = eventOf(a, "shooting");
        assertEquals("Adam Smith", shooting.actor() == null ? null : shooting.actor().name(), shooting.reason());
        Analysis two = analyse("A man was stabbed in Leeds on Monday. John Bell has been charged in the attack.\n"
                + "Another man was stabbed in Leeds on Tuesday. Tom Ward has been charged over the stabbing.\n"
                + "Police said the stabbings were not linked.\n");
        EventMention stabbings = eventOf(two, "stabbings");
        assertNull(stabbings.actor(), "two attackers named there: " + stabbings.reason());
    }

    @Test
    void aPersonNamedBeforeAShootingIsItsVictim() {
        Analysis a = analyse("Security guard Jesus Campos was hurt in the hotel on Sunday night.\n"
                + "Police said they were called to the Campos shooting in Las Vegas at 9.59pm.\n");
        EventMention shooting = eventOf(a, "shooting");
        assertNull(shooting.actor(), shooting.reason());
        assertEquals("Jesus Campos", shooting.target() == null ? null : shooting.target().name(), shooting.reason());
    }

    private static Analysis analyse(String text, LocalDate published) {
        return PIPELINE.analyze(new Article("t", "t.txt", null, "Jane Roe", "Test Wire", published, text, List.of(),
                List.of()));
    }

    @Test
    void aWellKnownPastEventNamedByTheArticleIsPlacedAndDatedByTheRecord() {
        Analysis a = analyse("Tehran has long denied any part in the 9/11 attacks, the minister told parliament.\n"
                + "Critics said the regime would never be trusted again.\n");
        EventMention attacks = eventOf(a, "attacks");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, attacks.type(), attacks.reason());
        assertEquals("New York City", attacks.location().name(), attacks.reason());
        assertEquals("2001-09-11", attacks.date().value(), attacks.reason());
        assertEquals("Al-Qaeda", attacks.actor() == null ? null : attacks.actor().name(), attacks.reason());
        assertEquals("known event", attacks.date().basis());

        EventMention pearl = eventOf(analyse("He compared the raid to the attack on Pearl Harbor in his speech.\n"),
                "attack");
        assertEquals("1941-12-07", pearl.date().value(), pearl.reason());
        assertEquals("Pearl Harbor", pearl.location().name(), pearl.reason());
        EventMention after = eventOf(analyse("Meddling drove a group of terrorists to carry out attacks against the United "
                + "States on 9/11.\n"), "attacks");
        assertEquals("New York City", after.location().name(), "the target between: " + after.reason());
    }

    @Test
    void theTextSayingWhoCarriedOutAKnownEventKeepsItsClaim() {
        Analysis a = analyse("The preacher claimed that Saudi Arabia carried out the 9/11 attacks.\n");
        EventMention attacks = eventOf(a, "attacks");
        assertEquals("2001-09-11", attacks.date().value(), attacks.reason());
        assertTrue(attacks.actor() != null && !"Al-Qaeda".equals(attacks.actor().name()), attacks.reason());
    }

    @Test
    void aTownNamedShootingIsTheKnownOneOnlyWithTheAndWhenTheArticleToldNoOtherThere() {
        LocalDate later = LocalDate.of(2018, 1, 5);
        EventMention known = eventOf(analyse("Survivors of the Las Vegas shooting sued the hotel.\n", later),
                "shooting");
        assertEquals("2017-10-01", known.date().value(), known.reason());
        assertEquals("Stephen Paddock", known.actor() == null ? null : known.actor().name(), known.reason());
        EventMention some = eventOf(analyse("Police are investigating a Las Vegas shooting that left two hurt.\n",
                later), "shooting");
        assertNotEquals("2017-10-01", some.date() == null ? null : some.date().value(), some.reason());
        EventMention before = eventOf(analyse("Survivors of the Las Vegas shooting sued the hotel.\n",
                LocalDate.of(2012, 5, 1)), "shooting");
        assertNotEquals("2017-10-01", before.date() == null ? null : before.date().value(),
                "an article of 2012 cannot name a shooting of 2017: " + before.reason());
    }

    @Test
    void anUndatedArticleTellingAKnownAttackAtItsTownOnItsDayGetsTheYear() {
        Analysis a = analyse("Gun law moves closer\n\nSeventeen people were killed at a school in Parkland, Florida, "
                + "on 14 February.\nA former student has been charged.\n", null);
        EventMention killed = eventOf(a, "killed");
        assertEquals("2018-02-14", killed.date() == null ? null : killed.date().value(), killed.reason());
        Analysis elsewhere = analyse("Gun law moves closer\n\nSeventeen people were killed at a school in Tampa, "
                + "Florida, on 14 February.\n", null);
        EventMention other = eventOf(elsewhere, "killed");
        assertNull(other.date(), "another town's killing on that day is not the known one: " + other.reason());
    }

    @Test
    void footageCapturedByACameraTakesNoGround() {
        Analysis a = analyse("New footage of the attack, captured by a private surveillance camera, was released.\n");
        assertTrue(a.get(Layers.EVENTS).stream().noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURED),
                a.get(Layers.EVENTS).toString());
        Analysis b = analyse("Rebels captured the town of Kafr Nabl on Monday.\n");
        assertEquals(EventType.TERRITORY_CAPTURED, eventOf(b, "captured").type());
    }

    @Test
    void aYearBeforeEighteenHundredAfterInDatesTheEvent() {
        Analysis a = analyse("And again in 1066, a mob murdered four thousand people in Granada.\n");
        EventMention murdered = eventOf(a, "murdered");
        assertEquals("1066", murdered.date() == null ? null : murdered.date().value(), murdered.reason());
        Analysis units = analyse("The army lost soldiers in 1200 skirmishes near Hama, in 300 BC and in 500 Syrian towns.\n");
        assertTrue(units.get(Layers.DATES).stream().noneMatch(d -> d.text().matches("1200|300|500")),
                units.get(Layers.DATES).toString());
    }

    @Test
    void peopleKilledForTheirFaithOrDefencelessAreCivilians() {
        Analysis a = analyse("The invaders captured the town and killed all those who were in it, including the Jews.\n"
                + "They annihilated millions of human beings.\n");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "killed").type(), eventOf(a, "killed").reason());
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "annihilated").type());
        Analysis fighters = analyse("Government troops killed dozens of jihadist fighters, Christians and Muslims among them.\n");
        assertEquals(EventType.BATTLE, eventOf(fighters, "killed").type(), "fighters are no civilians");
    }

    @Test
    void offensiveAsAnAdjectiveAndAnnihilationAsAnIdeaAreNoBattles() {
        Analysis a = analyse("What is actually offensive is that he said it.\nIt is plain out offensive.\n"
                + "So was it annihilation? Yes, it was.\n");
        assertTrue(a.get(Layers.EVENTS).isEmpty(), a.get(Layers.EVENTS).toString());
        Analysis war = analyse("The advance came in a grueling seven-week offensive to crush Islamic State in Mosul.\n"
                + "The terrorists will either surrender or face certain annihilation.\n");
        assertEquals(EventType.BATTLE, eventOf(war, "offensive").type());
        assertEquals(EventType.BATTLE, eventOf(war, "annihilation").type());
    }

    @Test
    void massacringAndSlaughterOfPeopleAreAttacksNotTheSlaughterOfCattle() {
        Analysis a = analyse("The raiders began massacring villagers near Homs.\nA wholesale slaughter of Jews followed.\n"
                + "The farm reported the slaughter of cattle.\n");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "massacring").type());
        assertEquals(1, a.get(Layers.EVENTS).stream().filter(e -> e.text().equals("slaughter")).count(),
                a.get(Layers.EVENTS).toString());
    }

    @Test
    void theAttackNamedOtherwiseIsNotTheOneToldBefore() {
        Analysis a = analyse("In 1066, a mob murdered four thousand people in Granada.\n\n"
                + "The historian wrote about it at length.\n\n"
                + "Did the Nazi annihilation target only the Jews, the cleric asked.\n");
        EventMention annihilation = eventOf(a, "annihilation");
        assertNotEquals("1066", annihilation.date() == null ? null : annihilation.date().value(), annihilation.reason());
        Analysis victim = analyse("A woman was shot dead in a Leeds nightclub on February 3.\n\n"
                + "The club has been closed since.\n\n"
                + "Police revised the timeline of the Jane Morrow shooting, saying she had been hit first.\n");
        EventMention shooting = eventOf(victim, "shooting");
        assertEquals("2017-02-03", shooting.date() == null ? null : shooting.date().value(),
                "a victim's name before the attack told before is that attack: " + shooting.reason());
    }

    @Test
    void invasionsRisingsAndGuerrillaWarsOfHistoryAreBattles() {
        Analysis a = analyse("Oliver Cromwell invaded Ireland in 1649.\n"
                + "It has been a trouble spot since the invasion of the island by the English king Henry II in 1171.\n"
                + "After the failed Easter Rising against British rule in April 1916, guerrilla war between the IRA and "
                + "Britain followed.\nHostilities between the IRA and the British Army went on for thirty years.\n");
        assertEquals(EventType.BATTLE, eventOf(a, "invaded").type());
        assertEquals("Oliver Cromwell", eventOf(a, "invaded").actor() == null ? null : eventOf(a, "invaded").actor().name());
        assertEquals(EventType.BATTLE, eventOf(a, "invasion").type());
        Analysis drogheda = analyse("Oliver Cromwell invaded Ireland to reestablish control, massacring over 2,000 of the "
                + "population in the Siege of Drogheda in September 1649.\n");
        assertEquals("Ireland", eventOf(drogheda, "invaded").location().name(),
                "the country invaded, not the town of the siege: " + eventOf(drogheda, "invaded").reason());
        EventMention struck = eventOf(analyse("US warships struck Syria's Shayrat airbase with missiles on Friday.\n"),
                "struck");
        assertEquals("Shayrat Airbase", struck.location().name(), "a country's possession is the place: " + struck.reason());
        EventMention rising = eventOf(a, "Rising");
        assertEquals("1916-04", rising.date() == null ? null : rising.date().value(),
                "the Easter of \"Easter Rising\" is no date: " + rising.reason());
        assertEquals(EventType.BATTLE, eventOf(a, "guerrilla war").type());
        assertEquals(EventType.BATTLE, eventOf(a, "Hostilities").type());
        Analysis figures = analyse("Number Of Residents Without Water Keeps Rising\n\n"
                + "Brexit hostilities have been resumed in Parliament.\n");
        assertTrue(figures.get(Layers.EVENTS).isEmpty(), figures.get(Layers.EVENTS).toString());
    }

    @Test
    void aKnownAgreementIsDatedByTheRecordAndSetsNoSceneForTheTalksAfterIt() {
        Analysis a = analyse("Keeping the border open and abiding by the Good Friday Agreement is critical.\n"
                + "Brexit negotiators devised the backstop during the negotiations.\n", LocalDate.of(2019, 2, 20));
        EventMention agreement = eventOf(a, "Agreement");
        assertEquals("1998-04-10", agreement.date().value(), agreement.reason());
        assertEquals("Belfast", agreement.location().name());
        EventMention talks = eventOf(a, "negotiations");
        assertTrue(talks.location() == null || !"Belfast".equals(talks.location().name()), talks.reason());
    }

    @Test
    void aCarDrivenIntoACrowdRebelFireAndLeadersMeetingAreEventsButDisastersAndFallingShellsAreNot() {
        Analysis a = analyse("In Tokyo a man deliberately drove into a celebratory crowd, injuring nine people.\n"
                + "\"A mortar round could have fallen on the area at any moment,\" the student said, alluding to past"
                + " rebel fire on the capital.\n"
                + "In 2018 Trump quit the deal, meeting his North Korean counterpart Kim Jong Un in Singapore.\n"
                + "Fireworks were cancelled for the victims of a tsunami that killed more than 400 people.\n"
                + "A tower block gas explosion that killed at least four people cast a shadow over the festivities.\n");
        assertEquals(EventType.ATTACK_ON_CIVILIANS, eventOf(a, "drove into a celebratory crowd").type());
        assertEquals(EventType.SHELLING, eventOf(a, "fire").type());
        assertEquals(EventType.NEGOTIATION, eventOf(a, "meeting").type());
        List<String> triggers = a.get(Layers.EVENTS).stream().map(EventMention::text).toList();
        assertTrue(!triggers.contains("have fallen") && !triggers.contains("explosion") && !triggers.contains("killed"),
                "a munition falls, a tsunami and a gas explosion kill: no captures, no attacks: " + triggers);
    }

    @Test
    void theCountryASentenceOpensWithIsItsSceneAndAWarInACountryIsNoCountrysAct() {
        Analysis a = analyse("Crowds in New York cheered in Times Square on Tuesday.\n"
                + "In Syria President Bashar al-Assad is reasserting control after the shock announcement of a US troop"
                + " withdrawal from the country.\n"
                + "The war in Yemen, which has killed about 10,000 people since 2014, could take a turn.\n");
        EventMention withdrawal = eventOf(a, "withdrawal");
        assertEquals("Syria", withdrawal.location() == null ? null : withdrawal.location().name(), withdrawal.reason());
        EventMention killed = eventOf(a, "killed");
        assertTrue(killed.actor() == null || !"Yemen".equals(killed.actor().name()), killed.reason());
    }

    @Test
    void aBlankLineAfterTheLastLineStillLeavesEachLineAParagraph() {
        Analysis a = analyse("Damascus diary\n\n"
                + "In Aleppo, rebels shelled army positions on Monday.\n"
                + "In Damascus the weather was cold and the markets of the old city were busy with shoppers buying bread,"
                + " oil and fruit for the holiday week ahead.\n"
                + "Damascus residents said many shops near the Umayyad Mosque were closed for the holiday while cafes"
                + " stayed open late into the night.\n"
                + "The museum of Damascus opened a new wing with objects from the old city, and families queued at its"
                + " gates for hours in the cold.\n"
                + "A new bridge was built across the river in Damascus, and the city council promised more work on roads"
                + " in the coming months.\n"
                + "Fighting broke out again, residents said.\n\n");
        EventMention fighting = eventOf(a, "Fighting");
        assertEquals("Damascus", fighting.location() == null ? null : fighting.location().name(),
                "Aleppo, five paragraphs up, is no longer the scene: " + fighting.reason());
    }
}
