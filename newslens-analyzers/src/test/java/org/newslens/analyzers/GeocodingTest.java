package org.newslens.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.analyzers.models.ModelStore;
import org.newslens.core.model.Article;
import org.newslens.core.model.Entity;
import org.newslens.core.model.Geo;
import org.newslens.core.pipeline.Layers;
import org.newslens.core.pipeline.Pipeline;

/** Issue 3, item 3: places on the map from the offline gazetteer, spelling variants and context. */
class GeocodingTest {

    private static final Pipeline PIPELINE = StandardPipeline.create(new ModelStore());

    private static List<Entity> entities(String text) {
        return PIPELINE.analyze(Article.ofText("t", text)).get(Layers.ENTITIES);
    }

    private static Entity mentioned(List<Entity> entities, String surface) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .findFirst().orElseThrow(() -> new AssertionError(surface + " not in " + entities));
    }

    private static void near(Geo geo, double lat, double lon) {
        assertNotNull(geo);
        assertTrue(Math.abs(geo.lat() - lat) < 0.25 && Math.abs(geo.lon() - lon) < 0.25, geo.toString());
    }

    @Test
    void aSmallerTownAbroadIsPlacedOnlyWhereTheArticlesOtherPlacesLieInItsCountry() {
        List<Entity> ohio = entities("Police in Westerville, a suburb of Columbus, Ohio, said two officers were shot on"
                + " Saturday. The governor of Ohio ordered flags lowered across the state.");
        near(mentioned(ohio, "Westerville").geo(), 40.13, -82.93);
        List<Entity> syria = entities("Rebels in Aleppo and Idlib said on Monday that fighters from Westerville had"
                + " joined them near Saraqib, in Syria.");
        Entity far = syria.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Westerville")))
                .findFirst().orElse(null);
        assertTrue(far == null || far.geo() == null, "no Ohio town in a Syrian story: " + far);
        List<Entity> alone = entities("The old man said the fighters came from Eden and Republic, and from Westerville.");
        assertTrue(alone.stream().filter(e -> e.geo() != null).findAny().isEmpty(),
                "no other place, no reason to read common words as small towns: " + alone);
    }

    @Test
    void aRegionIsInItsOwnCountryNotAtANamesakeAbroad() {
        // The region package placed these at namesakes abroad: Equateur in Ecuador, Helmand in Maryland, Israel's
        // Northern District in Oklahoma, Kent in Ohio (which then pulled Dover to Delaware).
        List<Entity> congo = entities("Health workers in Congo confirmed new cases in Equateur province on Monday.");
        near(mentioned(congo, "Equateur province").geo(), 1.10, 19.18);
        List<Entity> afghanistan = entities("Taliban fighters attacked a checkpoint in Helmand, Afghanistan, on Friday.");
        assertEquals("AF", mentioned(afghanistan, "Helmand").geo().country());
        assertTrue(Math.abs(mentioned(afghanistan, "Helmand").geo().lon() - 64.3) < 2,
                mentioned(afghanistan, "Helmand").geo().toString());
        List<Entity> england = entities("Lorries queued across Kent on Monday as the ferry port of Dover closed,"
                + " police in England said.");
        near(mentioned(england, "Kent").geo(), 51.20, 0.75);
        near(mentioned(england, "Dover").geo(), 51.13, 1.31);
        List<Entity> brexit = entities("Voters in Sunderland and across the North East backed Leave, while London and"
                + " Manchester voted to remain in the European Union.");
        near(mentioned(brexit, "North East").geo(), 55.0, -1.9);
    }

    @Test
    void aFacilityNamedAfterATownIsAtThatTownAndDamsAndCrossingsComeFromTheKnowledgeBase() {
        List<Entity> entities = entities("Rebels in Syria shelled the Aleppo Central Prison on Monday, while the SDF"
                + " held the Tishreen Dam and trucks queued at the Bab al-Hawa crossing.");
        Entity prison = mentioned(entities, "Aleppo Central Prison");
        assertEquals(org.newslens.core.model.EntityType.FACILITY, prison.type());
        near(prison.geo(), 36.20, 37.16);
        assertEquals("approximate", prison.geo().precision());
        near(mentioned(entities, "Tishreen Dam").geo(), 36.38, 38.18);
        near(mentioned(entities, "Bab al-Hawa crossing").geo(), 36.23, 36.67);
    }

    @Test
    void aLargeCityIsFoundUnderAFurtherSpellingOfItsOwnName() {
        List<Entity> entities = entities("The bishops met in Bruges on Friday before travelling on to Frankfurt, Germany.");
        near(mentioned(entities, "Bruges").geo(), 51.21, 3.22);
        near(mentioned(entities, "Frankfurt").geo(), 50.12, 8.68);
    }

    @Test
    void aPlaceWithALowerCaseArabicArticleIsOnePlace() {
        List<Entity> entities = entities("Iran is helping the Syrian army take back the Deir ez-Zor area in eastern"
                + " Syria.\nLater the convoy reached Deir al-Zour.");
        Entity deir = mentioned(entities, "Deir ez-Zor");
        near(deir.geo(), 35.34, 40.14);
        assertEquals(deir.id(), mentioned(entities, "Deir al-Zour").id(), "two spellings, one town");
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Zor")), entities.toString());
    }

    @Test
    void inAnArticleAboutOneCountryATownOfThatNameBeatsAForeignCityThatHasItOnlyAsAnAlias() {
        List<Entity> entities = entities("Syrian troops shelled Saraqib and Khan Sheikhoun in Idlib province on Monday."
                + " Rebels fell back to Ariha, near Idlib city, as Syrian jets struck Maarat al-Numan.");
        near(mentioned(entities, "Ariha").geo(), 35.81, 36.61); // not Jericho, whose Arabic name is Ariha too
    }

    @Test
    void aTownTheRecogniserCallsAPersonIsAPlaceAfterAPlaceWordInItsCountry() {
        List<Entity> entities = entities("Further east in Syria, the Kurdish-led SDF said it had driven Islamic State"
                + " from Abu Kamal and Tabqa, while Turkish forces shelled Tal Abyad.");
        near(mentioned(entities, "Tabqa").geo(), 35.84, 38.55);
        near(mentioned(entities, "Tal Abyad").geo(), 36.70, 38.95);
        List<Entity> more = entities("Turkish forces in Syria shelled Ras al-Ain on Monday; the convoy reached"
                + " Deir Ezzor.");
        near(mentioned(more, "Ras al-Ain").geo(), 36.85, 40.07); // spellings the gazetteer lacks, in our alias list
        near(mentioned(more, "Deir Ezzor").geo(), 35.34, 40.14);
    }

    @Test
    void theTownsOfAListWithAPlaceInItArePlacesToo() {
        List<Entity> entities = entities("Turkish-backed rebels captured Jarablus, Dabiq and Al-Bab in northern Syria."
                + " Islamic State has since lost Mayadin, Hajin and Albu Kamal in eastern Syria.");
        near(mentioned(entities, "Al-Bab").geo(), 36.37, 37.52);        // after a word of place, third in its list
        near(mentioned(entities, "Mayadin").geo(), 35.02, 40.45);       // in a list with Hajin, a place
        near(mentioned(entities, "Albu Kamal").geo(), 34.45, 40.92);
    }

    @Test
    void aQuarterOrAPossessiveOldCityIsPartOfItsCity() {
        List<Entity> entities = entities("The army has taken Aleppo's historic Old City in recent days. In Mosul,"
                + " Iraqi troops pushed into the Zuhayrat neighborhood where the hospital stands.");
        Entity old = mentioned(entities, "Old City");
        near(old.geo(), 36.20, 37.16);
        org.junit.jupiter.api.Assertions.assertEquals("part", old.geo().precision());
        near(mentioned(entities, "Zuhayrat").geo(), 36.34, 43.12);
    }

    @Test
    void aTownTheGazetteerLacksTakesItsPointFromTheKnowledgeBase() {
        Entity town = mentioned(entities("US engineers extended the airstrip in Al-Remeilan last spring."), "Al-Remeilan");
        assertEquals("Rmelan", town.name());
        near(town.geo(), 37.03, 41.95);
        assertEquals("city", town.geo().kind());
    }

    @Test
    void aPlaceTheRecogniserTaggedOnceIsFoundWhereItMissedIt() {
        String text = "Rebels hold the stronghold of Idlib in northern Syria.\n"
                + "Just as the army's southern Idlib offensive was reaching its peak, it was ordered to halt.";
        Entity idlib = mentioned(entities(text), "Idlib");
        int second = text.indexOf("Idlib offensive");
        assertTrue(idlib.mentions().stream().anyMatch(m -> m.start() == second), idlib.mentions().toString());
    }

    @Test
    void syriasKurdishRegionIsInSyriaAndIraqsInIraq() {
        List<Entity> entities = entities("The PYD administers Rojava from its offices near the border. Voters in Iraqi"
                + " Kurdistan backed independence.");
        assertEquals("SY", mentioned(entities, "Rojava").geo().country());
        assertEquals("IQ", mentioned(entities, "Iraqi Kurdistan").geo().country());
        assertEquals("SY", mentioned(entities("Ankara will never allow a YPG-led Kurdistan south of its border."),
                "Kurdistan").geo().country(), "the YPG's Kurdistan is Syria's");
        assertEquals("IQ", mentioned(entities("Turkey warned against an independent Kurdistan after the vote."),
                "Kurdistan").geo().country(), "a bare Kurdistan is Iraq's region");
    }

    @Test
    void transliterationVariantsFindOnePlace() {
        List<Entity> entities = entities("Rebels left Al-Dumayr on Tuesday. Residents of Ad Dumayr said buses reached"
                + " Idlib, and talks began in Rastan near Homs in Syria.");
        Entity dumayr = mentioned(entities, "Al-Dumayr");
        assertEquals(2, dumayr.mentions().size(), "Al-Dumayr and Dumayr are one place");
        assertEquals("location:ad-dumayr-sy", dumayr.id());
        near(dumayr.geo(), 33.64, 36.69);
        near(mentioned(entities, "Rastan").geo(), 34.93, 36.73);
        assertEquals("SY", mentioned(entities, "Idlib").geo().country());
    }

    @Test
    void aCountryHasOneCanonicalNameAndACapitalisedHeadlineDoesNotRunOnPastAPlace() {
        List<Entity> entities = entities("Rebels in Homs Near Defeat\n\nThe US said on Monday that Homs was besieged."
                + " Supplies reach Syria through the Port of Aqaba, and Kurdish fighters hold Ain al-Arab.");
        Entity us = mentioned(entities, "US");
        assertEquals("United States", us.name(), "the gazetteer's name for the country");
        assertTrue(us.aliases().contains("US"), us.aliases().toString());
        Entity homs = mentioned(entities, "Homs");
        assertEquals(2, homs.mentions().size(), "the headline's Homs is the same place: " + entities);
        assertTrue(entities.stream().noneMatch(e -> e.name().contains("Near")), entities.toString());
        near(mentioned(entities, "Port of Aqaba").geo(), 29.53, 35.0);
        near(mentioned(entities, "Ain al-Arab").geo(), 36.89, 38.35);
    }

    @Test
    void governorateVersusCityAndPartsOfPlaces() {
        List<Entity> entities = entities("Fighting spread from Aleppo to the Damascus Governorate."
                + " Civilians fled Eastern Ghouta as troops moved into northern Syria.");
        Geo aleppo = mentioned(entities, "Aleppo").geo();
        assertEquals("city", aleppo.kind());
        assertEquals("region", mentioned(entities, "Damascus Governorate").geo().kind());
        assertEquals("SY", mentioned(entities, "Eastern Ghouta").geo().country());
    }

    @Test
    void aPartOfACountryIsARegionInThatPart() {
        List<Entity> entities = entities("Rebels agreed to leave for northern Syria. Troops moved into the North of Syria"
                + " from Daraa, in southern Syria, while shelling eastern Aleppo. Seoul said South Korea would help.");
        Entity north = mentioned(entities, "northern Syria");
        assertEquals("Northern Syria", north.name());
        assertTrue(north.mentions().stream().anyMatch(m -> m.text().equals("North of Syria")), north.toString());
        assertEquals("region", north.geo().kind());
        assertEquals("part", north.geo().precision());
        assertTrue(north.geo().lat() > 35.7 && north.geo().lon() > 37 && north.geo().lon() < 39, north.geo().toString());
        Geo south = mentioned(entities, "southern Syria").geo();
        assertTrue(south.lat() < 33.6, south.toString());
        assertEquals("Aleppo", mentioned(entities, "Aleppo").name(), "a part of a town stays the town");
        assertEquals("country", mentioned(entities, "South Korea").geo().kind());
        Geo centralAmerica = mentioned(entities("Migrants from Central America reached Texas."), "Central America").geo();
        assertNotEquals("US", centralAmerica.country(), "a continent's part is not a part of the US");
        near(centralAmerica, 12.8, -85.5);
    }

    @Test
    void theSyrianCapitalIsDamascus() {
        List<Entity> entities = entities("Rebels planned an offensive on the Syrian capital. Shelling hit Damascus"
                + " on Monday, and the Iraqi capital was quiet.");
        Entity damascus = mentioned(entities, "Syrian capital");
        assertEquals("Damascus", damascus.name());
        assertEquals(2, damascus.mentions().size(), damascus.toString());
        near(damascus.geo(), 33.51, 36.29);
        Entity baghdad = mentioned(entities, "Iraqi capital");
        assertEquals("Baghdad", baghdad.name());
        near(baghdad.geo(), 33.34, 44.40);
        List<Entity> described = entities("Rebels were driven from Syria’s largest city, and Iraq's capital was calm.");
        assertEquals("Aleppo", mentioned(described, "Syria’s largest city").name());
        assertEquals("Baghdad", mentioned(described, "Iraq's capital").name());
        assertTrue(described.stream().noneMatch(e -> e.name().equals("Syria")), "the words name a city: " + described);
        assertEquals("Astana", mentioned(entities("Two days of talks in the Kazakh capital ended on Tuesday."),
                "Kazakh capital").name());
    }

    @Test
    void aPlaceNamedAgainInBracketsIsOnePlaceUnlessItIsTheRegionOrCountryAroundIt() {
        List<Entity> entities = entities("Troops cleared Rif Dimashq (Damascus Governorate) of rebels. Later they"
                + " entered Manbij (Aleppo Governorate) and Aleppo (Syria).");
        Entity rif = mentioned(entities, "Rif Dimashq");
        assertTrue(rif.aliases().contains("Damascus Governorate"), "one governorate, two names: " + entities);
        assertEquals(2, rif.mentions().size());
        assertNotEquals(mentioned(entities, "Manbij").id(), mentioned(entities, "Aleppo Governorate").id(),
                "a town and its region stay apart");
        assertNotEquals(mentioned(entities, "Aleppo").id(), mentioned(entities, "Syria").id());
    }

    @Test
    void aStateAfterATownPicksTheNamesakeInThatState() {
        List<Entity> entities = entities("Officers arrested him in Springfield, Massachusetts, on Friday. He had worked"
                + " as a bus driver in Alexandria, Va.\nHe was sentenced later.");
        near(mentioned(entities, "Springfield").geo(), 42.10, -72.59);
        near(mentioned(entities, "Alexandria").geo(), 38.80, -77.05);
        assertTrue(entities.stream().noneMatch(e -> e.name().startsWith("Va")), "the abbreviation is no place: " + entities);
    }

    @Test
    void theCountrysLargestCityIsInTheCountryTheArticleIsAbout() {
        List<Entity> entities = entities("Fighting raged across Syria. Syria's army pushed north from Hama on Monday."
                + " The move cut supply lines to Turkey while tightening the noose around the country's largest city.");
        Entity city = mentioned(entities, "country's largest city");
        assertEquals("Aleppo", city.name(), "Syria holds most of the places named, not Turkey: " + entities);
        near(city.geo(), 36.20, 37.16);
        Entity undecided = mentioned(entities("Talks in Turkey and Iran stalled. The country's capital was calm."),
                "country's capital");
        assertNull(undecided.geo(), "no country dominates the article: " + undecided);
    }

    @Test
    void aNamedHospitalIsAFacilityInTheTownAroundIt() {
        List<Entity> entities = entities("Iraqi troops entered Mosul on Monday. They pulled out of a Mosul hospital, then"
                + " seized Salam hospital near the river.");
        Entity hospital = mentioned(entities, "Salam hospital");
        assertEquals(org.newslens.core.model.EntityType.FACILITY, hospital.type());
        near(hospital.geo(), 36.34, 43.12);
        assertEquals("facility", hospital.geo().kind());
        assertTrue(entities.stream().noneMatch(e -> e.name().contains("Mosul hospital")), entities.toString());
    }

    @Test
    void aCompassPointOfTwoWordsIsOneDirection() {
        Geo london = entities("Riots spread across south east London on Friday, police in England said.").stream()
                .filter(e -> e.name().toLowerCase(java.util.Locale.ROOT).endsWith("london")).findFirst()
                .orElseThrow().geo();
        assertEquals("GB", london.country(), "not East London in South Africa: " + london);
    }

    @Test
    void countriesByShortNames() {
        List<Entity> entities = entities("The US and Britain backed the plan, which Russia and Iran opposed.");
        assertEquals("US", mentioned(entities, "US").geo().country());
        assertEquals("country", mentioned(entities, "US").geo().kind());
        assertEquals("GB", mentioned(entities, "Britain").geo().country());
    }

    @Test
    void ambiguityIsSettledByTheArticlesOtherPlaces() {
        Geo lebanese = mentioned(entities("Clashes in Tripoli and Beirut left five dead in Lebanon on Sunday."),
                "Tripoli").geo();
        assertEquals("LB", lebanese.country());
        Geo libyan = mentioned(entities("Militias in Tripoli and Benghazi clashed again, Libya's government said."),
                "Tripoli").geo();
        assertEquals("LY", libyan.country());
    }

    @Test
    void aNamesakeInAnotherCountryIsNotPutInSyria() {
        Entity aleppo = mentioned(entities("The fair in Aleppo, Pennsylvania drew a crowd."), "Aleppo");
        assertNull(aleppo.geo(), "Aleppo, Pennsylvania is not Aleppo in Syria");
    }

    @Test
    void facilitiesComeFromTheKnowledgeBaseAndUnknownPlacesKeepNoGeo() {
        List<Entity> entities = entities("Jets took off from Kuweires airbase and from Hmeimim. The village of"
                + " Qarqoor Shwaikh was hit.");
        assertEquals("facility", mentioned(entities, "Kuweires airbase").geo().kind());
        near(mentioned(entities, "Kuweires airbase").geo(), 36.19, 37.58);
    }

    @Test
    void aTownQualifiedByAStateAbbreviationIsInThatCountry() {
        Geo alexandria = mentioned(entities("He worked as a bus driver in Alexandria, Va., before he left."), "Alexandria")
                .geo();
        assertEquals("US", alexandria.country());
        Geo listed = mentioned(entities("Shelling hit Alexandria, Cairo and Giza in Egypt."), "Alexandria").geo();
        assertEquals("EG", listed.country());
    }

    @Test
    void seasRiversAndWorldRegionsHaveAPointOfTheirOwn() {
        List<Entity> entities = entities("Kurdish-led fighters withdrew east of the Euphrates after Turkish shelling"
                + " near Manbij. Russian warships sailed from the Black Sea to the Mediterranean, the largest deployment"
                + " in the Middle East since 2015.");
        Geo euphrates = mentioned(entities, "Euphrates").geo();
        near(euphrates, 36.53, 38.08); // the stretch by Manbij, named beside it; not its mouth in Iraq
        assertEquals("region", euphrates.kind());
        assertEquals("", euphrates.country(), "a river of three countries is no one country's");
        near(mentioned(entities, "Black Sea").geo(), 43.3, 34.0);
        near(mentioned(entities, "Mediterranean").geo(), 35.0, 18.0);
        near(mentioned(entities, "Middle East").geo(), 29.0, 43.0);
        near(mentioned(entities, "Manbij").geo(), 36.53, 37.95);
    }

    @Test
    void aRiverNamedBesideATownOnItTakesThatStretch() {
        List<Entity> entities = entities("In Iraq, the soldiers seized a hospital less than a mile from the Tigris river"
                + " running through central Mosul. In Syria, fighters withdrew east of the Euphrates.");
        near(mentioned(entities, "Tigris").geo(), 36.34, 43.13);     // at Mosul, not its mid-course near Tikrit
        near(mentioned(entities, "Euphrates").geo(), 35.33, 40.14);  // no town beside it: the default point
    }

    @Test
    void washingtonDcIsTheCityNotTheState() {
        near(mentioned(entities("Officials in Washington, D.C. said on Monday that the talks would go on."),
                "Washington").geo(), 38.90, -77.04);
        near(mentioned(entities("A protest took place in Washington D.C. on Friday."), "Washington D.C.").geo(),
                38.90, -77.04);
    }

    @Test
    void aNameEndingInCityIsTheTownNotTheCountry() {
        List<Entity> entities = entities("The deportation flight landed in Guatemala City on Tuesday. Others were"
                + " flown to Mexico City.");
        Geo guatemala = mentioned(entities, "Guatemala City").geo();
        assertEquals("city", guatemala.kind());
        near(guatemala, 14.64, -90.51);
        assertEquals("city", mentioned(entities, "Mexico City").geo().kind());
    }

    @Test
    void arabicNamesSpeltByEarFindTheGazetteersSpelling() {
        List<Entity> entities = entities("In Syria, troops shelled rebel positions in Tal Kalakh, near Homs, and in"
                + " Al-Shaddadi on Monday. In Iraq, forces near Mosul retook Hawija.");
        near(mentioned(entities, "Tal Kalakh").geo(), 34.67, 36.26);    // the gazetteer's Tallkalakh
        near(mentioned(entities, "Al-Shaddadi").geo(), 36.06, 40.73);   // Ash Shaddadah
        near(mentioned(entities, "Hawija").geo(), 35.33, 43.77);        // Al Hawijah
    }

    @Test
    void townsOfTheWarTheGazetteerLacksAreOurOwn() {
        List<Entity> entities = entities("Syrian troops shelled rebel positions in Latamneh and Khan Tuman, near Aleppo,"
                + " and the last Islamic State fighters held out in Baghuz.");
        near(mentioned(entities, "Latamneh").geo(), 35.32, 36.62);
        near(mentioned(entities, "Khan Tuman").geo(), 36.11, 37.05);
        near(mentioned(entities, "Baghuz").geo(), 34.46, 40.94);
    }

    @Test
    void aUsStateOutweighsAForeignTownOfItsName() {
        // No other place to go by: the state, not Floridablanca (Colombia, "Florida" among its other names) or the
        // Cuban town of Florida.
        Entity florida = mentioned(entities("Voters in Florida will choose a governor next week."), "Florida");
        near(florida.geo(), 27.66, -81.52);
    }

    @Test
    void aGulfIsNamedWithItsGulfNotAsTheLandItIsNamedAfter() {
        List<Entity> entities = entities("The NSA reported that a second Gulf of Tonkin incident occurred and US ships"
                + " were attacked once again.");
        Entity gulf = mentioned(entities, "Gulf of Tonkin");
        near(gulf.geo(), 20.0, 107.5);
    }

    @Test
    void aDistrictOfABigCityIsOnTheMapAndADirectionsPartOfTheCityIsTheCity() {
        List<Entity> london = entities("A man was stabbed in Hammersmith, West London, on Monday. Another was hurt in"
                + " Camberwell, South London, and police in London made three arrests.");
        near(mentioned(london, "Hammersmith").geo(), 51.49, -0.23);
        near(mentioned(london, "Camberwell").geo(), 51.47, -0.09);
        Entity city = mentioned(london, "London");
        assertTrue(city.mentions().stream().anyMatch(m -> m.text().equals("South London")), "South London is London: "
                + london);
    }

    @Test
    void aStationAfterATownsPossessiveIsAFacilityThere() {
        List<Entity> found = entities("A man stabbed three people at Manchester's Victoria station on New Year's Eve.");
        Entity station = mentioned(found, "Victoria station");
        assertEquals(org.newslens.core.model.EntityType.FACILITY, station.type());
        near(station.geo(), 53.48, -2.24);
        List<Entity> ohio = entities("Officers at the Westerville station near Columbus, Ohio, said two men were held.");
        near(mentioned(ohio, "Westerville").geo(), 40.13, -82.93);
    }

    @Test
    void aFamilyNameIsNoPlace() {
        List<Entity> found = entities("Cardinal Sean O'Malley returned to the Vatican on Monday. Investigator Maria"
                + " Wollaston said the panel met in Rome. Wollaston said it would meet again in May.");
        assertTrue(found.stream().noneMatch(e -> e.type() == org.newslens.core.model.EntityType.LOCATION
                && e.name().equals("Wollaston")), found.toString());
    }

    @Test
    void classicSpellingsAndCountriesGoByTheNamesReadersUse() {
        List<Entity> found = entities("One hundred thousand persons were killed in Fez, and many more in Marrakesh.\n"
                + "The delegation later travelled to Palestine and Ivory Coast.");
        Entity fez = mentioned(found, "Fez");
        assertNotNull(fez.geo(), "Fez is the gazetteer's Fes");
        assertEquals(34.03, fez.geo().lat(), 0.05);
        assertEquals("Palestine", mentioned(found, "Palestine").name());
        assertEquals("Ivory Coast", mentioned(found, "Ivory Coast").name());
    }
}
